// The cryptographic checks of a parsed CMS: the message digest against the signed bytes, the signature value
// over the signed attributes with the certificate's public key (via WebCrypto, RSA and ECDSA), and the ESS
// signing-certificate attribute against the certificate.

import { X509Certificate, createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import { childrenOf, octetsOf, oidOf } from '../signing/asn1';
import { equalBytes, toArrayBuffer, toHex } from '../signing/bytes';
import { ecdsaDerToRaw } from '../signing/ecdsa-signature';
import { HASH_BY_OID, OID } from '../signing/oids';
import type { ParsedCms } from './cms-inspect';

export interface DigestCheck {
  ok: boolean;
  algorithm: string;
  expected: string | null;
  actual: string;
}

/** The messageDigest attribute (or, without signed attributes, nothing to compare) against the hash of `content`. */
export function checkMessageDigest(cms: ParsedCms, content: readonly Uint8Array[]): DigestCheck {
  const algorithm = HASH_BY_OID[cms.digestAlgorithm] ?? null;
  if (!algorithm) return { ok: false, algorithm: cms.digestAlgorithm, expected: null, actual: '' };
  const hash = createHash(algorithm);
  for (const part of content) hash.update(part);
  const actual = hash.digest();
  const expected = octetsOf(cms.attributes.get(OID.messageDigest));
  return { ok: expected !== null && equalBytes(expected, actual), algorithm, expected: expected ? toHex(expected) : null, actual: toHex(actual) };
}

const WEB_HASH: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
const SIGNATURE_HASH: Record<string, string> = {
  [OID.sha256WithRSA]: 'SHA-256',
  [OID.sha384WithRSA]: 'SHA-384',
  [OID.sha512WithRSA]: 'SHA-512',
  [OID.ecdsaWithSha256]: 'SHA-256',
  [OID.ecdsaWithSha384]: 'SHA-384',
  [OID.ecdsaWithSha512]: 'SHA-512',
};
const CURVES: Record<string, { name: string; size: number }> = {
  prime256v1: { name: 'P-256', size: 32 },
  secp384r1: { name: 'P-384', size: 48 },
  secp521r1: { name: 'P-521', size: 66 },
};
const RSA_SIGNATURES = new Set<string>([OID.rsaEncryption, OID.sha256WithRSA, OID.sha384WithRSA, OID.sha512WithRSA]);
const ECDSA_SIGNATURES = new Set<string>([OID.ecPublicKey, OID.ecdsaWithSha256, OID.ecdsaWithSha384, OID.ecdsaWithSha512]);

export interface SignatureCheck {
  ok: boolean;
  algorithm: string;
  /** Why it could not be checked, when it could not (as opposed to checked and found wrong). */
  problem: string | null;
}

/** Verifies the signature over the DER of the signed attributes with the signer certificate's public key. */
export async function checkSignatureValue(cms: ParsedCms): Promise<SignatureCheck> {
  const data = cms.signedAttributes;
  const certificate = cms.signerCertificate;
  if (!data || !certificate) return { ok: false, algorithm: '', problem: data ? 'no signer certificate' : 'no signed attributes' };
  const publicKey = new X509Certificate(Buffer.from(certificate)).publicKey;
  const spki = toArrayBuffer(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })));
  const hash = SIGNATURE_HASH[cms.signatureAlgorithm] ?? WEB_HASH[HASH_BY_OID[cms.digestAlgorithm] ?? ''];
  if (!hash) return { ok: false, algorithm: cms.signatureAlgorithm, problem: `unsupported digest ${cms.digestAlgorithm}` };
  if (publicKey.asymmetricKeyType === 'rsa' && RSA_SIGNATURES.has(cms.signatureAlgorithm)) {
    const key = await crypto.subtle.importKey('spki', spki, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
    const ok = await crypto.subtle.verify({ name: 'RSASSA-PKCS1-v1_5' }, key, toArrayBuffer(cms.signature), toArrayBuffer(data));
    return { ok, algorithm: `RSA PKCS#1 v1.5 ${hash}`, problem: null };
  }
  if (publicKey.asymmetricKeyType === 'ec' && ECDSA_SIGNATURES.has(cms.signatureAlgorithm)) {
    const curve = CURVES[publicKey.asymmetricKeyDetails?.namedCurve ?? ''];
    if (!curve) return { ok: false, algorithm: 'ECDSA', problem: `unsupported curve ${publicKey.asymmetricKeyDetails?.namedCurve ?? '?'}` };
    // CMS carries ECDSA-Sig-Value in DER; WebCrypto wants r||s.
    const raw = ecdsaDerToRaw(cms.signature, curve.size);
    if (!raw) return { ok: false, algorithm: `ECDSA ${curve.name} ${hash}`, problem: null };
    const key = await crypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: curve.name }, false, ['verify']);
    const ok = await crypto.subtle.verify({ name: 'ECDSA', hash }, key, toArrayBuffer(raw), toArrayBuffer(data));
    return { ok, algorithm: `ECDSA ${curve.name} ${hash}`, problem: null };
  }
  return { ok: false, algorithm: cms.signatureAlgorithm, problem: `unsupported signature algorithm ${cms.signatureAlgorithm} for a ${publicKey.asymmetricKeyType ?? '?'} key` };
}

export interface SigningCertificateCheck {
  present: 'v2' | 'v1' | null;
  ok: boolean;
}

/** The ESS signing-certificate(-v2) attribute's first certHash against the signer certificate. */
export function checkSigningCertificateAttribute(cms: ParsedCms): SigningCertificateCheck {
  const certificate = cms.signerCertificate;
  const v2 = cms.attributes.get(OID.signingCertificateV2);
  const v1 = cms.attributes.get(OID.signingCertificate);
  const node = v2 ?? v1;
  if (!node || !certificate) return { present: node ? (v2 ? 'v2' : 'v1') : null, ok: false };
  // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, … }; ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash, … }
  const firstId = childrenOf(childrenOf(node)[0])[0];
  const parts = childrenOf(firstId);
  let hashName = v2 ? 'sha256' : 'sha1';
  let certHash: Uint8Array | null;
  if (v2 && parts[0] instanceof asn1js.Sequence) {
    hashName = HASH_BY_OID[oidOf(childrenOf(parts[0])[0]) ?? ''] ?? '';
    certHash = octetsOf(parts[1]);
  } else {
    certHash = octetsOf(parts[0]);
  }
  if (!hashName || !certHash) return { present: v2 ? 'v2' : 'v1', ok: false };
  return { present: v2 ? 'v2' : 'v1', ok: equalBytes(createHash(hashName).update(certificate).digest(), certHash) };
}
