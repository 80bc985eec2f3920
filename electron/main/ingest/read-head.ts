import { open } from 'node:fs/promises';

/** The first bytes of a file, enough to recognise its type by its magic number. */
export async function readHead(path: string, length = 64): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = new Uint8Array(length);
    const { bytesRead } = await handle.read(buf, 0, length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
