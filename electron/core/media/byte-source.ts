// Random access to a file's bytes without holding the file. Videos run to gigabytes, and the parts the
// core needs (a few box headers, one mvhd) are small, so the core asks for ranges and the Node side
// answers them from a file handle.

export interface ByteSource {
  /** Total length of the file in bytes. */
  readonly size: number;
  /**
   * Bytes [offset, offset + length) clipped to the end of the file, so a read near the end may return
   * fewer than `length` bytes. Rejects only on an I/O failure.
   */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A ByteSource over bytes already in memory: for small files, tests, and the browser host. */
export function byteSourceFromBytes(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => {
      const start = Math.min(Math.max(0, offset), bytes.length);
      const end = Math.min(start + Math.max(0, length), bytes.length);
      return Promise.resolve(bytes.subarray(start, end));
    },
  };
}
