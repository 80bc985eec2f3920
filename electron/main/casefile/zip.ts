// A ZIP package for systems that take the case file's parts separately (the yazl adapter).
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import yazl from 'yazl';

export async function writeZip(path: string, entries: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const zip = new yazl.ZipFile();
  // Originals are already compressed (JPEG, HEIC, video): stored, so the archive holds them byte for byte.
  for (const e of entries) zip.addBuffer(Buffer.from(e.bytes), e.name, { compress: !/\.(jpe?g|heic|heif|mp4|mov|pdf|png)$/i.test(e.name) });
  zip.end();
  const temp = `${path}.part`;
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(temp);
    zip.outputStream.pipe(out).on('close', () => resolve()).on('error', reject);
  });
  await rename(temp, path).catch(async (err: unknown) => {
    await rm(temp, { force: true });
    throw err;
  });
}
