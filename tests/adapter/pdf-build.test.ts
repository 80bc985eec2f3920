// The case file PDF of the sample case, checked with tools that share no code with pdf-lib: qpdf (structure),
// pdffonts (embedded subset fonts), pdftotext (the Chinese text and the page numbers), pdfdetach (the manifest and
// attached originals) and pdfimages. Each check that needs a Debian tool skips, naming the package, where the
// tool is absent (.ci/run installs poppler-utils and qpdf).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFileEvidence, CaseFileModel } from '../../electron/core/casefile/case-file-model';
import { MANIFEST_ATTACHMENT_NAME, MANIFEST_SCHEMA } from '../../electron/core/casefile/manifest';
import type { CaseFileManifest } from '../../electron/core/casefile/manifest';
import { assembleCaseFile } from '../../electron/main/casefile/assemble-case-file';
import { catalog } from '../../electron/main/chain/chain-service';
import { buildCaseFilePdf } from '../../electron/main/pdf/build-case-file';
import type { BuiltCaseFile } from '../../electron/main/pdf/build-case-file';
import { wrapText } from '../../electron/main/pdf/layout/cjk-wrap';
import { orientationMatrix } from '../../electron/main/pdf/orientation';
import { seedSampleIfNew } from '../../electron/main/sample/seed-sample';
import { Workspace } from '../../electron/main/workspace/workspace';
import { tempDir } from '../helpers/temp';

const BUREAU = '台州市椒江区综合行政执法局';
const has = (tool: string, arg = '-v'): boolean => spawnSync(tool, [arg], { encoding: 'utf8' }).error === undefined;
const tools = { qpdf: has('qpdf', '--version'), poppler: has('pdftotext') && has('pdffonts') && has('pdfdetach') && has('pdfimages') };
const NEEDS_QPDF = tools.qpdf ? '' : ' [skipped: qpdf not installed — apt install qpdf]';
const NEEDS_POPPLER = tools.poppler ? '' : ' [skipped: poppler-utils not installed — apt install poppler-utils]';

function run(tool: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A 1×1 PNG: a non-JPEG original, which the file must attach rather than draw. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');

let tmp: ReturnType<typeof tempDir>;
let ws: Workspace;
let model: CaseFileModel;
let built: BuiltCaseFile;
let file: string;
let bytes: Uint8Array;
let text: string;
/** Case 2 (incomplete) exported with a reason, with a PNG original added to its evidence. */
let incomplete: { file: string; built: BuiltCaseFile; png: CaseFileEvidence };

beforeAll(async () => {
  tmp = tempDir('casechain-pdf-');
  ws = await Workspace.open(join(tmp.path, 'ws'));
  const ids = await seedSampleIfNew(ws);
  const items = await catalog();
  model = assembleCaseFile(ws, items, ids.caseId as string, null, BUREAU);
  built = await buildCaseFilePdf(model, { signatureBlock: true, attachments: [{ name: 'handler-note.txt', bytes: new TextEncoder().encode('办案说明'), description: '办案人员说明' }] });
  bytes = await built.pdf.save();
  file = join(tmp.path, 'C2026-0001.pdf');
  writeFileSync(file, bytes);
  text = tools.poppler ? run('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout : '';

  const model2 = assembleCaseFile(ws, items, ids.case2Id as string, '当事人已搬离，需先行归档', BUREAU);
  const pngPath = join(tmp.path, 'scene.png');
  writeFileSync(pngPath, PNG);
  const base = model2.evidence[0] as CaseFileEvidence;
  const png: CaseFileEvidence = { ...base, no: model2.evidence.length + 1, evidenceId: 'C2026-0002-E099', name: 'scene.png', mediaType: 'image/png', sha256: sha256(PNG), size: PNG.length, storedPath: pngPath, orientation: null };
  model2.evidence.push(png);
  const built2 = await buildCaseFilePdf(model2, {});
  const file2 = join(tmp.path, 'C2026-0002.pdf');
  writeFileSync(file2, await built2.pdf.save());
  incomplete = { file: file2, built: built2, png };
}, 120_000);

afterAll(() => {
  ws?.close();
  tmp?.cleanup();
});

describe('case file PDF of the sample case', () => {
  it(`passes qpdf --check${NEEDS_QPDF}`, { skip: !tools.qpdf }, () => {
    const r = run('qpdf', ['--check', file]);
    expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toContain('No syntax or stream encoding errors found');
    expect(r.stderr).toBe('');
  });

  it(`embeds only subset fonts with the ABCDEF+ tag${NEEDS_POPPLER}`, { skip: !tools.poppler }, () => {
    const lines = run('pdffonts', [file]).stdout.trim().split('\n').slice(2);
    expect(lines.length).toBe(3);
    for (const line of lines) {
      expect(line).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    }
  });

  it(`has the Chinese text, and the page count printed on the cover is the real one${NEEDS_POPPLER}`, { skip: !tools.poppler }, async () => {
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBe(built.pageCount);
    for (const s of ['行政处罚案卷', BUREAU, '卷内目录', '案件概要', '证据清单', '老王水果店', '当事人身份认定', '文书与送达', '时间线', '审计日志摘录', '如何核验本案卷', '电子签名']) {
      expect(text).toContain(s);
    }
    expect(text).toContain(`本卷共 ${pages} 页`);
    // Every page carries 第 X 页 共 Y 页 (pdftotext ends each page with a form feed).
    const perPage = text.split('\f').slice(0, pages);
    perPage.forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页 共 ${pages} 页`));
    for (const e of model.evidence) expect(text.replace(/\s/g, '')).toContain(e.sha256);
  });

  it(`draws every character with a glyph of its font (no tofu)${NEEDS_POPPLER}`, { skip: !tools.poppler }, () => {
    const covered = new Set([built.fonts.body, built.fonts.heading, built.fonts.sans].flatMap((f) => f.getCharacterSet()));
    const missing = [...new Set(text.replace(/\s/g, ''))].filter((c) => !covered.has(c.codePointAt(0) as number));
    expect(missing).toEqual([]);
  });

  it('stores each JPEG original as an image stream whose bytes are the file (sha256 from the manifest)', async () => {
    const doc = await PDFDocument.load(bytes);
    const jpegs = built.manifest.evidence.filter((e) => e.location.kind === 'image-stream');
    expect(jpegs).toHaveLength(model.evidence.length);
    for (const e of jpegs) {
      if (e.location.kind !== 'image-stream') continue;
      const stream = doc.context.lookup(PDFRef.of(e.location.objectNumber));
      expect(stream).toBeInstanceOf(PDFRawStream);
      const raw = stream as PDFRawStream;
      expect(raw.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('Image'));
      expect(raw.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('DCTDecode'));
      expect(sha256(raw.contents)).toBe(e.sha256);
      expect(e.location.page).toBeGreaterThan(2);
      expect(e.location.page).toBeLessThanOrEqual(built.pageCount);
    }
  });

  it(`pdfimages -j gives back the original JPEG files${NEEDS_POPPLER}`, { skip: !tools.poppler }, () => {
    const list = run('pdfimages', ['-list', file]).stdout.trim().split('\n').slice(2);
    expect(list).toHaveLength(model.evidence.length);
    expect(list.every((l) => /\sjpeg\s/.test(l))).toBe(true);
    const prefix = join(tmp.path, 'img');
    // poppler's -j writes DCT streams as they are stored (xpdf calls this -raw).
    expect(run('pdfimages', ['-j', file, prefix]).status).toBe(0);
    const extracted = list.map((_, i) => sha256(readFileSync(`${prefix}-${String(i).padStart(3, '0')}.jpg`)));
    expect(new Set(extracted)).toEqual(new Set(model.evidence.map((e) => e.sha256)));
  });

  it(`attaches the manifest (${MANIFEST_SCHEMA}) beside the other attachments${NEEDS_POPPLER}`, { skip: !tools.poppler }, () => {
    const list = run('pdfdetach', ['-list', file]).stdout;
    expect(list).toContain(MANIFEST_ATTACHMENT_NAME);
    expect(list).toContain('handler-note.txt');
    const out = join(tmp.path, 'manifest.json');
    expect(run('pdfdetach', ['-savefile', MANIFEST_ATTACHMENT_NAME, '-o', out, file]).status).toBe(0);
    const manifest = JSON.parse(readFileSync(out, 'utf8')) as CaseFileManifest;
    expect(manifest.schema).toBe(MANIFEST_SCHEMA);
    expect(manifest).toEqual(built.manifest);
    expect(manifest.case.id).toBe(model.caseId);
    expect(manifest.complete).toBe(true);
    expect(manifest.evidence.map((e) => e.sha256)).toEqual(model.evidence.map((e) => e.sha256));
    expect(manifest.attachments).toEqual([{ name: 'handler-note.txt', sha256: sha256(new TextEncoder().encode('办案说明')), size: 12 }]);
    expect(manifest.audit.headHash).toBe(model.audit.headHash);
  });

  it('reserves the signature block on the last page and says where', () => {
    const box = built.signatureBox;
    expect(box?.pageIndex).toBe(built.pageCount - 1);
    expect(box?.rect.x).toBeGreaterThan(0);
    expect((box?.rect.y ?? 0) + (box?.rect.height ?? 0)).toBeLessThan(841.89);
    expect(Object.keys(box?.fields ?? {})).toEqual(['signer', 'organisation', 'signedAt', 'fingerprint']);
  });
});

describe('case file PDF of an incomplete case exported with a reason', () => {
  it(`says so on the summary page${NEEDS_POPPLER}`, { skip: !tools.poppler }, () => {
    const t = run('pdftotext', ['-enc', 'UTF-8', incomplete.file, '-']).stdout.replace(/\s/g, '');
    expect(t).toContain('证据链不完整，经办案人员说明理由后导出：当事人已搬离，需先行归档');
    expect(t).not.toContain('证书指纹');
    expect(incomplete.built.signatureBox).toBeUndefined();
  });

  it(`attaches a non-JPEG original unchanged and says where${NEEDS_POPPLER}`, { skip: !tools.poppler }, () => {
    const location = incomplete.built.manifest.evidence.find((e) => e.evidenceId === incomplete.png.evidenceId)?.location;
    expect(location).toEqual({ kind: 'attachment', name: `evidence-0${incomplete.png.no}-scene.png` });
    const name = location?.kind === 'attachment' ? location.name : '';
    expect(run('pdfdetach', ['-list', incomplete.file]).stdout).toContain(name);
    const out = join(tmp.path, 'scene-out.png');
    expect(run('pdfdetach', ['-savefile', name, '-o', out, incomplete.file]).status).toBe(0);
    expect(sha256(readFileSync(out))).toBe(incomplete.png.sha256);
    expect(run('pdftotext', ['-enc', 'UTF-8', incomplete.file, '-']).stdout).toContain(name);
  });

  it('stores the attached original uncompressed: the embedded file stream is the file', async () => {
    const doc = await PDFDocument.load(readFileSync(incomplete.file));
    const tree = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    const keys = Array.from({ length: tree.size() / 2 }, (_, i) => tree.lookup(2 * i, PDFHexString).decodeText());
    expect(keys).toEqual([...keys].sort());
    const index = keys.indexOf(`evidence-0${incomplete.png.no}-scene.png`);
    const spec = tree.lookup(2 * index + 1, PDFDict);
    const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) throw new Error('the embedded file is not a stream');
    expect(stream.dict.has(PDFName.of('Filter'))).toBe(false);
    expect(sha256(stream.contents)).toBe(incomplete.png.sha256);
  });
});

describe('layout rules', () => {
  const measure = (t: string): number => [...t].reduce((s, c) => s + ((c.codePointAt(0) as number) > 255 ? 10 : 5.5), 0);

  it('never starts a line with closing punctuation nor ends one with an opening bracket', () => {
    const text = '经查，你（单位）存在以下行为：在解放南路654号店门外摆放水果经营。上述行为违反了相关规定（见《浙江省城市市容和环境卫生管理条例》第十七条）。';
    for (const width of [40, 55, 70, 85, 100, 130]) {
      const lines = wrapText(text, width, measure);
      expect(lines.join('')).toBe(text);
      for (const line of lines.slice(1)) expect('。，、；：）」》'.includes(line[0] as string), `${width}: ${lines.join(' | ')}`).toBe(false);
      for (const line of lines.slice(0, -1)) expect('（「《'.includes(line.at(-1) as string), `${width}: ${lines.join(' | ')}`).toBe(false);
    }
  });

  it('breaks a hash evenly only where it must, and keeps dates whole', () => {
    expect(wrapText('a'.repeat(64), 5.5 * 32, measure)).toEqual(['a'.repeat(32), 'a'.repeat(32)]);
    expect(wrapText('时间 2026-06-12 09:15', 70, measure)).toEqual(['时间', '2026-06-12', '09:15']);
  });

  it('turns pictures upright by the EXIF orientation matrix, without touching pixels', () => {
    const box = { x: 10, y: 20, width: 300, height: 400 };
    expect(orientationMatrix(1, box)).toEqual([300, 0, 0, 400, 10, 20]);
    // 6: stored landscape shown rotated 90° clockwise: the stored top row becomes the right-hand column.
    expect(orientationMatrix(6, box)).toEqual([0, -400, 300, 0, 10, 420]);
    expect(orientationMatrix(3, box)).toEqual([-300, 0, 0, -400, 310, 420]);
    expect(orientationMatrix(8, box)).toEqual([0, 400, -300, 0, 310, 20]);
  });
});
