// Verifies a signed case file offline, answering each question separately: is it signed, does the signature
// cover the whole file, was anything added after, is the signature mathematically valid, who signed and is
// that certificate trusted, does every evidence item still hash to the manifest, and does the chain hold.
// Only the signed revision (bytes 0 … b + c of the ByteRange) is read for the content checks.

import { describeCertificate } from '../signing/certificate-info';
import type { CertificateInfo } from '../signing/certificate-info';
import type { CaseFileManifest } from '../../core/casefile/manifest';
import { analyseAfterSigning } from './after-signing';
import { checkTrust, checkValidity } from './certificate-checks';
import { CmsParseError, parseCms } from './cms-inspect';
import type { ParsedCms } from './cms-inspect';
import { checkMessageDigest, checkSignatureValue, checkSigningCertificateAttribute } from './cms-verify';
import { locateSignature, signedBytes } from './locate-signature';
import type { SignatureLocation } from './locate-signature';
import { checkAttachments, checkEvidence, readManifest } from './manifest-checks';
import { parsePdfDate } from './pdf-date';
import { embeddedFiles, loadRevision, signatureFields } from './pdf-objects';
import type { SignatureFields } from './pdf-objects';
import { checkTimestamp } from './timestamp-check';
import { loadTrustStore } from './trust-store';
import { check, grouped, shortHash } from './types';
import type { VerifyCheck, VerifyOptions, VerifyResult } from './types';
import { checkVerdict } from './verdict-check';

const TRUST_IDS = new Set(['certificate-validity', 'certificate-trust']);
const CHAIN_IDS = new Set(['chain-verdict', 'chain-complete']);

function byteRangeCheck(location: SignatureLocation, fields: SignatureFields | null): VerifyCheck {
  const [, a, b, c] = location.byteRange;
  const problems = [...location.problems];
  if (fields?.byteRange && fields.byteRange.join(' ') !== location.byteRange.join(' ')) {
    problems.push({ zh: '签名字典中的 /ByteRange 与扫描到的不一致', en: 'the signature dictionary’s /ByteRange differs from the one found in the bytes' });
  }
  if (location.count > 1) problems.push({ zh: `文件中有 ${location.count} 个 /ByteRange（多个签名或签名的副本）`, en: `${location.count} /ByteRange arrays in the file` });
  const details = { byteRange: location.byteRange, contentsLength: b - a, signedBytes: a + c, subFilter: fields?.subFilter ?? null };
  if (problems.length > 0) return check('byte-range', false, `签名范围异常：${problems.map((p) => p.zh).join('；')}`, `bad signed range: ${problems.map((p) => p.en).join('; ')}`, details);
  return check('byte-range', true, `签名覆盖签名版本的全部内容（仅空出签名值本身）：[0, ${a}, ${b}, ${c}]`, `the signature covers the whole signed revision except the signature value: [0, ${a}, ${b}, ${c}]`, details);
}

function afterSigningCheck(bytes: Uint8Array, signedLength: number): VerifyCheck {
  const after = analyseAfterSigning(bytes, signedLength);
  switch (after.kind) {
    case 'none':
      return check('after-signing', true, '签名后文件未被追加或修改', 'nothing was added to the file after signing', { kind: 'none' });
    case 'appended-bytes':
      return check(
        'after-signing',
        false,
        `文件在签名后被追加了 ${grouped(after.bytes)} 字节${after.whitespaceOnly ? '（仅空白字符）' : ''}`,
        `${grouped(after.bytes)} bytes were appended after signing${after.whitespaceOnly ? ' (whitespace only)' : ''}`,
        after,
      );
    case 'incremental-update':
      return check(
        'after-signing',
        false,
        `文件在签名后被增量更新（追加 ${grouped(after.bytes)} 字节${after.objects.length ? `，写入对象 ${after.objects.join('、')}` : ''}）：阅读器显示的是更新后的内容，签名不覆盖这些改动`,
        `the file was changed by an incremental update after signing (${grouped(after.bytes)} bytes${after.objects.length ? `, objects ${after.objects.join(', ')}` : ''}); viewers show the update, which the signature does not cover`,
        after,
      );
  }
}

async function signatureChecks(cms: ParsedCms, content: Uint8Array[]): Promise<VerifyCheck[]> {
  const checks: VerifyCheck[] = [];
  const digest = checkMessageDigest(cms, content);
  checks.push(
    digest.ok
      ? check('message-digest', true, `签名范围内容的 ${digest.algorithm.toUpperCase().replace('SHA', 'SHA-')} 与签名中的摘要一致`, `the ${digest.algorithm} of the signed bytes matches the signed digest`, digest as unknown as Record<string, unknown>)
      : check(
          'message-digest',
          false,
          digest.expected
            ? `摘要不符：文件在签名后被改动过（签名时 ${shortHash(digest.expected)}，现在 ${shortHash(digest.actual)}）`
            : '签名中没有可比对的摘要（messageDigest）',
          digest.expected ? 'digest mismatch: the signed bytes were changed after signing' : 'no messageDigest attribute',
          digest as unknown as Record<string, unknown>,
        ),
  );
  const value = await checkSignatureValue(cms);
  checks.push(
    value.ok
      ? check('signature-value', true, `签名值经证书公钥验证有效（${value.algorithm}）`, `the signature value verifies with the certificate's public key (${value.algorithm})`, { algorithm: value.algorithm })
      : value.problem
        ? check('signature-value', false, `无法验证签名值：${value.problem}`, `cannot verify the signature value: ${value.problem}`, { algorithm: value.algorithm })
        : check('signature-value', false, '签名值无效：与签名属性或证书公钥不符', 'the signature value does not verify', { algorithm: value.algorithm }),
  );
  const ess = checkSigningCertificateAttribute(cms);
  checks.push(
    ess.ok
      ? check('signing-certificate', true, `签名属性 signing-certificate-${ess.present ?? ''} 与签名证书一致`, `the signing-certificate attribute matches the certificate`, { ...ess })
      : ess.present
        ? check('signing-certificate', false, '签名属性 signing-certificate 与签名证书不符（证书可能被替换）', 'the signing-certificate attribute does not match the certificate', { ...ess })
        : check('signing-certificate', false, '签名缺少 signing-certificate-v2 属性（不符合 PAdES B-B）', 'no signing-certificate-v2 attribute (not PAdES B-B)', { ...ess }),
  );
  return checks;
}

function unverified(ids: string[], why: string, whyEn: string): VerifyCheck[] {
  return ids.map((id) => check(id, false, `未核验：${why}`, `not verified: ${whyEn}`));
}

export async function verifyCaseFile(bytes: Uint8Array, options: VerifyOptions = {}): Promise<VerifyResult> {
  const checks: VerifyCheck[] = [];
  const location = locateSignature(bytes);
  let signedLength = bytes.byteLength;
  if (location) {
    const [, , b, c] = location.byteRange;
    signedLength = Math.min(bytes.byteLength, b + c);
  }

  let doc: Awaited<ReturnType<typeof loadRevision>> | null = null;
  let parseError: string | null = null;
  try {
    doc = await loadRevision(bytes.subarray(0, signedLength));
  } catch (error) {
    parseError = error instanceof Error ? error.message : String(error);
  }
  const fields = doc && location ? signatureFields(doc, location.byteRange) : null;

  let signer: CertificateInfo | null = null;
  let signingTime: Date | null = null;
  let signingTimeSource: VerifyResult['signingTimeSource'] = null;
  if (!location) {
    checks.push(check('signature-present', false, '文件中没有电子签名', 'the file is not signed'));
  } else {
    const who = fields?.name ? `：${fields.name}` : '';
    checks.push(check('signature-present', true, `文件中有电子签名${who}`, `the file is signed${fields?.name ? ` by ${fields.name}` : ''}`, fields ? { ...fields } : null));
    checks.push(byteRangeCheck(location, fields));
    checks.push(afterSigningCheck(bytes, signedLength));

    let cms: ParsedCms | null = null;
    let cmsProblem = location.contents ? null : '/Contents 不是十六进制字符串';
    if (location.contents) {
      try {
        cms = parseCms(location.contents);
      } catch (error) {
        cmsProblem = error instanceof CmsParseError ? error.message : String(error);
      }
    }
    if (!cms) {
      checks.push(check('cms', false, `签名数据（CMS）无法解析：${cmsProblem ?? ''}`, `the CMS signature cannot be parsed: ${cmsProblem ?? ''}`));
      checks.push(...unverified(['message-digest', 'signature-value', 'signing-certificate', 'certificate-validity', 'certificate-trust'], '签名数据无法解析', 'the CMS cannot be parsed'));
    } else {
      const problems: string[] = [];
      if (!cms.signerCertificate) problems.push('签名中没有签名人证书');
      if (cms.content) problems.push('签名不是分离式（含被签内容）');
      if (cms.trailingGarbage > 0) problems.push(`签名值后的填充区有 ${cms.trailingGarbage} 个非零字节`);
      if (fields?.subFilter && fields.subFilter !== 'ETSI.CAdES.detached' && fields.subFilter !== 'adbe.pkcs7.detached') problems.push(`SubFilter 为 ${fields.subFilter}`);
      signer = cms.signerCertificate ? describeCertificate(cms.signerCertificate) : null;
      checks.push(
        problems.length === 0
          ? check('cms', true, `签名数据（CMS）可以解析：签名人证书 ${signer?.subject ?? ''}`, `the CMS parses; signer certificate ${signer?.subject ?? ''}`, { certificates: cms.certificates.length, subFilter: fields?.subFilter ?? null })
          : check('cms', false, `签名数据（CMS）有问题：${problems.join('；')}`, `CMS problems: ${problems.join('; ')}`, { problems }),
      );
      checks.push(...(await signatureChecks(cms, signedBytes(bytes, location.byteRange))));

      const timestamp = await checkTimestamp(cms);
      if (timestamp) checks.push(timestamp.check);
      if (timestamp?.genTime) {
        signingTime = timestamp.genTime;
        signingTimeSource = 'timestamp';
      } else {
        signingTime = fields?.m ? (parsePdfDate(fields.m)?.instant ?? null) : null;
        signingTimeSource = signingTime ? 'signer-clock' : null;
      }
      if (cms.signerCertificate) {
        checks.push(checkValidity(cms.signerCertificate, signingTime, signingTimeSource ?? 'signer-clock'));
        const store = options.trustDir ? await loadTrustStore(options.trustDir) : null;
        checks.push(checkTrust(cms.signerCertificate, cms.certificates, store, options.trustDir));
      } else {
        checks.push(...unverified(['certificate-validity', 'certificate-trust'], '签名中没有签名人证书', 'no signer certificate'));
      }
    }
  }

  let manifest: CaseFileManifest | null = null;
  if (!doc) {
    checks.push(check('manifest', false, `PDF 无法解析，无法读取清单（${parseError ?? ''}）`, `the PDF cannot be parsed: ${parseError ?? ''}`));
  } else {
    const files = embeddedFiles(doc);
    const read = readManifest(files);
    manifest = read.manifest;
    checks.push(read.check);
    if (manifest) {
      checks.push(...checkEvidence(doc, files, manifest));
      checks.push(...checkAttachments(files, manifest));
      checks.push(...(await checkVerdict(manifest, options.reevaluate)));
    }
  }

  const integrity = checks.filter((c) => !TRUST_IDS.has(c.id) && !CHAIN_IDS.has(c.id));
  const trust = checks.filter((c) => TRUST_IDS.has(c.id));
  return {
    ok: checks.every((c) => c.ok),
    intact: integrity.every((c) => c.ok),
    trusted: trust.length > 0 && trust.every((c) => c.ok),
    signer,
    signingTime: signingTime?.toISOString() ?? null,
    signingTimeSource,
    manifest,
    checks,
  };
}
