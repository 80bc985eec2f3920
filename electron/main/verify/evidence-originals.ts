// The originals inside a case file, for the reviewer's screen to show: evidence N's bytes as the file holds them
// (a JPEG image stream unchanged, or an embedded file), whether or not they still match the manifest — the
// reviewer sees what the file contains, beside the check that says if it was changed.
//
// Only files the reviewer's screen has verified in this session are read, and the last one parsed is kept, so the
// thumbnails of a 40-capture case parse its PDF once.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { readManifest } from './manifest-checks';
import { embeddedFiles, loadRevision, rawStream } from './pdf-objects';
import type { EmbeddedFile } from './pdf-objects';
import type { CaseFileManifest } from '../../core/casefile/manifest';

export interface EvidenceOriginal {
  bytes: Uint8Array;
  mediaType: string;
}

interface Parsed {
  path: string;
  doc: PDFDocument;
  files: Map<string, EmbeddedFile>;
  manifest: CaseFileManifest | null;
}

const verified = new Set<string>();
let last: Promise<Parsed> | null = null;
let lastPath: string | null = null;

/** Called when the reviewer's screen verifies `path`: its originals may be shown from then on. */
export function rememberVerified(path: string): void {
  const key = resolve(path);
  verified.add(key);
  // A file verified again may have changed on disk since it was parsed.
  if (lastPath === key) {
    last = null;
    lastPath = null;
  }
}

async function parse(path: string): Promise<Parsed> {
  const doc = await loadRevision(new Uint8Array(await readFile(path)));
  const files = embeddedFiles(doc);
  return { path, doc, files, manifest: readManifest(files).manifest };
}

/** Evidence `no` of the verified file at `path`, or null (not verified here, no such evidence, or unreadable). */
export async function evidenceOriginal(path: string, no: number): Promise<EvidenceOriginal | null> {
  const key = resolve(path);
  if (!verified.has(key)) return null;
  if (lastPath !== key || !last) {
    lastPath = key;
    last = parse(key);
  }
  let parsed: Parsed;
  try {
    parsed = await last;
  } catch {
    return null;
  }
  const entry = parsed.manifest?.evidence.find((e) => e.no === no);
  if (!entry) return null;
  if (entry.location.kind === 'image-stream') {
    const stream = rawStream(parsed.doc, entry.location.objectNumber);
    // Only a JPEG is stored byte for byte; anything else is not the original file.
    if (!stream || stream.filters.length !== 1 || stream.filters[0] !== 'DCTDecode') return null;
    return { bytes: stream.bytes, mediaType: 'image/jpeg' };
  }
  const { name } = entry.location;
  const file = parsed.files.get(name) ?? [...parsed.files.values()].find((f) => f.name === name);
  return file?.bytes ? { bytes: file.bytes, mediaType: entry.mediaType } : null;
}

const SHOWN_TYPES = new Set(['image/jpeg', 'image/png', 'image/tiff', 'image/heic', 'image/heif', 'video/mp4', 'video/quicktime']);

/** The Content-Type an original is served with: its own where it is a picture or video, else opaque bytes. */
export function servedMediaType(mediaType: string): string {
  return SHOWN_TYPES.has(mediaType) ? mediaType : 'application/octet-stream';
}
