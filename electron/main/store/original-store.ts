// Content-addressed store of evidence originals: originals/ab/abcdef… named by SHA-256, written through a
// temp file that is fsynced and renamed into place, then made read-only. A file at its final name is
// therefore always complete; a crash leaves at most a temp file, which the next open clears away.

import { createHash, randomUUID } from 'node:crypto';
import { chmod, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createSm3Hasher } from '../hash/sm3-hasher';

const CHUNK_BYTES = 1 << 20;

export interface StagedOriginal {
  tempPath: string;
  sha256: string;
  sm3: string;
  size: number;
}

export interface StageOptions {
  signal?: AbortSignal;
  onBytes?: (n: number) => void;
}

export class OriginalStore {
  readonly originalsDir: string;
  readonly tempDir: string;
  readonly thumbnailsDir: string;

  constructor(root: string) {
    this.originalsDir = join(root, 'originals');
    this.tempDir = join(root, 'tmp');
    this.thumbnailsDir = join(root, 'thumbnails');
  }

  async prepare(): Promise<void> {
    await mkdir(this.originalsDir, { recursive: true });
    await mkdir(this.thumbnailsDir, { recursive: true });
    // Anything left in tmp/ is from an import that was killed: never an original, safe to remove.
    await rm(this.tempDir, { recursive: true, force: true });
    await mkdir(this.tempDir, { recursive: true });
  }

  pathOf(sha256: string): string {
    return join(this.originalsDir, sha256.slice(0, 2), sha256);
  }

  thumbnailPathOf(sha256: string): string {
    return join(this.thumbnailsDir, `${sha256}.jpg`);
  }

  async has(sha256: string, size: number): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).size === size;
    } catch {
      return false;
    }
  }

  /** Copies `source` into tmp/ while hashing it, in one read of the source; the source is opened read-only. */
  async stage(source: string, options: StageOptions = {}): Promise<StagedOriginal> {
    const tempPath = join(this.tempDir, `${randomUUID()}.part`);
    const input = await open(source, 'r');
    let output;
    try {
      output = await open(tempPath, 'wx');
      const sha = createHash('sha256');
      const sm3 = createSm3Hasher();
      const buf = new Uint8Array(CHUNK_BYTES);
      let size = 0;
      for (;;) {
        if (options.signal?.aborted) throw options.signal.reason ?? new Error('cancelled');
        const { bytesRead } = await input.read(buf, 0, CHUNK_BYTES, null);
        if (bytesRead === 0) break;
        const chunk = buf.subarray(0, bytesRead);
        sha.update(chunk);
        sm3.update(chunk);
        await output.write(chunk);
        size += bytesRead;
        options.onBytes?.(bytesRead);
      }
      await output.sync();
      return { tempPath, sha256: sha.digest('hex'), sm3: sm3.digestHex(), size };
    } catch (err) {
      await output?.close().catch(() => undefined);
      output = undefined;
      await rm(tempPath, { force: true });
      throw err;
    } finally {
      await output?.close();
      await input.close();
    }
  }

  /** Moves a staged file to its content address; if the same bytes are already stored, the copy is dropped. */
  async commit(staged: StagedOriginal): Promise<'stored' | 'already-stored'> {
    if (await this.has(staged.sha256, staged.size)) {
      await rm(staged.tempPath, { force: true });
      return 'already-stored';
    }
    const finalPath = this.pathOf(staged.sha256);
    await mkdir(dirname(finalPath), { recursive: true });
    await chmod(staged.tempPath, 0o444);
    await rename(staged.tempPath, finalPath);
    await syncDirectory(dirname(finalPath));
    return 'stored';
  }

  async discard(staged: StagedOriginal): Promise<void> {
    await rm(staged.tempPath, { force: true });
  }

  /** Writes a derived file (a thumbnail) atomically; it is not evidence, so no fsync. */
  async writeThumbnail(sha256: string, bytes: Uint8Array): Promise<void> {
    const temp = join(this.tempDir, `${randomUUID()}.thumb`);
    const handle = await open(temp, 'wx');
    try {
      await handle.write(bytes);
    } finally {
      await handle.close();
    }
    await rename(temp, this.thumbnailPathOf(sha256));
  }

  async listStoredHashes(): Promise<string[]> {
    const out: string[] = [];
    for (const prefix of await readdir(this.originalsDir)) {
      for (const name of await readdir(join(this.originalsDir, prefix))) out.push(name);
    }
    return out;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  // A rename is durable only once its directory is flushed. Windows cannot open a directory for fsync.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
