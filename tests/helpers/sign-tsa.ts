// A timestamping authority on 127.0.0.1 for the tests (there is no network here): it answers RFC 3161 requests
// with a TimeStampToken signed by a test certificate — enough to exercise the client and the verifier's checks.

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { childrenOf, encodedBytes, parseDer } from '../../electron/main/signing/asn1';
import { toArrayBuffer } from '../../electron/main/signing/bytes';
import { certificateParts } from '../../electron/main/signing/certificate-parts';
import { TAG, algorithm, integer, octetString, oid, seq, setOf, tlv } from '../../electron/main/signing/der';
import { ecdsaRawToDer } from '../../electron/main/signing/ecdsa-signature';
import { OID } from '../../electron/main/signing/oids';
import { signingCertificateV2 } from '../../electron/main/signing/signed-attributes';
import { makeTestCertificate } from '../../electron/main/signing/test-certificate';

const generalizedTime = (d: Date): Uint8Array => tlv(0x18, new TextEncoder().encode(`${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`));

async function token(request: Uint8Array, key: CryptoKey, certificate: Uint8Array, genTime: Date, serial: number): Promise<Uint8Array> {
  const [, imprint, nonce] = childrenOf(parseDer(request));
  if (!imprint) throw new Error('bad request');
  const tstInfo = seq(integer(1), oid('1.2.3.4.1'), encodedBytes(imprint), integer(serial), generalizedTime(genTime), ...(nonce && nonce.idBlock.tagNumber === 2 ? [encodedBytes(nonce)] : []));
  const attrs = setOf(
    seq(oid(OID.contentType), setOf(oid(OID.tstInfo))),
    seq(oid(OID.messageDigest), setOf(octetString(createHash('sha256').update(tstInfo).digest()))),
    seq(oid(OID.signingCertificateV2), setOf(signingCertificateV2(certificate))),
  );
  const signature = ecdsaRawToDer(new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, toArrayBuffer(attrs))));
  const signedAttrs = Uint8Array.from(attrs);
  signedAttrs[0] = TAG.context(0);
  const { issuer, serialNumber } = certificateParts(certificate);
  const signerInfo = seq(integer(1), seq(issuer, serialNumber), algorithm(OID.sha256), signedAttrs, algorithm(OID.ecdsaWithSha256), octetString(signature));
  const signedData = seq(integer(3), setOf(algorithm(OID.sha256)), seq(oid(OID.tstInfo), tlv(TAG.context(0), octetString(tstInfo))), tlv(TAG.context(0), certificate), setOf(signerInfo));
  return seq(oid(OID.signedData), tlv(TAG.context(0), signedData));
}

export interface FakeTsa {
  url: string;
  genTime: Date;
  close(): Promise<void>;
}

export async function startFakeTsa(genTime = new Date(Math.floor(Date.now() / 1000) * 1000)): Promise<FakeTsa> {
  const tsa = await makeTestCertificate({ name: 'CaseChain 测试时间戳服务', org: '测试', algorithm: 'ec' });
  let serial = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      token(new Uint8Array(Buffer.concat(chunks)), tsa.privateKey, tsa.certificate, genTime, serial++).then(
        (t) => res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(Buffer.from(seq(seq(integer(0)), t))),
        () => res.writeHead(400).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`,
    genTime,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
