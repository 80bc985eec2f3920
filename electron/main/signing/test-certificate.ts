// A self-signed test certificate, so a workspace can sign case files before the bureau has its real certificate
// (from a CA such as CFCA). It is marked as a test certificate in its subject — OU=测试证书 — and the verifier
// reports it as "测试证书，未被信任" unless a reviewer deliberately trusts it.

import type { webcrypto } from 'node:crypto';
import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from './bytes';
import { ecdsaRawToDer } from './ecdsa-signature';
import { OID } from './oids';

export const TEST_CERTIFICATE_MARK = '测试证书（不具法律效力）TEST CERTIFICATE';

export interface TestCertificateOptions {
  /** Subject CN; default 测试签名人. */
  name?: string;
  /** Subject O; default 测试单位. */
  org?: string;
  algorithm?: 'rsa' | 'ec';
  /** Validity in days from now; default 365. */
  days?: number;
  /** Start of validity; default five minutes ago (tolerates a little clock skew). */
  notBefore?: Date;
}

export interface TestCertificate {
  /** Extractable, so writeP12 can store it. */
  privateKey: webcrypto.CryptoKey;
  /** DER */
  certificate: Uint8Array;
}

/** A Name with one attribute per RDN. pkijs would put all of them in one multi-valued RDN ("C=CN + O=… + CN=…"),
 * so the Name is encoded here and handed to pkijs already encoded. */
function x509Name(attributes: [string, asn1js.Utf8String | asn1js.PrintableString][]): pkijs.RelativeDistinguishedNames {
  const seq = new asn1js.Sequence({
    value: attributes.map(([type, value]) => new asn1js.Set({ value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), value] })] })),
  });
  return new pkijs.RelativeDistinguishedNames({ schema: asn1js.fromBER(seq.toBER(false)).result });
}

function extension(extnID: string, critical: boolean, value: asn1js.AsnType): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

/** UTCTime until 2049, GeneralizedTime after, as RFC 5280 4.1.2.5 requires. */
function x509Time(date: Date): pkijs.Time {
  return new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: date });
}

export async function makeTestCertificate(options: TestCertificateOptions = {}): Promise<TestCertificate> {
  const algorithm = options.algorithm ?? 'rsa';
  const keyParams: webcrypto.RsaHashedKeyGenParams | webcrypto.EcKeyGenParams =
    algorithm === 'rsa'
      ? { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
      : { name: 'ECDSA', namedCurve: 'P-256' };
  const pair = (await crypto.subtle.generateKey(keyParams, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));

  const cert = new pkijs.Certificate();
  cert.version = 2;
  const serial = randomBytes(16);
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x10; // positive and 16 bytes long
  cert.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(serial) });
  const name = (): pkijs.RelativeDistinguishedNames =>
    x509Name([
      [OID.countryName, new asn1js.PrintableString({ value: 'CN' })],
      [OID.organizationName, new asn1js.Utf8String({ value: options.org ?? '测试单位' })],
      [OID.organizationalUnitName, new asn1js.Utf8String({ value: TEST_CERTIFICATE_MARK })],
      [OID.commonName, new asn1js.Utf8String({ value: options.name ?? '测试签名人' })],
    ]);
  cert.subject = name();
  cert.issuer = name();
  const notBefore = options.notBefore ?? new Date(Date.now() - 5 * 60_000);
  cert.notBefore = x509Time(notBefore);
  cert.notAfter = x509Time(new Date(notBefore.getTime() + (options.days ?? 365) * 86_400_000));
  cert.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({ schema: asn1js.fromBER(toArrayBuffer(spki)).result });

  const publicKeyBits = new Uint8Array(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView);
  const keyUsage = new asn1js.BitString({ unusedBits: 6, valueHex: new Uint8Array([0xc0]).buffer }); // digitalSignature, nonRepudiation
  cert.extensions = [
    extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: false }).toSchema()),
    extension(OID.keyUsage, true, keyUsage),
    extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: toArrayBuffer(createHash('sha1').update(publicKeyBits).digest()) })),
  ];

  const signatureAlgorithm =
    algorithm === 'rsa'
      ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRSA, algorithmParams: new asn1js.Null() })
      : new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 });
  cert.signature = signatureAlgorithm;
  cert.signatureAlgorithm = signatureAlgorithm;
  const tbs = cert.encodeTBS().toBER(false);
  const signParams = algorithm === 'rsa' ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: 'SHA-256' };
  let signature: Uint8Array = new Uint8Array(await crypto.subtle.sign(signParams, pair.privateKey, tbs));
  if (algorithm === 'ec') signature = ecdsaRawToDer(signature);
  cert.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signature) });
  return { privateKey: pair.privateKey, certificate: new Uint8Array(cert.toSchema(true).toBER(false)) };
}
