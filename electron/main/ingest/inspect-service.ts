// `casechain inspect`: what the import would record about a file, without importing it or touching it.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { CaptureFacts } from '../../core/evidence/capture-metadata';
import { sniffMediaType } from '../../core/media/media-type';
import { describeFsError } from './collect-files';
import { describeMedia } from './describe-media';
import { readHead } from './read-head';

export type InspectResult =
  | ({ path: string; sha256: string; size: number; mediaType: string; error: null } & Omit<CaptureFacts, 'capturedAtMs'>)
  | ({ path: string; sha256: string | null; size: number | null; mediaType: null; error: string } & Omit<CaptureFacts, 'capturedAtMs'>);

// A file that could not be read still answers with every field, so tools can rely on the shape.
const NOTHING_READ: Omit<CaptureFacts, 'capturedAtMs'> = {
  capturedAt: null,
  timeBasis: 'none',
  assumedZone: null,
  gps: null,
  gpsDatum: null,
  gpsTime: null,
  device: { make: null, model: null, serial: null },
  software: null,
  orientation: null,
  width: null,
  height: null,
  hasThumbnail: false,
  warnings: [],
};

export interface InspectOptions {
  zone: string;
  gpsToleranceSeconds: number;
  now?: Date;
}

export async function inspectFile(input: string, options: InspectOptions): Promise<InspectResult> {
  const path = resolve(input);
  let head: Uint8Array;
  let sha256: string;
  let size: number;
  try {
    head = await readHead(path);
    ({ sha256, size } = await hashFile(path));
  } catch (err) {
    return { path, sha256: null, size: null, mediaType: null, error: describeFsError(err), ...NOTHING_READ };
  }
  const sniffed = sniffMediaType(head, basename(path));
  if (!sniffed.ok) return { path, sha256, size, mediaType: null, error: sniffed.reason, ...NOTHING_READ };
  const facts = await describeMedia(path, sniffed.mediaType, {
    zone: options.zone,
    nowMs: (options.now ?? new Date()).getTime(),
    gpsToleranceSeconds: options.gpsToleranceSeconds,
  });
  const { capturedAtMs: _ms, ...rest } = facts;
  return { path, sha256, size, mediaType: sniffed.mediaType, error: null, ...rest };
}


async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}
