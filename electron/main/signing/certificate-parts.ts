// The exact encoded pieces of an X.509 certificate the CMS needs: its issuer Name and serial number INTEGER (to
// name the signer in IssuerAndSerialNumber and ESS IssuerSerial), taken byte for byte from the certificate.

import { childrenOf, encodedBytes, isContextTag, parseDer } from './asn1';

export interface CertificateParts {
  /** DER of the issuer Name */
  issuer: Uint8Array;
  /** DER of the serialNumber INTEGER, tag and length included */
  serialNumber: Uint8Array;
  /** DER of the subject Name */
  subject: Uint8Array;
}

export function certificateParts(der: Uint8Array): CertificateParts {
  const [tbs] = childrenOf(parseDer(der));
  const fields = childrenOf(tbs);
  // TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer, validity, subject, … }
  const at = isContextTag(fields[0], 0) ? 1 : 0;
  const serial = fields[at];
  const issuer = fields[at + 2];
  const subject = fields[at + 4];
  if (!serial || !issuer || !subject) throw new Error('malformed certificate');
  return { issuer: encodedBytes(issuer), serialNumber: encodedBytes(serial), subject: encodedBytes(subject) };
}
