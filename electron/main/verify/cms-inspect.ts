// Reads a CMS SignedData (the signature in /Contents, or a timestamp token) into the pieces a verifier needs,
// keeping the exact encoded bytes of the signed attributes: the signature is over those bytes, not over a
// re-encoding of them.

import * as asn1js from 'asn1js';
import { childrenOf, encodedBytes, isContextTag, octetsOf, oidOf } from '../signing/asn1';
import { toArrayBuffer } from '../signing/bytes';
import { certificateParts } from '../signing/certificate-parts';
import { equalBytes } from '../signing/bytes';
import { OID } from '../signing/oids';

export interface ParsedCms {
  certificates: Uint8Array[];
  /** The certificate the SignerInfo names, or null when the CMS does not include it. */
  signerCertificate: Uint8Array | null;
  digestAlgorithm: string;
  signatureAlgorithm: string;
  /** DER of the signed attributes as a SET OF (tag 0x31): the bytes the signature covers. */
  signedAttributes: Uint8Array | null;
  attributes: Map<string, asn1js.AsnType>;
  unsignedAttributes: Map<string, asn1js.AsnType>;
  signature: Uint8Array;
  /** Encapsulated content type, and the content when not detached. */
  contentType: string;
  content: Uint8Array | null;
  /** Bytes after the DER structure in /Contents that are not zero padding. */
  trailingGarbage: number;
}

export class CmsParseError extends Error {}

function attributeMap(node: unknown): Map<string, asn1js.AsnType> {
  const map = new Map<string, asn1js.AsnType>();
  for (const attribute of childrenOf(node)) {
    const [type, values] = childrenOf(attribute);
    const id = oidOf(type);
    const first = childrenOf(values)[0];
    if (id && first) map.set(id, first);
  }
  return map;
}

function findSigner(certificates: Uint8Array[], sid: asn1js.AsnType | undefined): Uint8Array | null {
  if (!sid) return null;
  if (sid instanceof asn1js.Sequence) {
    const [issuer, serial] = childrenOf(sid);
    if (!issuer || !serial) return null;
    const wantIssuer = encodedBytes(issuer);
    const wantSerial = encodedBytes(serial);
    return certificates.find((c) => {
      const parts = certificateParts(c);
      return equalBytes(parts.issuer, wantIssuer) && equalBytes(parts.serialNumber, wantSerial);
    }) ?? null;
  }
  return null; // SubjectKeyIdentifier: CaseChain never writes it; left unmatched, reported as "signer certificate missing"
}

/** Parses DER ContentInfo(SignedData), tolerating zero padding after it (as /Contents has). */
export function parseCms(bytes: Uint8Array): ParsedCms {
  const parsed = asn1js.fromBER(toArrayBuffer(bytes));
  if (parsed.offset === -1) throw new CmsParseError('not DER');
  let trailingGarbage = 0;
  for (let i = parsed.offset; i < bytes.byteLength; i++) if (bytes[i] !== 0) trailingGarbage++;
  const [typeNode, explicit] = childrenOf(parsed.result);
  if (oidOf(typeNode) !== OID.signedData) throw new CmsParseError('not SignedData');
  const fields = childrenOf(childrenOf(explicit)[0]);
  // SignedData ::= SEQUENCE { version, digestAlgorithms SET, encapContentInfo, [0] certificates, [1] crls, signerInfos SET }
  const encap = fields[2];
  const [eType, eContentWrap] = childrenOf(encap);
  const certificates = childrenOf(fields.find((f) => isContextTag(f, 0))).map(encodedBytes);
  const signerInfos = childrenOf(fields[fields.length - 1]);
  if (signerInfos.length !== 1) throw new CmsParseError(`${signerInfos.length} SignerInfos`);
  const info = childrenOf(signerInfos[0]);
  // SignerInfo ::= SEQUENCE { version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature, [1] unsignedAttrs }
  const signedAttrsNode = info.find((n) => isContextTag(n, 0));
  const unsignedAttrsNode = info.find((n) => isContextTag(n, 1));
  const rest = info.filter((n) => n !== signedAttrsNode && n !== unsignedAttrsNode);
  const [, sid, digestAlg, signatureAlg, signatureNode] = rest;
  const signature = octetsOf(signatureNode);
  const digestAlgorithm = oidOf(childrenOf(digestAlg)[0]);
  const signatureAlgorithm = oidOf(childrenOf(signatureAlg)[0]);
  if (!signature || !digestAlgorithm || !signatureAlgorithm) throw new CmsParseError('malformed SignerInfo');
  let signedAttributes: Uint8Array | null = null;
  if (signedAttrsNode) {
    signedAttributes = Uint8Array.from(encodedBytes(signedAttrsNode));
    signedAttributes[0] = 0x31;
  }
  return {
    certificates,
    signerCertificate: findSigner(certificates, sid),
    digestAlgorithm,
    signatureAlgorithm,
    signedAttributes,
    attributes: attributeMap(signedAttrsNode),
    unsignedAttributes: attributeMap(unsignedAttrsNode),
    signature,
    contentType: oidOf(eType) ?? '',
    content: octetsOf(childrenOf(eContentWrap)[0]),
    trailingGarbage,
  };
}
