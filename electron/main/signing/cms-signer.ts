// Builds the detached CMS SignedData (RFC 5652) a PAdES B-B signature holds in /Contents: SHA-256, the signed
// attributes of signed-attributes.ts, the certificate chain, and optionally an RFC 3161 timestamp (B-T).

import type { webcrypto } from 'node:crypto';
import { X509Certificate, createHash, verify } from 'node:crypto';
import { toArrayBuffer } from './bytes';
import { certificateParts } from './certificate-parts';
import { TAG, algorithm, derNull, integer, octetString, oid, seq, setOf, tlv } from './der';
import { ecdsaRawToDer } from './ecdsa-signature';
import { OID } from './oids';
import { signedAttributes } from './signed-attributes';
import { SigningError } from './signing-error';
import { requestTimestamp } from './timestamp-client';
import type { Timestamp, TimestampOptions } from './timestamp-client';

export interface CmsSignOptions {
  /** An RFC 3161 TSA; without it the signature carries no trusted time. */
  timestampUrl?: string;
  timestamp?: TimestampOptions;
}

export interface DetachedSignature {
  /** DER ContentInfo(SignedData) */
  cms: Uint8Array;
  timestamp: Timestamp | null;
}

function signatureScheme(key: webcrypto.CryptoKey): { params: webcrypto.AlgorithmIdentifier | webcrypto.EcdsaParams; identifier: Uint8Array; ecdsa: boolean } {
  const alg = key.algorithm as webcrypto.KeyAlgorithm & { hash?: { name: string }; namedCurve?: string };
  if (alg.name === 'RSASSA-PKCS1-v1_5' && alg.hash?.name === 'SHA-256') {
    return { params: { name: alg.name }, identifier: algorithm(OID.sha256WithRSA, derNull()), ecdsa: false };
  }
  if (alg.name === 'ECDSA' && (alg.namedCurve === 'P-256' || alg.namedCurve === 'P-384')) {
    return { params: { name: 'ECDSA', hash: 'SHA-256' }, identifier: algorithm(OID.ecdsaWithSha256), ecdsa: true };
  }
  throw new SigningError('unsupported-algorithm', `不支持的签名密钥 ${alg.name} (unsupported key; use RSA with SHA-256 or ECDSA P-256)`);
}

/**
 * Signs `content` (the PDF bytes the ByteRange covers) as a detached CMS.
 * @param chain DER certificates, the signer's first
 */
export async function signDetachedCms(content: Uint8Array, privateKey: webcrypto.CryptoKey, chain: readonly Uint8Array[], options: CmsSignOptions = {}): Promise<DetachedSignature> {
  const [signer] = chain;
  if (!signer) throw new SigningError('no-certificate', '缺少签名证书 (no signing certificate)');
  const scheme = signatureScheme(privateKey);
  const digest = createHash('sha256').update(content).digest();
  const attributesSet = setOf(...signedAttributes(digest, signer));

  let signature: Uint8Array = new Uint8Array(await crypto.subtle.sign(scheme.params, privateKey, toArrayBuffer(attributesSet)));
  if (scheme.ecdsa) signature = ecdsaRawToDer(signature);
  // A key that does not belong to the certificate would make a file no one can verify: catch it here.
  const publicKey = new X509Certificate(Buffer.from(signer)).publicKey;
  if (!verify('sha256', attributesSet, { key: publicKey, dsaEncoding: 'der' }, signature)) {
    throw new SigningError('key-certificate-mismatch', '私钥与签名证书不匹配 (the private key does not belong to the certificate)');
  }

  const timestamp = options.timestampUrl ? await requestTimestamp(options.timestampUrl, signature, options.timestamp) : null;
  // The signed attributes travel as [0] IMPLICIT; the signature was computed over their SET OF encoding (RFC 5652 5.4).
  const signedAttrs = Uint8Array.from(attributesSet);
  signedAttrs[0] = TAG.context(0);
  const { issuer, serialNumber } = certificateParts(signer);
  const signerInfo = seq(
    integer(1),
    seq(issuer, serialNumber),
    algorithm(OID.sha256),
    signedAttrs,
    scheme.identifier,
    octetString(signature),
    ...(timestamp ? [tlv(TAG.context(1), seq(oid(OID.timeStampToken), setOf(timestamp.token)))] : []),
  );
  const signedData = seq(integer(1), setOf(algorithm(OID.sha256)), seq(oid(OID.data)), tlv(TAG.context(0), ...chain), setOf(signerInfo));
  return { cms: seq(oid(OID.signedData), tlv(TAG.context(0), signedData)), timestamp };
}
