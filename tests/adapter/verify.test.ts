// Verifying a signed case file offline (DESIGN.md §2: any later change must be detectable): each tamper fails
// with its own reason, and pdfsig agrees wherever it can see the change; trust comes only from the trust folder;
// every evidence hash is checked against the manifest, and the chain verdict against itself or the rules.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readP12 } from '../../electron/main/signing/p12-read';
import { signPdf } from '../../electron/main/signing/sign-pdf';
import type { SignPdfOptions } from '../../electron/main/signing/sign-pdf';
import { makeTestCertificate } from '../../electron/main/signing/test-certificate';
import type { TestCertificate } from '../../electron/main/signing/test-certificate';
import { locateSignature } from '../../electron/main/verify/locate-signature';
import type { VerifyCheck, VerifyResult } from '../../electron/main/verify/types';
import { verifyCaseFile } from '../../electron/main/verify/verify-case-file';
import { AUDIT_NAME, RECORD_NAME, buildCaseFile, embeddedFileObject } from '../helpers/sign-fixtures';
import type { CaseFileFixture, FixtureOptions } from '../helpers/sign-fixtures';
import { append, appendIncrementalUpdate, flipStreamByte } from '../helpers/sign-tamper';
import { hasTool, opensslIssuedP12, pdfsig, qpdfCheck } from '../helpers/sign-tools';
import { tempDir } from '../helpers/temp';

const HAS_PDFSIG = hasTool('pdfsig');
const HAS_OPENSSL = hasTool('openssl');
if (!HAS_PDFSIG) console.warn('pdfsig (poppler-utils) is not installed: the comparisons with pdfsig are skipped');

const SIGNER: Omit<SignPdfOptions, 'signingTime'> = { name: '张三', reason: '案卷电子签章 C2026-0001', location: '台州市椒江区', contactInfo: '' };
const tmp = tempDir('casechain-verify-');
afterAll(() => tmp.cleanup());

let cert: TestCertificate;
let fixture: CaseFileFixture;
let signed: Uint8Array;

async function signFixture(options: FixtureOptions = {}, key: TestCertificate = cert): Promise<Uint8Array> {
  const f = await buildCaseFile(options);
  return signPdf(f.doc, key.privateKey, [key.certificate], SIGNER);
}

function byId(result: VerifyResult, id: string): VerifyCheck {
  const found = result.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}: ${result.checks.map((c) => c.id).join(', ')}`);
  return found;
}

const failed = (result: VerifyResult): string[] => result.checks.filter((c) => !c.ok).map((c) => c.id);

/** pdfsig's verdict on `bytes`, or null when pdfsig is absent. */
function pdfsigOn(name: string, bytes: Uint8Array): string | null {
  if (!HAS_PDFSIG) return null;
  const path = join(tmp.path, name);
  writeFileSync(path, bytes);
  return pdfsig(path).out;
}

function writePem(dir: string, name: string, der: Uint8Array): void {
  writeFileSync(join(dir, name), `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`);
}

beforeAll(async () => {
  cert = await makeTestCertificate({ name: '张三', org: '台州市椒江区综合行政执法局', algorithm: 'ec' });
  fixture = await buildCaseFile();
  signed = await signPdf(fixture.doc, cert.privateKey, [cert.certificate], SIGNER);
});

describe('an untouched case file', () => {
  it('passes every integrity check; only trust fails without a trust folder: 测试证书，未被信任', async () => {
    const started = performance.now();
    const result = await verifyCaseFile(signed);
    console.info(`verifyCaseFile, ${signed.byteLength.toLocaleString('en-US')} bytes: ${(performance.now() - started).toFixed(0)} ms`);
    expect(failed(result)).toEqual(['certificate-trust']);
    expect(result.intact).toBe(true);
    expect(result.trusted).toBe(false);
    expect(byId(result, 'certificate-trust').message).toMatch(/^测试证书，未被信任/);
    expect(result.signer?.commonName).toBe('张三');
    expect(result.manifest?.case.id).toBe('C2026-0001');
    expect(result.checks.map((c) => c.id)).toEqual([
      'signature-present',
      'byte-range',
      'after-signing',
      'cms',
      'message-digest',
      'signature-value',
      'signing-certificate',
      'certificate-validity',
      'certificate-trust',
      'manifest',
      'evidence-1',
      'evidence-2',
      'evidence-3',
      `attachment-${AUDIT_NAME}`,
      'chain-verdict',
      'chain-complete',
    ]);
    expect(byId(result, 'certificate-validity').message).toContain('时间取自签名人计算机时钟');
    for (const c of result.checks) expect(c.messageEn.length).toBeGreaterThan(0);
  });

  it('passes everything once the reviewer trusts the certificate (--trust DIR)', async () => {
    const trust = tempDir('casechain-trust-');
    try {
      writePem(trust.path, 'zhangsan.pem', cert.certificate);
      writeFileSync(join(trust.path, 'notes.txt'), 'ignored');
      const result = await verifyCaseFile(signed, { trustDir: trust.path });
      expect(failed(result)).toEqual([]);
      expect(result.ok && result.trusted && result.intact).toBe(true);
      expect(byId(result, 'certificate-trust').message).toMatch(/^证书链接到受信任的证书：CN=张三/);
    } finally {
      trust.cleanup();
    }
  });

  it('stays untrusted when the trust folder holds only other certificates', async () => {
    const trust = tempDir('casechain-trust-');
    try {
      const other = await makeTestCertificate({ name: '李四', algorithm: 'ec' });
      writeFileSync(join(trust.path, 'lisi.der'), other.certificate);
      writeFileSync(join(trust.path, 'broken.crt'), 'not a certificate');
      const result = await verifyCaseFile(signed, { trustDir: trust.path });
      expect(failed(result)).toEqual(['certificate-trust']);
      expect(byId(result, 'certificate-trust').message).toBe('测试证书，未被信任（自签名的测试证书，不具法律效力）');
      expect(byId(result, 'certificate-trust').details?.['skippedTrustFiles']).toEqual([expect.objectContaining({ file: 'broken.crt' })]);
    } finally {
      trust.cleanup();
    }
  });

  it.skipIf(!HAS_OPENSSL)('a certificate issued by a CA chains to that CA in the trust folder (needs openssl)', async () => {
    const dir = tempDir('casechain-ca-');
    try {
      const { p12, caCert } = opensslIssuedP12(dir.path, '/C=CN/O=台州市椒江区综合行政执法局/CN=王五', 'pw');
      const identity = await readP12(p12, 'pw');
      expect(identity.chain).toHaveLength(2);
      const f = await buildCaseFile();
      const bytes = await signPdf(f.doc, identity.privateKey, identity.chain, { ...SIGNER, name: '王五' });

      const untrusted = await verifyCaseFile(bytes);
      expect(failed(untrusted)).toEqual(['certificate-trust']);
      expect(byId(untrusted, 'certificate-trust').message).toMatch(/^证书的根证书不在信任目录中/);

      const trust = join(dir.path, 'trust');
      mkdirSync(trust);
      writeFileSync(join(trust, 'root.crt'), readFileSync(caCert));
      const trusted = await verifyCaseFile(bytes, { trustDir: trust });
      expect(failed(trusted)).toEqual([]);
      expect(byId(trusted, 'certificate-trust').message).toMatch(/^证书链接到受信任的证书：CN=测试根证书/);
      expect(byId(trusted, 'certificate-trust').details?.['path']).toHaveLength(2);

      const leafOnly = opensslIssuedP12(dir.path, '/CN=赵六', 'pw', false);
      const lone = await readP12(leafOnly.p12, 'pw');
      const g = await buildCaseFile();
      const loneBytes = await signPdf(g.doc, lone.privateKey, lone.chain, SIGNER);
      expect(byId(await verifyCaseFile(loneBytes), 'certificate-trust').message).toMatch(/^证书未能链接到受信任的证书（缺少签发者：CN=测试根证书/);
    } finally {
      dir.cleanup();
    }
  });

  it('reports a certificate that had expired when the file was signed', async () => {
    const expired = await makeTestCertificate({ algorithm: 'ec', notBefore: new Date('2024-01-01T00:00:00Z'), days: 30 });
    const f = await buildCaseFile();
    const bytes = await signPdf(f.doc, expired.privateKey, [expired.certificate], { ...SIGNER, signingTime: new Date('2026-06-20T02:00:00Z') });
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['certificate-validity', 'certificate-trust']);
    expect(byId(result, 'certificate-validity').message).toMatch(/^签名时（2026-06-20T02:00:00.000Z）证书已过期（2024-01-31T00:00:00.000Z 到期）/);
    expect(result.intact).toBe(true);
  });

  it('an unsigned PDF is reported as unsigned, and its hashes are still checked', async () => {
    const f = await buildCaseFile();
    const bytes = await f.doc.save({ useObjectStreams: false });
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['signature-present']);
    expect(byId(result, 'signature-present').message).toBe('文件中没有电子签名');
    expect(byId(result, 'evidence-1').ok).toBe(true);
  });
});

describe('tampering', () => {
  it('one byte in an evidence image stream: digest mismatch and evidence 1 no longer matches its hash', async () => {
    const bytes = flipStreamByte(signed, fixture.imageObjects[0], 5000);
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['message-digest', 'certificate-trust', 'evidence-1']);
    expect(byId(result, 'message-digest').message).toMatch(/^摘要不符：文件在签名后被改动过/);
    expect(byId(result, 'evidence-1').message).toMatch(/^证据 1（cam-0612-0915\.jpg）的哈希与清单不符/);
    const report = pdfsigOn('tamper-image.pdf', bytes);
    if (report !== null) expect(report).toContain('Digest Mismatch');
  });

  it('one byte in the manifest attachment: digest mismatch and the manifest cannot be read', async () => {
    const bytes = flipStreamByte(signed, await embeddedFileObject(signed, 'casechain-manifest.json'), 30);
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['message-digest', 'certificate-trust', 'manifest']);
    expect(byId(result, 'manifest').message).toMatch(/^清单附件已损坏|^清单附件不是有效的 JSON/);
    const report = pdfsigOn('tamper-manifest.pdf', bytes);
    if (report !== null) expect(report).toContain('Digest Mismatch');
  });

  it('one byte in the page text stream: digest mismatch, while every evidence hash still holds', async () => {
    const bytes = flipStreamByte(signed, fixture.pageContentObject, 20);
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['message-digest', 'certificate-trust']);
    const report = pdfsigOn('tamper-text.pdf', bytes);
    if (report !== null) expect(report).toContain('Digest Mismatch');
  });

  it('one byte in the attached record (evidence 3): digest mismatch and evidence 3 fails', async () => {
    const bytes = flipStreamByte(signed, await embeddedFileObject(signed, RECORD_NAME), 10);
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['message-digest', 'certificate-trust', 'evidence-3']);
    expect(byId(result, 'evidence-3').message).toMatch(/^证据 3（/);
  });

  it('bytes appended after %%EOF: "文件在签名后被追加了 2,048 字节"; the signed part is still valid', async () => {
    const bytes = append(signed, new Uint8Array(2048).fill(0x41));
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['after-signing', 'certificate-trust']);
    expect(byId(result, 'after-signing').message).toBe('文件在签名后被追加了 2,048 字节');
    expect(byId(result, 'after-signing').details).toMatchObject({ kind: 'appended-bytes', bytes: 2048 });
    const report = pdfsigOn('appended.pdf', bytes);
    if (report !== null) {
      expect(report).toContain('Not total document signed');
      expect(report).toContain('Signature is Valid.');
    }
  });

  it('an incremental update after signing is reported as such, naming the objects it writes', async () => {
    const bytes = appendIncrementalUpdate(signed);
    if (hasTool('qpdf')) {
      const path = join(tmp.path, 'updated.pdf');
      writeFileSync(path, bytes);
      expect(qpdfCheck(path).status).toBe(0); // a well-formed update, as an editor would write it
    }
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['after-signing', 'certificate-trust']);
    const after = byId(result, 'after-signing');
    expect(after.message).toMatch(/^文件在签名后被增量更新（追加 \d+ 字节，写入对象 \d+）：阅读器显示的是更新后的内容/);
    expect(after.details).toMatchObject({ kind: 'incremental-update', updates: 1 });
    const report = pdfsigOn('incremental.pdf', bytes);
    if (report !== null) expect(report).toContain('Not total document signed');
  });

  it('a signature by a different (untrusted) certificate vs. the same file with that certificate trusted', async () => {
    const mallory = await makeTestCertificate({ name: '张三', org: '台州市椒江区综合行政执法局', algorithm: 'rsa' });
    const forged = await signFixture({}, mallory);
    const trust = tempDir('casechain-trust-');
    try {
      writePem(trust.path, 'real-zhangsan.pem', cert.certificate);
      const result = await verifyCaseFile(forged, { trustDir: trust.path });
      expect(failed(result)).toEqual(['certificate-trust']);
      expect(result.intact).toBe(true);
      expect(result.trusted).toBe(false);
      writePem(trust.path, 'mallory.pem', mallory.certificate);
      expect((await verifyCaseFile(forged, { trustDir: trust.path })).ok).toBe(true);
    } finally {
      trust.cleanup();
    }
  });
});

describe('damaged files', () => {
  it('an altered signature value fails signature-value only; pdfsig agrees', async () => {
    const rsa = await makeTestCertificate({ algorithm: 'rsa' });
    const bytes = await signFixture({}, rsa);
    const location = locateSignature(bytes);
    if (!location?.contents) throw new Error('not signed');
    // The DER ends with the RSA signature value (no unsigned attributes): change its last byte.
    const lengthBytes = (location.contents[1] ?? 0) & 0x7f;
    let derLength = 0;
    for (let i = 0; i < lengthBytes; i++) derLength = derLength * 256 + (location.contents[2 + i] ?? 0);
    const lastHex = location.byteRange[1] + 1 + 2 * (2 + lengthBytes + derLength - 1);
    const altered = Uint8Array.from(bytes);
    altered[lastHex] = altered[lastHex] === 0x30 ? 0x31 : 0x30;
    const result = await verifyCaseFile(altered);
    expect(failed(result)).toEqual(['signature-value', 'certificate-trust']);
    expect(byId(result, 'signature-value').message).toBe('签名值无效：与签名属性或证书公钥不符');
    const report = pdfsigOn('bad-signature.pdf', altered);
    if (report !== null) expect(report).not.toContain('Signature is Valid.');
  });

  it('junk written into the zero padding after the CMS is reported', async () => {
    const location = locateSignature(signed);
    if (!location) throw new Error('not signed');
    const altered = Uint8Array.from(signed);
    altered[location.byteRange[2] - 3] = 0x37; // a hex digit near the end of /Contents
    const result = await verifyCaseFile(altered);
    expect(failed(result)).toEqual(['cms', 'certificate-trust']);
    expect(byId(result, 'cms').message).toBe('签名数据（CMS）有问题：签名值后的填充区有 1 个非零字节');
  });

  it('a truncated file and a file that is not a PDF are reported, not thrown', async () => {
    const truncated = await verifyCaseFile(signed.subarray(0, signed.byteLength - 100));
    expect(byId(truncated, 'byte-range').message).toMatch(/签名范围超出文件末尾（文件被截短了 100 字节）/);
    expect(truncated.intact).toBe(false);
    const junk = await verifyCaseFile(new TextEncoder().encode('hello, not a pdf'));
    expect(failed(junk)).toEqual(['signature-present', 'manifest']);
    expect(byId(junk, 'manifest').message).toMatch(/^PDF 无法解析/);
  });
});

describe('the manifest', () => {
  it('a signed manifest that lies about evidence 3: "证据 3 的哈希与清单不符" while the signature holds', async () => {
    const bytes = await signFixture({
      editManifest: (m) => {
        const e = m.evidence[2];
        if (e) e.sha256 = 'f'.repeat(64);
      },
    });
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['certificate-trust', 'evidence-3']);
    expect(byId(result, 'evidence-3').message).toMatch(/^证据 3（证据3-市场主体登记\.csv）的哈希与清单不符（清单 ffffffffffff…，PDF 中 [0-9a-f]{12}…）$/);
    expect(byId(result, 'message-digest').ok).toBe(true);
  });

  it('names the wrong object when an image-stream location points elsewhere, and an attachment missing from the list', async () => {
    const bytes = await signFixture({
      editManifest: (m) => {
        const e = m.evidence[1];
        if (e?.location.kind === 'image-stream') e.location.objectNumber = 1;
        m.attachments = [];
      },
    });
    const result = await verifyCaseFile(bytes);
    expect(failed(result)).toEqual(['certificate-trust', 'evidence-2', 'unlisted-attachments']);
    expect(byId(result, 'evidence-2').message).toMatch(/^证据 2（cam-0612-0947\.jpg）/);
    expect(byId(result, 'unlisted-attachments').message).toBe(`PDF 中有清单未列出的附件：${AUDIT_NAME}`);
  });

  it('a verdict that contradicts itself is caught; an incomplete chain says what is missing and why it was issued', async () => {
    const contradictory = await signFixture({
      editManifest: (m) => {
        const party = m.verdict.elements.find((e) => e.id === 'party');
        if (party) party.state = 'weak';
      },
    });
    const result = await verifyCaseFile(contradictory);
    expect(failed(result)).toEqual(['certificate-trust', 'chain-verdict']);
    expect(byId(result, 'chain-verdict').message).toMatch(/^清单中的证据链结论自相矛盾：结论为完整，但主体薄弱/);

    const incomplete = await signFixture({
      editManifest: (m) => {
        const procedure = m.verdict.elements.find((e) => e.id === 'procedure');
        if (procedure) procedure.state = 'missing';
        m.verdict.complete = false;
        m.complete = false;
        m.overrideReason = '当事人已主动改正，仅作存档';
      },
    });
    const r2 = await verifyCaseFile(incomplete);
    expect(failed(r2)).toEqual(['certificate-trust', 'chain-complete']);
    expect(byId(r2, 'chain-complete').message).toBe('证据链不完整：程序缺失；出具理由：当事人已主动改正，仅作存档');
  });

  it('re-evaluates the chain with the caller’s rules when given them', async () => {
    const agree = await verifyCaseFile(signed, { reevaluate: (m) => ({ complete: true, elements: m.verdict.elements.map((e) => ({ id: e.id, state: 'proved' })) }) });
    expect(byId(agree, 'chain-verdict')).toMatchObject({ ok: true, message: '按证据链规则重新评估，结论与清单一致' });

    const disagree = await verifyCaseFile(signed, {
      reevaluate: async (m) => ({ complete: false, elements: m.verdict.elements.map((e) => ({ id: e.id, state: e.id === 'place' ? 'weak' : 'proved' })) }),
    });
    expect(byId(disagree, 'chain-verdict').ok).toBe(false);
    expect(byId(disagree, 'chain-verdict').message).toBe('重新评估的证据链结论与清单不符：地点：清单为已证明，重新评估为薄弱；整体：清单为完整，重新评估为不完整');

    const broken = await verifyCaseFile(signed, {
      reevaluate: () => {
        throw new Error('catalog item ZJ-SR-17 not found');
      },
    });
    expect(byId(broken, 'chain-verdict').message).toBe('无法重新评估证据链：catalog item ZJ-SR-17 not found');
  });
});
