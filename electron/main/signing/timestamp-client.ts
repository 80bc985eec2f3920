// An RFC 3161 timestamp over a signature value, from a timestamping authority (TSA) over HTTP, added to the
// SignerInfo as the id-aa-timeStampToken unsigned attribute (making the signature PAdES B-T). Without one, the
// signing time is the signer's computer clock and the case file says so.

import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { childrenOf, encodedBytes, octetsOf, oidOf, parseDer } from './asn1';
import { equalBytes, toArrayBuffer } from './bytes';
import { algorithm, derNull, integer, integerFromBytes, octetString, seq } from './der';
import { OID } from './oids';
import { SigningError } from './signing-error';

export interface TimestampOptions {
  /** Default 20 s. */
  timeoutMs?: number;
  /** For tests: a fetch that reaches a local server or fails on purpose. */
  fetch?: typeof fetch;
}

export interface Timestamp {
  /** The TimeStampToken (a CMS ContentInfo), DER, as the TSA sent it. */
  token: Uint8Array;
  genTime: Date;
}

const STATUS_ZH = ['已批准', '已批准（有修改）', '拒绝', '等待中', '撤销警告', '撤销通知'];

function failed(zh: string, en: string): SigningError {
  return new SigningError('timestamp-failed', `获取时间戳失败：${zh} (timestamp failed: ${en})`);
}

function request(imprint: Uint8Array, nonce: Uint8Array): Uint8Array {
  // TimeStampReq ::= SEQUENCE { version 1, messageImprint, reqPolicy OPTIONAL, nonce, certReq TRUE }
  return seq(integer(1), seq(algorithm(OID.sha256, derNull()), octetString(imprint)), integerFromBytes(nonce), Uint8Array.of(0x01, 0x01, 0xff));
}

async function post(url: string, body: Uint8Array, options: TimestampOptions): Promise<Uint8Array> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query', Accept: 'application/timestamp-reply' },
      body: toArrayBuffer(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    });
  } catch (error) {
    const detail = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw failed(`无法连接时间戳服务 ${url}（${detail}）`, `cannot reach the TSA at ${url}: ${detail}`);
  }
  if (!response.ok) throw failed(`时间戳服务 ${url} 返回 HTTP ${response.status}`, `the TSA answered HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Requests a timestamp over SHA-256(signatureValue) and checks the answer matches the request. */
export async function requestTimestamp(url: string, signatureValue: Uint8Array, options: TimestampOptions = {}): Promise<Timestamp> {
  const imprint = createHash('sha256').update(signatureValue).digest();
  const nonce = randomBytes(8);
  nonce[0] = (nonce[0] ?? 0) & 0x7f;
  const answer = await post(url, request(imprint, nonce), options);

  // TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken ContentInfo OPTIONAL }
  const [statusInfo, tokenNode] = childrenOf(parseDer(answer));
  const status = childrenOf(statusInfo)[0];
  if (!(status instanceof asn1js.Integer)) throw failed('时间戳服务的应答无法解析', 'the TSA reply is not a TimeStampResp');
  const code = status.valueBlock.valueDec;
  if (code !== 0 && code !== 1) throw failed(`时间戳服务拒绝了请求（状态 ${code}：${STATUS_ZH[code] ?? '未知'}）`, `the TSA refused the request (status ${code})`);
  if (!tokenNode || oidOf(childrenOf(tokenNode)[0]) !== OID.signedData) throw failed('应答中没有时间戳', 'the reply holds no token');

  const signedData = new pkijs.SignedData({ schema: childrenOf(childrenOf(tokenNode)[1])[0] });
  const eContent = signedData.encapContentInfo.eContent;
  const tstInfoBytes = eContent ? octetsOf(eContent) : null;
  if (signedData.encapContentInfo.eContentType !== OID.tstInfo || !tstInfoBytes) throw failed('时间戳内容无法解析', 'the token holds no TSTInfo');
  const tstInfo = pkijs.TSTInfo.fromBER(toArrayBuffer(tstInfoBytes));
  const tokenImprint = new Uint8Array(tstInfo.messageImprint.hashedMessage.getValue());
  if (tstInfo.messageImprint.hashAlgorithm.algorithmId !== OID.sha256 || !equalBytes(tokenImprint, imprint)) {
    throw failed('时间戳所盖的摘要与签名不符', 'the token does not cover this signature');
  }
  const tokenNonce = tstInfo.nonce ? new Uint8Array(tstInfo.nonce.valueBlock.valueHexView) : null;
  if (tokenNonce && !equalBytes(tokenNonce, new Uint8Array(new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }).valueBlock.valueHexView))) {
    throw failed('时间戳的随机数与请求不符', 'the token nonce does not match the request');
  }
  return { token: encodedBytes(tokenNode), genTime: tstInfo.genTime };
}
