// The CAdES-BES / PAdES B-B signed attributes: content-type, message-digest and signing-certificate-v2 (RFC 5035:
// binds the signer's certificate into what is signed, so it cannot be swapped for another with the same key).
// No signing-time: PAdES puts the time in the signature dictionary's /M instead (ETSI EN 319 142-1, 5.4).

import { createHash } from 'node:crypto';
import { certificateParts } from './certificate-parts';
import { TAG, octetString, oid, seq, setOf, tlv } from './der';
import { OID } from './oids';

const attribute = (type: string, value: Uint8Array): Uint8Array => seq(oid(type), setOf(value));

/** ESSCertIDv2 with SHA-256 (the default hashAlgorithm, so omitted in DER) and the issuer and serial. */
export function signingCertificateV2(certificate: Uint8Array): Uint8Array {
  const { issuer, serialNumber } = certificateParts(certificate);
  const certHash = createHash('sha256').update(certificate).digest();
  // IssuerSerial ::= SEQUENCE { issuer GeneralNames, serialNumber }; GeneralName directoryName is [4] EXPLICIT Name
  const issuerSerial = seq(seq(tlv(TAG.context(4), issuer)), serialNumber);
  return seq(seq(seq(octetString(certHash), issuerSerial)));
}

/** The attributes, each DER-encoded, in DER SET order. */
export function signedAttributes(digest: Uint8Array, certificate: Uint8Array): Uint8Array[] {
  return [attribute(OID.contentType, oid(OID.data)), attribute(OID.messageDigest, octetString(digest)), attribute(OID.signingCertificateV2, signingCertificateV2(certificate))];
}
