// What a person needs to know about a certificate — who, issued by whom, valid when, its fingerprint, and whether
// it is a self-signed test certificate — shared by the key store, the signer and the verifier.

import { X509Certificate, createHash } from 'node:crypto';
import { TEST_CERTIFICATE_MARK } from './test-certificate';

export interface CertificateInfo {
  /** "CN=张三, OU=…, O=台州市椒江区综合行政执法局, C=CN" (most specific first, as people read it). */
  subject: string;
  commonName: string | null;
  organization: string | null;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** Lower-case hex SHA-256 of the DER certificate. */
  fingerprintSha256: string;
  selfSigned: boolean;
  /** Carries the 测试证书 mark makeTestCertificate puts in its OU. */
  testCertificate: boolean;
}

/** Issued by itself: same name and its own key verifies its signature. (Not X509Certificate.checkIssued, which
 * also demands keyCertSign — an end-entity test certificate rightly lacks it.) */
export function isSelfSigned(cert: X509Certificate): boolean {
  return cert.subject === cert.issuer && cert.verify(cert.publicKey);
}

function readable(name: string): string {
  return name.split('\n').filter(Boolean).reverse().join(', ');
}

function field(name: string, key: string): string | null {
  const line = name.split('\n').find((l) => l.startsWith(`${key}=`));
  return line ? line.slice(key.length + 1) : null;
}

export function describeCertificate(der: Uint8Array): CertificateInfo {
  const cert = new X509Certificate(Buffer.from(der));
  const ou = field(cert.subject, 'OU') ?? '';
  return {
    subject: readable(cert.subject),
    commonName: field(cert.subject, 'CN'),
    organization: field(cert.subject, 'O'),
    issuer: readable(cert.issuer),
    serialNumber: cert.serialNumber,
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    fingerprintSha256: createHash('sha256').update(der).digest('hex'),
    selfSigned: isSelfSigned(cert),
    testCertificate: ou.includes('测试证书') || ou.includes(TEST_CERTIFICATE_MARK) || /TEST CERTIFICATE/i.test(ou),
  };
}
