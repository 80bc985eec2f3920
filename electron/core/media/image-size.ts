// Pixel dimensions as the image data has them (what a viewer shows), not the EXIF PixelXDimension tags,
// which an editor that resized the picture often leaves unchanged.

import type { ByteSource } from './byte-source';

export interface PixelSize {
  width: number;
  height: number;
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const MAX_JPEG_STEPS = 4096;

export async function readJpegSize(src: ByteSource): Promise<PixelSize | null> {
  let offset = 2;
  for (let i = 0; i < MAX_JPEG_STEPS && offset + 4 <= src.size; i++) {
    const head = await src.read(offset, 10);
    if (head.length < 4) return null;
    if (head[0] !== 0xff) {
      // Stray bytes between segments (seen after APP1 in real phone files): skip to the next marker.
      offset += 1;
      continue;
    }
    const marker = head[1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    const length = ((head[2] ?? 0) << 8) | (head[3] ?? 0);
    if (SOF_MARKERS.has(marker)) {
      if (head.length < 9) return null;
      const height = ((head[5] ?? 0) << 8) | (head[6] ?? 0);
      const width = ((head[7] ?? 0) << 8) | (head[8] ?? 0);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (marker === 0xd9 || marker === 0xda || length < 2) return null;
    offset += 2 + length;
  }
  return null;
}

export function readPngSize(head: Uint8Array): PixelSize | null {
  // The IHDR chunk is always first: width and height at bytes 16–23, big-endian.
  if (head.length < 24) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** HEIF: the largest `ispe` property in meta/iprp/ipco (the full image, not a tile or thumbnail). */
export async function readHeifSize(src: ByteSource): Promise<PixelSize | null> {
  const meta = await findBox(src, 0, src.size, 'meta');
  if (!meta) return null;
  // meta is a full box: 4 bytes of version/flags before its children.
  const iprp = await findBox(src, meta.bodyStart + 4, meta.end, 'iprp');
  if (!iprp) return null;
  const ipco = await findBox(src, iprp.bodyStart, iprp.end, 'ipco');
  if (!ipco) return null;
  let best: PixelSize | null = null;
  for (let offset = ipco.bodyStart; offset + 8 <= ipco.end; ) {
    const box = await readBoxHeader(src, offset, ipco.end);
    if (!box) break;
    if (box.type === 'ispe' && box.end - box.bodyStart >= 12) {
      const body = await src.read(box.bodyStart, 12);
      const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
      const size = { width: view.getUint32(4), height: view.getUint32(8) };
      if (!best || size.width * size.height > best.width * best.height) best = size;
    }
    offset = box.end;
  }
  return best;
}

interface BoxHeader {
  type: string;
  bodyStart: number;
  end: number;
}

async function readBoxHeader(src: ByteSource, offset: number, limit: number): Promise<BoxHeader | null> {
  const head = await src.read(offset, 16);
  if (head.length < 8) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let size = view.getUint32(0);
  const type = String.fromCharCode(head[4] ?? 0, head[5] ?? 0, head[6] ?? 0, head[7] ?? 0);
  let bodyStart = offset + 8;
  if (size === 1) {
    if (head.length < 16) return null;
    size = Number(view.getBigUint64(8));
    bodyStart = offset + 16;
  } else if (size === 0) {
    size = limit - offset;
  }
  const end = offset + size;
  if (size < bodyStart - offset || end > limit) return null;
  return { type, bodyStart, end };
}

async function findBox(src: ByteSource, start: number, end: number, type: string): Promise<BoxHeader | null> {
  for (let offset = start; offset + 8 <= end; ) {
    const box = await readBoxHeader(src, offset, end);
    if (!box) return null;
    if (box.type === type) return box;
    offset = box.end;
  }
  return null;
}
