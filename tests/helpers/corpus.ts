// The real-camera corpus lives in ../shared (beside the repo on developer and CI machines, never on a user's).
// Tests that need it skip with a clear message where it is absent.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(process.env['CASECHAIN_CORPUS'] ?? join(__dirname, '..', '..', '..', 'shared', 'corpus', 'exif-real'));
export const corpusPresent = existsSync(join(CORPUS_DIR, 'truth.json'));
export const CORPUS_SKIP_REASON = `skipped: the real-camera corpus is absent (${CORPUS_DIR}); it is in ../shared on developer and CI machines only`;
