// Expands what the user gave (files and folders) into the list of files to import, in a stable order, and
// reports every path that cannot be read instead of skipping it.

import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Rejection } from '../../contract/dto';

export interface CandidateFile {
  path: string;
  size: number;
}

export async function collectFiles(inputs: readonly string[]): Promise<{ files: CandidateFile[]; rejected: Rejection[] }> {
  const files: CandidateFile[] = [];
  const rejected: Rejection[] = [];
  const seen = new Set<string>();

  async function visit(path: string): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      rejected.push({ path, reason: describeFsError(err) });
      return;
    }
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = await readdir(path);
      } catch (err) {
        rejected.push({ path, reason: describeFsError(err) });
        return;
      }
      for (const name of names.sort()) await visit(join(path, name));
    } else if (info.isFile()) {
      if (!seen.has(path)) {
        seen.add(path);
        files.push({ path, size: info.size });
      }
    } else {
      rejected.push({ path, reason: '不是普通文件 (not a regular file)' });
    }
  }

  for (const input of inputs) await visit(resolve(input));
  return { files, rejected };
}

export function describeFsError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ENOENT') return '文件或文件夹不存在 (no such file or folder)';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限 (permission denied)';
  if (code === 'EISDIR') return '是文件夹而不是文件 (is a folder)';
  return `无法读取 (cannot read): ${err instanceof Error ? err.message : String(err)}`;
}
