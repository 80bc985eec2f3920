// Who signed, and can they be believed: the certificate's validity period at the signing time, and whether it
// chains to a certificate in the reviewer's trust folder. Offline: revocation (CRL/OCSP) is not checked, and the
// report says so.

import { X509Certificate } from 'node:crypto';
import { describeCertificate, isSelfSigned } from '../signing/certificate-info';
import type { TrustStore } from './trust-store';
import { check } from './types';
import type { VerifyCheck } from './types';

export function checkValidity(signerDer: Uint8Array, signingTime: Date | null, source: 'timestamp' | 'signer-clock'): VerifyCheck {
  const info = describeCertificate(signerDer);
  const details = { notBefore: info.notBefore, notAfter: info.notAfter, signingTime: signingTime?.toISOString() ?? null, signingTimeSource: source };
  const sourceZh = source === 'timestamp' ? '（时间取自可信时间戳）' : '（时间取自签名人计算机时钟，未经可信时间戳）';
  const sourceEn = source === 'timestamp' ? ' (time from a trusted timestamp)' : " (time from the signer's computer clock, not a trusted timestamp)";
  if (!signingTime) return check('certificate-validity', false, '无法确定签名时间，无法判断证书当时是否有效', 'the signing time is unknown', details);
  const t = signingTime.getTime();
  const from = Date.parse(info.notBefore);
  const to = Date.parse(info.notAfter);
  const when = signingTime.toISOString();
  if (t < from) return check('certificate-validity', false, `签名时（${when}）证书尚未生效（${info.notBefore} 起生效）${sourceZh}`, `the certificate was not yet valid at ${when} (valid from ${info.notBefore})${sourceEn}`, details);
  if (t > to) return check('certificate-validity', false, `签名时（${when}）证书已过期（${info.notAfter} 到期）${sourceZh}`, `the certificate had expired at ${when} (expired ${info.notAfter})${sourceEn}`, details);
  return check('certificate-validity', true, `签名时（${when}）证书在有效期内（${info.notBefore} 至 ${info.notAfter}）${sourceZh}`, `the certificate was valid at ${when} (${info.notBefore} to ${info.notAfter})${sourceEn}`, details);
}


/** Builds the path from the signer towards the trust folder, verifying each issuer's signature. */
export function checkTrust(signerDer: Uint8Array, cmsCertificates: readonly Uint8Array[], store: TrustStore | null, trustDir: string | undefined): VerifyCheck {
  const signer = new X509Certificate(Buffer.from(signerDer));
  const info = describeCertificate(signerDer);
  const anchors = store?.certificates ?? [];
  const isAnchor = (c: X509Certificate): boolean => anchors.some((a) => a.fingerprint256 === c.fingerprint256);
  const pool = [...cmsCertificates.map((d) => new X509Certificate(Buffer.from(d))), ...anchors];
  const path = [signer];
  let current = signer;
  let anchor: X509Certificate | null = null;
  for (let depth = 0; depth < 8; depth++) {
    if (isAnchor(current)) {
      anchor = current;
      break;
    }
    if (isSelfSigned(current)) break;
    const issuer = pool.find((c) => c.fingerprint256 !== current.fingerprint256 && current.checkIssued(c) && current.verify(c.publicKey));
    if (!issuer) break;
    path.push(issuer);
    current = issuer;
  }
  const details = {
    path: path.map((c) => c.subject.split('\n').reverse().join(', ')),
    trustDir: trustDir ?? null,
    trustedCertificates: anchors.length,
    skippedTrustFiles: store?.skipped ?? [],
    revocationChecked: false,
  };
  const noRevocation = '；离线核验，未检查吊销状态';
  const noRevocationEn = '; offline: revocation not checked';
  const hint = trustDir ? '' : '；未指定信任目录（--trust）';
  const hintEn = trustDir ? '' : '; no trust folder given (--trust)';
  if (anchor) {
    const name = anchor.subject.split('\n').reverse().join(', ');
    return check('certificate-trust', true, `证书链接到受信任的证书：${name}${noRevocation}`, `the certificate chains to a trusted certificate: ${name}${noRevocationEn}`, details);
  }
  if (isSelfSigned(current) && current === signer) {
    if (info.testCertificate) {
      return check('certificate-trust', false, `测试证书，未被信任（自签名的测试证书，不具法律效力）${hint}`, `test certificate, not trusted (self-signed, no legal effect)${hintEn}`, details);
    }
    return check('certificate-trust', false, `自签名证书，未被信任${hint}`, `self-signed certificate, not trusted${hintEn}`, details);
  }
  if (isSelfSigned(current)) {
    return check('certificate-trust', false, `证书的根证书不在信任目录中${hint}`, `the certificate's root is not in the trust folder${hintEn}`, details);
  }
  const missing = current.issuer.split('\n').reverse().join(', ');
  return check('certificate-trust', false, `证书未能链接到受信任的证书（缺少签发者：${missing}）${hint}`, `the certificate does not chain to a trusted certificate (issuer missing: ${missing})${hintEn}`, details);
}
