// What the gallery can draw for an item: its thumbnail, the original itself (formats every browser shows), or a
// placeholder that says what the file is.

import type { EvidenceItem } from '../../../electron/contract/dto';

export type PreviewSource = { kind: 'thumbnail' } | { kind: 'original' } | { kind: 'placeholder'; label: PlaceholderKind };
export type PlaceholderKind = 'heic' | 'tiff' | 'video' | 'other';

const BROWSER_IMAGES = new Set(['image/jpeg', 'image/png']);

export function previewSource(item: Pick<EvidenceItem, 'hasThumbnail' | 'mediaType'>): PreviewSource {
  if (item.hasThumbnail) return { kind: 'thumbnail' };
  if (BROWSER_IMAGES.has(item.mediaType)) return { kind: 'original' };
  return { kind: 'placeholder', label: placeholderKind(item.mediaType) };
}

export function placeholderKind(mediaType: string): PlaceholderKind {
  if (mediaType === 'image/heic' || mediaType === 'image/heif') return 'heic';
  if (mediaType === 'image/tiff') return 'tiff';
  if (mediaType.startsWith('video/')) return 'video';
  return 'other';
}

export function canShowOriginal(mediaType: string): boolean {
  return BROWSER_IMAGES.has(mediaType);
}

/**
 * An EXIF thumbnail is stored as the sensor wrote it and carries no orientation of its own, so the tile turns it
 * the way the original's Orientation tag says (the browser already does this for the original).
 */
export function thumbnailTransform(orientation: number | null): string | undefined {
  switch (orientation) {
    case 2: return 'scaleX(-1)';
    case 3: return 'rotate(180deg)';
    case 4: return 'scaleY(-1)';
    case 5: return 'rotate(90deg) scaleX(-1)';
    case 6: return 'rotate(90deg)';
    case 7: return 'rotate(-90deg) scaleX(-1)';
    case 8: return 'rotate(-90deg)';
    default: return undefined;
  }
}

/** Orientations 5–8 swap width and height on display. */
export function displayedSize(width: number | null, height: number | null, orientation: number | null): { width: number; height: number } | null {
  if (width === null || height === null) return null;
  return orientation !== null && orientation >= 5 && orientation <= 8 ? { width: height, height: width } : { width, height };
}
