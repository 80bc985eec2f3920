// The reviewer's screen shows the originals a case file holds: evidence N's bytes exactly as embedded (an image
// stream or an attachment), only for files verified in this session, and re-read when the file is verified again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceOriginal, rememberVerified, servedMediaType } from '../../electron/main/verify/evidence-originals';
import { buildCaseFile, CAPTURE_1, CAPTURE_2, RECORD, sha256 } from '../helpers/sign-fixtures';
import { tempDir } from '../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
let pdfPath: string;

beforeAll(async () => {
  tmp = tempDir('casechain-originals-');
  const fixture = await buildCaseFile();
  pdfPath = join(tmp.path, 'case.pdf');
  writeFileSync(pdfPath, await fixture.doc.save({ useObjectStreams: false }));
});
afterAll(() => tmp.cleanup());

describe('evidence originals', () => {
  it('refuses a file not verified here', async () => {
    expect(await evidenceOriginal(pdfPath, 1)).toBeNull();
  });

  it('gives each original byte for byte once the file is verified, JPEGs from their image streams', async () => {
    rememberVerified(pdfPath);
    const one = await evidenceOriginal(pdfPath, 1);
    const two = await evidenceOriginal(pdfPath, 2);
    const three = await evidenceOriginal(pdfPath, 3);
    expect(one?.mediaType).toBe('image/jpeg');
    expect(sha256(one?.bytes ?? new Uint8Array())).toBe(sha256(CAPTURE_1));
    expect(sha256(two?.bytes ?? new Uint8Array())).toBe(sha256(CAPTURE_2));
    expect(three?.mediaType).toBe('text/csv');
    expect(sha256(three?.bytes ?? new Uint8Array())).toBe(sha256(RECORD));
    expect(await evidenceOriginal(pdfPath, 9)).toBeNull();
    expect(await evidenceOriginal(join(tmp.path, '.', 'case.pdf'), 1)).not.toBeNull();
  });

  it('reads the file again when it is verified again (it may have changed on disk)', async () => {
    // A new file at the same path whose manifest points evidence 1 at the second picture.
    const other = await buildCaseFile({
      editManifest: (m) => {
        const [a, b] = m.evidence;
        if (a && b) [a.location, b.location] = [b.location, a.location];
      },
    });
    writeFileSync(pdfPath, await other.doc.save({ useObjectStreams: false }));
    // Not verified again yet: the file parsed before is still the one shown.
    expect(sha256((await evidenceOriginal(pdfPath, 1))?.bytes ?? new Uint8Array())).toBe(sha256(CAPTURE_1));
    rememberVerified(pdfPath);
    expect(sha256((await evidenceOriginal(pdfPath, 1))?.bytes ?? new Uint8Array())).toBe(sha256(CAPTURE_2));
  });

  it('serves pictures and video as themselves and anything else as opaque bytes', () => {
    expect(servedMediaType('image/jpeg')).toBe('image/jpeg');
    expect(servedMediaType('video/mp4')).toBe('video/mp4');
    expect(servedMediaType('text/html')).toBe('application/octet-stream');
    expect(servedMediaType('text/csv')).toBe('application/octet-stream');
  });
});
