import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { ByteSource } from '../../core/media/byte-source';

/** Random access to a file for the core's box and segment parsers; close it when done. */
export async function openFileByteSource(path: string): Promise<ByteSource & { close(): Promise<void> }> {
  const handle: FileHandle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset: number, length: number): Promise<Uint8Array> {
      const len = Math.max(0, Math.min(length, size - offset));
      const buf = new Uint8Array(len);
      if (len === 0) return buf;
      const { bytesRead } = await handle.read(buf, 0, len, offset);
      return buf.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}
