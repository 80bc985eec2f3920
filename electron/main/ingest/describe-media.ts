// Reads what a stored file says about its capture: tags for images, the mvhd box for videos, and the real
// pixel size; the core decides what it all means.

import { interpretCaptureTags } from '../../core/evidence/capture-metadata';
import type { CaptureFacts, InterpretOptions } from '../../core/evidence/capture-metadata';
import type { RawCaptureTags } from '../../core/evidence/raw-tags';
import { readHeifSize, readJpegSize, readPngSize } from '../../core/media/image-size';
import type { PixelSize } from '../../core/media/image-size';
import type { MediaType } from '../../core/media/media-type';
import { readMvhd } from '../../core/media/mvhd';
import { readRawTags } from './exif-reader';
import { openFileByteSource } from './file-byte-source';

export async function describeMedia(path: string, mediaType: MediaType, options: InterpretOptions): Promise<CaptureFacts> {
  const raw = mediaType.startsWith('video/') ? await readVideoTags(path) : await readRawTags(path);
  const size = await readPixelSize(path, mediaType);
  if (size) {
    raw.width = size.width;
    raw.height = size.height;
  }
  return interpretCaptureTags(raw, options);
}

async function readVideoTags(path: string): Promise<RawCaptureTags> {
  const src = await openFileByteSource(path);
  try {
    const mvhd = await readMvhd(src);
    if (!mvhd.ok) return { readError: mvhd.reason };
    return mvhd.createdAt ? { videoCreatedUtc: mvhd.createdAt.toISOString() } : {};
  } finally {
    await src.close();
  }
}

async function readPixelSize(path: string, mediaType: MediaType): Promise<PixelSize | null> {
  if (mediaType === 'image/tiff' || mediaType.startsWith('video/')) return null; // TIFF: from IFD0 tags
  const src = await openFileByteSource(path);
  try {
    if (mediaType === 'image/jpeg') return await readJpegSize(src);
    if (mediaType === 'image/png') return readPngSize(await src.read(0, 32));
    return await readHeifSize(src);
  } catch {
    return null;
  } finally {
    await src.close();
  }
}
