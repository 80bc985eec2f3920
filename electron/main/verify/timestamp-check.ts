// An RFC 3161 timestamp in the signature's unsigned attributes: it must cover this signature value, and its own
// CMS signature must hold. The TSA's certificate is named but not checked against the trust folder.

import { createHash } from 'node:crypto';
import * as pkijs from 'pkijs';
import { encodedBytes } from '../signing/asn1';
import { equalBytes, toArrayBuffer } from '../signing/bytes';
import { describeCertificate } from '../signing/certificate-info';
import { HASH_BY_OID, OID } from '../signing/oids';
import { parseCms } from './cms-inspect';
import type { ParsedCms } from './cms-inspect';
import { checkMessageDigest, checkSignatureValue } from './cms-verify';
import { check } from './types';
import type { VerifyCheck } from './types';

export async function checkTimestamp(signature: ParsedCms): Promise<{ check: VerifyCheck; genTime: Date | null } | null> {
  const node = signature.unsignedAttributes.get(OID.timeStampToken);
  if (!node) return null;
  try {
    const token = parseCms(encodedBytes(node));
    if (token.contentType !== OID.tstInfo || !token.content) throw new Error('no TSTInfo');
    const tst = pkijs.TSTInfo.fromBER(toArrayBuffer(token.content));
    const hash = HASH_BY_OID[tst.messageImprint.hashAlgorithm.algorithmId];
    const imprintOk = hash !== undefined && equalBytes(createHash(hash).update(signature.signature).digest(), new Uint8Array(tst.messageImprint.hashedMessage.getValue()));
    const digestOk = checkMessageDigest(token, [token.content]).ok;
    const signatureOk = (await checkSignatureValue(token)).ok;
    const tsa = token.signerCertificate ? describeCertificate(token.signerCertificate).subject : null;
    const genTime = tst.genTime;
    const details = { genTime: genTime.toISOString(), tsa, imprintOk, digestOk, signatureOk };
    if (imprintOk && digestOk && signatureOk) {
      return { check: check('timestamp', true, `可信时间戳有效：${genTime.toISOString()}（${tsa ?? '时间戳机构'}）`, `valid timestamp: ${genTime.toISOString()} by ${tsa ?? 'the TSA'}`, details), genTime };
    }
    return { check: check('timestamp', false, '时间戳无效：与签名值或其自身签名不符', 'the timestamp does not cover this signature or its own signature fails', details), genTime: null };
  } catch (error) {
    return { check: check('timestamp', false, '时间戳无法解析', `the timestamp cannot be read: ${error instanceof Error ? error.message : String(error)}`), genTime: null };
  }
}
