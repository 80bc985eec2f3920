// Signing a case file (DESIGN.md §2 电子签名法, §5): PKCS#12 files read from our own writer and from OpenSSL (3.0
// defaults and -legacy), the workspace key store, and PAdES B-B signatures with RSA and ECDSA P-256 keys on
// Chinese- and ASCII-named certificates that the independent checkers — pdfsig, qpdf, openssl cms — accept.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKey, loadKey, readKeyInfo } from '../../electron/main/signing/key-store';
import { readP12 } from '../../electron/main/signing/p12-read';
import { writeP12 } from '../../electron/main/signing/p12-write';
import { rc2EncryptBlock, rc2ExpandKey } from '../../electron/main/signing/rc2';
import { signPdf, signPdfDetailed } from '../../electron/main/signing/sign-pdf';
import { SigningError } from '../../electron/main/signing/signing-error';
import { makeTestCertificate } from '../../electron/main/signing/test-certificate';
import { locateSignature, signedBytes } from '../../electron/main/verify/locate-signature';
import { verifyCaseFile } from '../../electron/main/verify/verify-case-file';
import { buildCaseFile } from '../helpers/sign-fixtures';
import { startFakeTsa } from '../helpers/sign-tsa';
import { hasTool, opensslCms, opensslP12, pdfsig, qpdfCheck, run } from '../helpers/sign-tools';
import { tempDir } from '../helpers/temp';

const HAS_PDFSIG = hasTool('pdfsig');
const HAS_QPDF = hasTool('qpdf');
const HAS_OPENSSL = hasTool('openssl');
if (!HAS_PDFSIG) console.warn('pdfsig (poppler-utils) is not installed: the independent signature checks are skipped');
if (!HAS_QPDF) console.warn('qpdf is not installed: the PDF structure checks are skipped');
if (!HAS_OPENSSL) console.warn('openssl is not installed: the OpenSSL PKCS#12 and CMS checks are skipped');

const ZHANG = { name: '张三', org: '台州市椒江区综合行政执法局' };
const ASCII = { name: 'Test Signer', org: 'CaseChain Test Bureau' };
const PASS = '案卷 signing 2026';

const tmp = tempDir('casechain-sign-');
afterAll(() => tmp.cleanup());

async function expectFailure(promise: Promise<unknown>, reason: string, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SigningError);
  expect((error as SigningError).reason).toBe(reason);
  expect((error as SigningError).message).toMatch(message);
}

describe('RC2 (RFC 2268 test vectors)', () => {
  it.each([
    ['0000000000000000', 63, '0000000000000000', 'ebb773f993278eff'],
    ['ffffffffffffffff', 64, 'ffffffffffffffff', '278b27e42e2f0d49'],
    ['3000000000000000', 64, '1000000000000001', '30649edf9be7d2c2'],
    ['88bca90e90875a7f0f79c384627bafb2', 128, '0000000000000000', '2269552ab0f85ca6'],
  ])('key %s, %i effective bits', (key, bits, plain, cipher) => {
    const out = rc2EncryptBlock(rc2ExpandKey(Buffer.from(key, 'hex'), bits), Buffer.from(plain, 'hex'));
    expect(Buffer.from(out).toString('hex')).toBe(cipher);
  });
});

describe('PKCS#12', () => {
  it.each(['rsa', 'ec'] as const)('a %s test certificate with a Chinese name round-trips through writeP12 → readP12', async (algorithm) => {
    const cert = await makeTestCertificate({ ...ZHANG, algorithm });
    const p12 = await writeP12(cert.privateKey, [cert.certificate], PASS, { friendlyName: '张三' });
    const identity = await readP12(p12, PASS);
    expect(identity.algorithm).toBe(algorithm);
    expect(identity.chain).toHaveLength(1);
    expect(Buffer.from(identity.chain[0] ?? []).equals(Buffer.from(cert.certificate))).toBe(true);
    expect(identity.privateKey.extractable).toBe(false);
    expect(identity.privateKey.algorithm.name).toBe(algorithm === 'rsa' ? 'RSASSA-PKCS1-v1_5' : 'ECDSA');
  });

  it.skipIf(!HAS_OPENSSL)('openssl pkcs12 reads what writeP12 writes, key included (needs openssl)', async () => {
    const cert = await makeTestCertificate({ ...ZHANG, algorithm: 'ec' });
    const path = join(tmp.path, 'ours.p12');
    writeFileSync(path, await writeP12(cert.privateKey, [cert.certificate], PASS));
    const info = run('openssl', ['pkcs12', '-info', '-nokeys', '-in', path, '-passin', `pass:${PASS}`]);
    expect(info.status).toBe(0);
    expect(info.out).toContain('MAC: sha256');
    expect(info.out).toContain('PBES2, PBKDF2, AES-256-CBC');
    expect(info.out).toContain('BEGIN CERTIFICATE');
    const subject = run('sh', ['-c', `openssl pkcs12 -in '${path}' -passin 'pass:${PASS}' -nokeys | openssl x509 -noout -subject -nameopt utf8`]);
    expect(subject.out).toContain('CN=张三');
    expect(subject.out).toContain('OU=测试证书');
    const key = run('openssl', ['pkcs12', '-in', path, '-passin', `pass:${PASS}`, '-nocerts', '-nodes']);
    expect(key.out).toContain('BEGIN PRIVATE KEY');
  });

  it.skipIf(!HAS_OPENSSL).each([
    ['ec', false],
    ['rsa', false],
    ['ec', true],
    ['rsa', true],
  ] as const)('reads a %s P12 made by openssl pkcs12 -export (legacy %s) (needs openssl)', async (algorithm, legacy) => {
    const dir = tempDir('casechain-ossl-');
    try {
      const p12 = opensslP12(dir.path, algorithm, `/CN=${ZHANG.name}/O=${ZHANG.org}`, PASS, legacy);
      const identity = await readP12(p12, PASS);
      expect(identity.algorithm).toBe(algorithm);
      expect(identity.chain).toHaveLength(1);
    } finally {
      dir.cleanup();
    }
  });

  it('a wrong passphrase, a file without a key and a file that is no P12 fail with clear reasons', async () => {
    const cert = await makeTestCertificate({ algorithm: 'ec' });
    const p12 = await writeP12(cert.privateKey, [cert.certificate], PASS);
    await expectFailure(readP12(p12, 'wrong'), 'wrong-passphrase', /证书密码不正确.*wrong passphrase/);
    await expectFailure(readP12(cert.certificate, PASS), 'not-pkcs12', /不是有效的 PKCS#12/);
    await expectFailure(readP12(new TextEncoder().encode('-----BEGIN CERTIFICATE-----'), PASS), 'not-pkcs12', /PKCS#12/);
    if (HAS_OPENSSL) {
      const dir = tempDir('casechain-ossl-');
      try {
        const crt = join(dir.path, 'c.crt');
        writeFileSync(crt, `-----BEGIN CERTIFICATE-----\n${Buffer.from(cert.certificate).toString('base64')}\n-----END CERTIFICATE-----\n`);
        const out = join(dir.path, 'nokey.p12');
        run('openssl', ['pkcs12', '-export', '-nokeys', '-in', crt, '-out', out, '-passout', `pass:${PASS}`]);
        await expectFailure(readP12(new Uint8Array(readFileSync(out)), PASS), 'no-private-key', /没有私钥/);
        const legacy = opensslP12(dir.path, 'rsa', '/CN=x', PASS, true);
        await expectFailure(readP12(legacy, 'wrong'), 'wrong-passphrase', /证书密码不正确/);
      } finally {
        dir.cleanup();
      }
    }
  });
});

describe('key store', () => {
  it('keeps the P12 as imported, owner-only, with the certificate described and no passphrase', async () => {
    const ws = tempDir('casechain-ws-');
    try {
      const cert = await makeTestCertificate({ ...ZHANG, algorithm: 'ec' });
      const p12 = await writeP12(cert.privateKey, [cert.certificate], PASS);
      expect(await readKeyInfo(ws.path)).toBeNull();
      await expectFailure(loadKey(ws.path, PASS), 'no-key-stored', /尚未导入签名证书/);
      await expectFailure(importKey(ws.path, p12, 'wrong'), 'wrong-passphrase', /证书密码不正确/);

      const info = await importKey(ws.path, p12, PASS);
      expect(info.commonName).toBe('张三');
      expect(info.organization).toBe(ZHANG.org);
      expect(info.testCertificate).toBe(true);
      expect(info.fingerprintSha256).toMatch(/^[0-9a-f]{64}$/);
      const stored = join(ws.path, 'keys', 'signing.p12');
      expect(Buffer.from(readFileSync(stored)).equals(Buffer.from(p12))).toBe(true);
      expect(statSync(stored).mode & 0o777).toBe(0o600);
      const json = readFileSync(join(ws.path, 'keys', 'signing.json'), 'utf8');
      expect(json).not.toContain(PASS);
      expect(JSON.parse(json)).toMatchObject({ commonName: '张三', algorithm: 'ec' });

      const loaded = await loadKey(ws.path, PASS);
      expect(loaded.info.fingerprintSha256).toBe(info.fingerprintSha256);
      await expectFailure(loadKey(ws.path, 'wrong'), 'wrong-passphrase', /证书密码不正确/);

      // signing.p12 swapped behind the app's back for another certificate with the same passphrase
      const other = await makeTestCertificate({ algorithm: 'ec' });
      writeFileSync(stored, await writeP12(other.privateKey, [other.certificate], PASS));
      await expectFailure(loadKey(ws.path, PASS), 'key-store-mismatch', /与记录不符/);
    } finally {
      ws.cleanup();
    }
  });
});

describe('signPdf', () => {
  const combos = [
    ['rsa', 'CN=张三', ZHANG],
    ['ec', 'CN=张三', ZHANG],
    ['rsa', 'CN=Test Signer', ASCII],
    ['ec', 'CN=Test Signer', ASCII],
  ] as const;
  const signed = new Map<string, { path: string; bytes: Uint8Array; cn: string }>();
  const timings: string[] = [];

  beforeAll(async () => {
    for (const [algorithm, , who] of combos) {
      const cert = await makeTestCertificate({ ...who, algorithm });
      const p12 = await writeP12(cert.privateKey, [cert.certificate], PASS);
      const identity = await readP12(p12, PASS);
      const fixture = await buildCaseFile();
      const started = performance.now();
      const bytes = await signPdf(fixture.doc, identity.privateKey, identity.chain, {
        name: who.name,
        reason: '案卷电子签章 C2026-0001',
        location: '台州市椒江区',
        contactInfo: 'casechain@example.cn',
      });
      timings.push(`${algorithm}/${who.name}: ${(performance.now() - started).toFixed(0)} ms for ${bytes.byteLength.toLocaleString('en-US')} bytes`);
      const path = join(tmp.path, `signed-${algorithm}-${who === ZHANG ? 'zh' : 'ascii'}.pdf`);
      writeFileSync(path, bytes);
      signed.set(`${algorithm}-${who.name}`, { path, bytes, cn: who.name });
    }
    console.info(`signPdf (placeholder, save, CMS): ${timings.join('; ')}`);
  });

  it.each(combos)('%s, %s: verifyCaseFile finds it intact', async (algorithm, _label, who) => {
    const file = signed.get(`${algorithm}-${who.name}`);
    if (!file) throw new Error('not signed');
    const result = await verifyCaseFile(file.bytes);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['certificate-trust']);
    expect(result.intact).toBe(true);
    expect(result.signer?.commonName).toBe(who.name);
    expect(result.signingTimeSource).toBe('signer-clock');
  });

  it.skipIf(!HAS_PDFSIG).each(combos)('%s, %s: pdfsig says the signature is valid and covers the whole document (needs pdfsig)', (algorithm, _label, who) => {
    const file = signed.get(`${algorithm}-${who.name}`);
    if (!file) throw new Error('not signed');
    const report = pdfsig(file.path).out;
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain(`Signer Certificate Common Name: ${who.name}`);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Signing Hash Algorithm: SHA-256');
  });

  it.skipIf(!HAS_QPDF).each(combos)('%s, %s: qpdf --check finds no errors (needs qpdf)', (algorithm, _label, who) => {
    const file = signed.get(`${algorithm}-${who.name}`);
    if (!file) throw new Error('not signed');
    const check = qpdfCheck(file.path);
    expect(check.status).toBe(0);
    expect(check.out).toContain('No syntax or stream encoding errors found');
  });

  it.skipIf(!HAS_OPENSSL).each(combos)('%s, %s: openssl cms verifies the CMS; it is PAdES B-B: signingCertificateV2, no signingTime (needs openssl)', (algorithm, _label, who) => {
    const file = signed.get(`${algorithm}-${who.name}`);
    const location = file ? locateSignature(file.bytes) : null;
    if (!file || !location?.contents) throw new Error('not signed');
    const content = Buffer.concat(signedBytes(file.bytes, location.byteRange));
    const dir = tempDir('casechain-cms-');
    try {
      const { verify, print } = opensslCms(dir.path, location.contents, content);
      expect(verify.out).toContain('Verification successful');
      expect(print.out).toContain('id-smime-aa-signingCertificateV2');
      expect(print.out).toContain('messageDigest');
      expect(print.out).toContain('contentType');
      expect(print.out).not.toContain('signingTime');
      expect(print.out).toContain('eContent: <ABSENT>'); // detached
    } finally {
      dir.cleanup();
    }
  });

  it('fills the signature dictionary: Name, Reason, Location in UTF-16, M, SubFilter, the time source', async () => {
    const file = signed.get(`ec-${ZHANG.name}`);
    if (!file) throw new Error('not signed');
    const doc = await PDFDocument.load(file.bytes);
    const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
    const sigFlags = acroForm.get(PDFName.of('SigFlags'))?.toString();
    expect(sigFlags).toBe('3');
    const text = Buffer.from(file.bytes).toString('latin1');
    expect(text).toContain('/SubFilter /ETSI.CAdES.detached');
    expect(text).toMatch(/\/M \(D:\d{14}Z\)/);
    expect(text).toContain('/TimeSource /SignerClock');
    const name = /\/Name (<FEFF[0-9A-F]+>)/.exec(text)?.[1];
    expect(name && PDFHexString.of(name.slice(1, -1)).decodeText()).toBe('张三');
    const location = /\/Location (<FEFF[0-9A-F]+>)/.exec(text)?.[1];
    expect(location && PDFHexString.of(location.slice(1, -1)).decodeText()).toBe('台州市椒江区');
  });

  it('signs with a visible widget whose appearance the PDF builder drew; pdfsig still validates it', async () => {
    const cert = await makeTestCertificate({ ...ZHANG, algorithm: 'ec' });
    const fixture = await buildCaseFile();
    const appearance = fixture.doc.context.register(
      fixture.doc.context.formXObject([], { BBox: [0, 0, 200, 60], Resources: {} }),
    );
    const bytes = await signPdf(fixture.doc, cert.privateKey, [cert.certificate], {
      ...ZHANG,
      reason: '案卷电子签章',
      location: '台州市椒江区',
      contactInfo: '',
      widget: { pageIndex: 0, rect: [350, 40, 550, 100], appearance },
    });
    expect((await verifyCaseFile(bytes)).intact).toBe(true);
    if (HAS_PDFSIG) {
      const path = join(tmp.path, 'visible.pdf');
      writeFileSync(path, bytes);
      expect(pdfsig(path).out).toContain('Signature is Valid.');
    }
  });

  it('refuses a key that does not belong to the certificate, before anything is written', async () => {
    const a = await makeTestCertificate({ algorithm: 'ec' });
    const b = await makeTestCertificate({ algorithm: 'ec' });
    const fixture = await buildCaseFile();
    await expectFailure(signPdf(fixture.doc, a.privateKey, [b.certificate], { ...ZHANG, reason: '', location: '', contactInfo: '' }), 'key-certificate-mismatch', /私钥与签名证书不匹配/);
  });

  it('says the placeholder is too small instead of writing a broken file', async () => {
    const cert = await makeTestCertificate({ algorithm: 'rsa' });
    const fixture = await buildCaseFile();
    await expectFailure(
      signPdf(fixture.doc, cert.privateKey, [cert.certificate], { ...ZHANG, reason: '', location: '', contactInfo: '', contentsBytes: 256 }),
      'placeholder-too-small',
      /签名数据超出预留空间/,
    );
  });

  it('signs in well under a second (measured above; about 200 ms expected)', async () => {
    const cert = await makeTestCertificate({ algorithm: 'rsa' });
    const fixture = await buildCaseFile();
    const started = performance.now();
    const result = await signPdfDetailed(fixture.doc, cert.privateKey, [cert.certificate], { ...ZHANG, reason: '', location: '', contactInfo: '' });
    const ms = performance.now() - started;
    console.info(`signPdf, RSA 2048, ${result.bytes.byteLength.toLocaleString('en-US')} bytes: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3000);
    expect(result.signature.timestamp).toBeNull();
  });
});

describe('timestamp (RFC 3161) with a local test TSA (there is no network here)', () => {
  it('adds the token as an unsigned attribute; the verifier checks it and takes its time; pdfsig still validates', async () => {
    const tsa = await startFakeTsa();
    try {
      const cert = await makeTestCertificate({ ...ZHANG, algorithm: 'ec' });
      const fixture = await buildCaseFile();
      const result = await signPdfDetailed(fixture.doc, cert.privateKey, [cert.certificate], { ...ZHANG, reason: '', location: '', contactInfo: '', timestampUrl: tsa.url });
      expect(result.signature.timestamp?.genTime.toISOString()).toBe(tsa.genTime.toISOString());
      const verified = await verifyCaseFile(result.bytes);
      expect(verified.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['certificate-trust']);
      expect(verified.checks.find((c) => c.id === 'timestamp')?.message).toBe(`可信时间戳有效：${tsa.genTime.toISOString()}（CN=CaseChain 测试时间戳服务, OU=测试证书（不具法律效力）TEST CERTIFICATE, O=测试, C=CN）`);
      expect(verified.signingTimeSource).toBe('timestamp');
      expect(verified.signingTime).toBe(tsa.genTime.toISOString());
      expect(Buffer.from(result.bytes).toString('latin1')).toContain('/TimeSource /TSA');
      if (HAS_PDFSIG) {
        const path = join(tmp.path, 'timestamped.pdf');
        writeFileSync(path, result.bytes);
        const report = pdfsig(path).out;
        expect(report).toContain('Signature is Valid.');
        expect(report).toContain('Total document signed');
      }
    } finally {
      await tsa.close();
    }
  });
});

describe('timestamp (RFC 3161) failures are clear', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url === '/500') {
          res.writeHead(500).end('down');
        } else if (req.url === '/garbage') {
          res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end('not DER at all');
        } else {
          // TimeStampResp { status PKIStatusInfo { status 2 (rejection) } }
          res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(Buffer.from('30053003020102', 'hex'));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function signWith(timestampUrl: string): Promise<Uint8Array> {
    const cert = await makeTestCertificate({ algorithm: 'ec' });
    const fixture = await buildCaseFile();
    return signPdf(fixture.doc, cert.privateKey, [cert.certificate], { ...ZHANG, reason: '', location: '', contactInfo: '', timestampUrl, timestamp: { timeoutMs: 5000 } });
  }

  it('an unreachable TSA', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expectFailure(signWith(`http://127.0.0.1:${port}/tsa`), 'timestamp-failed', /获取时间戳失败：无法连接时间戳服务 http:\/\/127\.0\.0\.1:\d+\/tsa/);
  });

  it('an HTTP error, a reply that is not a TimeStampResp, and a refusal', async () => {
    await expectFailure(signWith(`${base}/500`), 'timestamp-failed', /返回 HTTP 500/);
    await expectFailure(signWith(`${base}/garbage`), 'timestamp-failed', /应答无法解析/);
    await expectFailure(signWith(`${base}/reject`), 'timestamp-failed', /拒绝了请求（状态 2：拒绝）/);
  });
});
