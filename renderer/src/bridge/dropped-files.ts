// What the user dropped, as Files. Electron turns a dropped folder into its path, so the Files are passed on as
// they are; a browser cannot read a folder's File, so its entries are walked and every file inside is taken.

import type { BridgeKind } from './index';

export async function filesFromDrop(data: DataTransfer, kind: BridgeKind): Promise<File[]> {
  if (kind === 'electron') return Array.from(data.files);
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry());
  if (entries.some((e) => e === null)) return Array.from(data.files);
  const files: File[] = [];
  for (const entry of entries) if (entry) await walk(entry, files);
  return files;
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (isFile(entry)) {
    out.push(await new Promise<File>((resolve, reject) => entry.file(resolve, reject)));
    return;
  }
  if (!isDirectory(entry)) return;
  const reader = entry.createReader();
  // readEntries answers in chunks (100 in Chromium) until it returns an empty list.
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (chunk.length === 0) return;
    for (const child of chunk) await walk(child, out);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
