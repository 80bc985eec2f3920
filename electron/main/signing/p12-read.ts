// Reads a PKCS#12 (.p12/.pfx) file: checks its integrity MAC with the passphrase (a mismatch means a wrong
// passphrase), decrypts its bags (PBES2 as OpenSSL 3 writes, or the older SHA-1 3DES/RC2 schemes), and returns the
// private key as a non-extractable WebCrypto key with the signer's certificate and its issuers.

import type { webcrypto } from 'node:crypto';
import { X509Certificate, createHmac, createPrivateKey, createPublicKey, timingSafeEqual } from 'node:crypto';
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { childrenOf, encodedBytes, implicitOctetsOf, octetsOf, oidOf, parseDer } from './asn1';
import { bmpPassword, equalBytes, toArrayBuffer } from './bytes';
import { HASH_BY_OID, OID } from './oids';
import { decryptWithPassphrase } from './pbe';
import { KDF_PURPOSE, pkcs12Kdf } from './pkcs12-kdf';
import { isSelfSigned } from './certificate-info';
import { SigningError } from './signing-error';

export type KeyAlgorithm = 'rsa' | 'ec';

export interface SigningIdentity {
  /** Non-extractable; RSASSA-PKCS1-v1_5 with SHA-256, or ECDSA on P-256/P-384 (signing with SHA-256). */
  privateKey: webcrypto.CryptoKey;
  algorithm: KeyAlgorithm;
  /** DER certificates: the signer's first, then its issuers as far as the file holds them. */
  chain: Uint8Array[];
}

interface RawBag {
  kind: 'key' | 'cert';
  der: Uint8Array;
  localKeyId: Uint8Array | null;
}

const MAX_MAC_ITERATIONS = 10_000_000;

function notPkcs12(detail: string): SigningError {
  return new SigningError('not-pkcs12', `不是有效的 PKCS#12 证书文件：${detail} (not a valid PKCS#12 file: ${detail})`);
}

function checkMac(pfx: pkijs.PFX, authSafe: Uint8Array, passphrase: string): void {
  const mac = pfx.macData;
  if (!mac) return;
  const algorithm = mac.mac.digestAlgorithm.algorithmId;
  if (algorithm === OID.pbmac1) {
    throw new SigningError('unsupported-algorithm', '证书文件使用 PBMAC1 完整性保护，暂不支持；请用 OpenSSL 3.0 默认参数重新导出 (PBMAC1 integrity is not supported)');
  }
  const hash = HASH_BY_OID[algorithm];
  if (!hash) throw new SigningError('unsupported-algorithm', `证书文件的完整性校验算法 ${algorithm} 不受支持 (unsupported MAC algorithm)`);
  const iterations = mac.iterations ?? 1;
  if (iterations < 1 || iterations > MAX_MAC_ITERATIONS) throw notPkcs12(`MAC iterations ${iterations}`);
  const salt = new Uint8Array(mac.macSalt.getValue());
  const expected = new Uint8Array(mac.mac.digest.getValue());
  const length = expected.byteLength;
  const key = pkcs12Kdf(hash, bmpPassword(passphrase), salt, KDF_PURPOSE.mac, iterations, length);
  const actual = createHmac(hash, key).update(authSafe).digest();
  if (actual.byteLength !== length || !timingSafeEqual(actual, expected)) {
    throw new SigningError('wrong-passphrase', '证书密码不正确 (wrong passphrase for the certificate file)');
  }
}

function attributeValue(bag: asn1js.AsnType, oid: string): asn1js.AsnType | null {
  const attributes = childrenOf(bag)[2];
  for (const attribute of childrenOf(attributes)) {
    const [type, values] = childrenOf(attribute);
    if (oidOf(type) === oid) return childrenOf(values)[0] ?? null;
  }
  return null;
}

function collectBags(safeContents: Uint8Array, passphrase: string, out: RawBag[]): void {
  const root = parseDer(safeContents);
  if (!root) throw notPkcs12('SafeContents');
  for (const bag of childrenOf(root)) {
    const [idNode, wrapped] = childrenOf(bag);
    const value = childrenOf(wrapped)[0];
    const localKeyId = octetsOf(attributeValue(bag, OID.localKeyId));
    switch (oidOf(idNode)) {
      case OID.keyBag:
        if (value) out.push({ kind: 'key', der: encodedBytes(value), localKeyId });
        break;
      case OID.pkcs8ShroudedKeyBag: {
        const [algorithm, data] = childrenOf(value);
        const encrypted = octetsOf(data);
        if (!algorithm || !encrypted) throw notPkcs12('EncryptedPrivateKeyInfo');
        const der = decryptWithPassphrase(new pkijs.AlgorithmIdentifier({ schema: algorithm }), passphrase, encrypted);
        out.push({ kind: 'key', der, localKeyId });
        break;
      }
      case OID.certBag: {
        const [certType, certValue] = childrenOf(value);
        const der = octetsOf(childrenOf(certValue)[0]);
        // Only X.509 certificates; SDSI certificates are not used for PDF signing.
        if (oidOf(certType) === OID.x509Certificate && der) out.push({ kind: 'cert', der, localKeyId });
        break;
      }
      case OID.safeContentsBag:
        if (value) collectBags(encodedBytes(value), passphrase, out);
        break;
      default:
        break; // CRL and secret bags carry nothing a signer needs
    }
  }
}

function readAuthenticatedSafe(authSafe: Uint8Array, passphrase: string): RawBag[] {
  const root = parseDer(authSafe);
  if (!root) throw notPkcs12('AuthenticatedSafe');
  const bags: RawBag[] = [];
  for (const contentInfo of childrenOf(root)) {
    const [typeNode, explicit] = childrenOf(contentInfo);
    const content = childrenOf(explicit)[0];
    const type = oidOf(typeNode);
    if (type === OID.data) {
      const data = octetsOf(content);
      if (!data) throw notPkcs12('data');
      collectBags(data, passphrase, bags);
    } else if (type === OID.encryptedData) {
      // EncryptedData ::= SEQUENCE { version, EncryptedContentInfo ::= SEQUENCE { contentType, algorithm, [0] IMPLICIT OCTET STRING } }
      const [, info] = childrenOf(content);
      const [, algorithm, encryptedContent] = childrenOf(info);
      const ciphertext = implicitOctetsOf(encryptedContent);
      if (!algorithm || !ciphertext) throw notPkcs12('EncryptedData');
      collectBags(decryptWithPassphrase(new pkijs.AlgorithmIdentifier({ schema: algorithm }), passphrase, ciphertext), passphrase, bags);
    } else {
      throw new SigningError('unsupported-algorithm', '证书文件使用公钥加密（EnvelopedData），暂不支持 (public-key encrypted PKCS#12 is not supported)');
    }
  }
  return bags;
}

function webCryptoAlgorithm(pkcs8: Uint8Array): { algorithm: webcrypto.RsaHashedImportParams | webcrypto.EcKeyImportParams; kind: KeyAlgorithm } {
  const [, algorithm] = childrenOf(parseDer(pkcs8));
  const [oidNode, params] = childrenOf(algorithm);
  const oid = oidOf(oidNode);
  if (oid === OID.rsaEncryption) return { algorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, kind: 'rsa' };
  if (oid === OID.ecPublicKey) {
    const curve = oidOf(params);
    if (curve === OID.p256) return { algorithm: { name: 'ECDSA', namedCurve: 'P-256' }, kind: 'ec' };
    if (curve === OID.p384) return { algorithm: { name: 'ECDSA', namedCurve: 'P-384' }, kind: 'ec' };
    if (curve === '1.2.156.10197.1.301') {
      throw new SigningError('unsupported-algorithm', '暂不支持 SM2（国密）证书签名，请使用 RSA 或 ECDSA P-256 证书 (SM2 keys are not supported yet)');
    }
    throw new SigningError('unsupported-algorithm', `不支持的椭圆曲线 ${curve ?? '(显式参数)'} (unsupported curve; use P-256)`);
  }
  if (oid === OID.rsaPss) throw new SigningError('unsupported-algorithm', '暂不支持 RSA-PSS 密钥 (RSA-PSS keys are not supported)');
  throw new SigningError('unsupported-algorithm', `不支持的密钥算法 ${oid ?? '?'}（支持 RSA 与 ECDSA P-256）(unsupported key algorithm)`);
}

function spkiOfPrivateKey(pkcs8: Uint8Array): Uint8Array {
  const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  return new Uint8Array(createPublicKey(key).export({ type: 'spki', format: 'der' }));
}

function spkiOfCertificate(cert: X509Certificate): Uint8Array {
  return new Uint8Array(cert.publicKey.export({ type: 'spki', format: 'der' }));
}

/** The signer's certificate followed by its issuers, each one checked to have signed the one before. */
export function orderChain(signer: X509Certificate, others: readonly X509Certificate[]): X509Certificate[] {
  const chain = [signer];
  const pool = others.filter((c) => c.fingerprint256 !== signer.fingerprint256);
  let current = signer;
  while (!isSelfSigned(current)) {
    const issuer = pool.find((c) => current.checkIssued(c) && current.verify(c.publicKey));
    if (!issuer) break;
    chain.push(issuer);
    pool.splice(pool.indexOf(issuer), 1);
    current = issuer;
  }
  return chain;
}

/**
 * Reads a PKCS#12 file with its passphrase.
 * @throws SigningError reason wrong-passphrase, not-pkcs12, no-private-key, no-certificate,
 *   key-certificate-mismatch or unsupported-algorithm
 */
export async function readP12(bytes: Uint8Array, passphrase: string): Promise<SigningIdentity> {
  const root = parseDer(bytes);
  if (!root) throw notPkcs12('无法解析 ASN.1 (not DER)');
  let pfx: pkijs.PFX;
  try {
    pfx = new pkijs.PFX({ schema: root });
  } catch {
    throw notPkcs12('PFX');
  }
  if (pfx.authSafe.contentType === OID.signedData) {
    throw new SigningError('unsupported-algorithm', '证书文件使用公钥完整性保护，暂不支持 (public-key integrity mode is not supported)');
  }
  const authSafe = octetsOf(pfx.authSafe.content);
  if (pfx.authSafe.contentType !== OID.data || !authSafe) throw notPkcs12('authSafe');
  checkMac(pfx, authSafe, passphrase);

  const bags = readAuthenticatedSafe(authSafe, passphrase);
  const keys = bags.filter((b) => b.kind === 'key');
  const certBags = bags.filter((b) => b.kind === 'cert');
  if (keys.length === 0) throw new SigningError('no-private-key', '证书文件中没有私钥，只有证书；请导出包含私钥的 .p12/.pfx 文件 (the file holds no private key)');
  if (certBags.length === 0) throw new SigningError('no-certificate', '证书文件中没有证书 (the file holds no certificate)');

  const certs = certBags.map((b) => ({ bag: b, x509: new X509Certificate(Buffer.from(b.der)) }));
  let signer: { key: RawBag; cert: X509Certificate } | null = null;
  for (const key of keys) {
    const spki = spkiOfPrivateKey(key.der);
    const match = certs.find((c) => equalBytes(spkiOfCertificate(c.x509), spki));
    if (match) {
      signer = { key, cert: match.x509 };
      break;
    }
  }
  if (!signer) throw new SigningError('key-certificate-mismatch', '证书文件中的私钥与证书不匹配 (no certificate matches the private key)');

  const { algorithm, kind } = webCryptoAlgorithm(signer.key.der);
  const privateKey = await crypto.subtle.importKey('pkcs8', toArrayBuffer(signer.key.der), algorithm, false, ['sign']);
  const chain = orderChain(
    signer.cert,
    certs.map((c) => c.x509),
  ).map((c) => new Uint8Array(c.raw));
  return { privateKey, algorithm: kind, chain };
}
