// Password-based encryption of PKCS#12 bags: PBES2 (PBKDF2 + AES-CBC or 3DES, what OpenSSL 3 writes by default
// and what writeP12 writes) and the older PKCS#12 schemes (SHA-1 + 3DES or RC2, what OpenSSL 1.x, Windows and
// `openssl pkcs12 -legacy` write). Node's OpenSSL does the ciphers it has; RC2 is in rc2.ts.

import { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bmpPassword, toArrayBuffer } from './bytes';
import { OID } from './oids';
import { KDF_PURPOSE, pkcs12Kdf } from './pkcs12-kdf';
import { rc2CbcDecrypt } from './rc2';
import { SigningError } from './signing-error';

const PRF_HASH: Record<string, string> = {
  [OID.hmacSha1]: 'sha1',
  [OID.hmacSha224]: 'sha224',
  [OID.hmacSha256]: 'sha256',
  [OID.hmacSha384]: 'sha384',
  [OID.hmacSha512]: 'sha512',
};

const PBES2_CIPHER: Record<string, { name: string; keyBytes: number }> = {
  [OID.aes128Cbc]: { name: 'aes-128-cbc', keyBytes: 16 },
  [OID.aes192Cbc]: { name: 'aes-192-cbc', keyBytes: 24 },
  [OID.aes256Cbc]: { name: 'aes-256-cbc', keyBytes: 32 },
  [OID.desEde3Cbc]: { name: 'des-ede3-cbc', keyBytes: 24 },
};

/** The PKCS#12 PBE schemes (RFC 7292 Appendix C); RC4 is left out: nothing current writes it. */
const PKCS12_PBE: Record<string, { cipher: 'des-ede3-cbc' | 'des-ede-cbc' | 'rc2'; keyBytes: number; rc2Bits?: number }> = {
  [OID.pbeSha1TripleDes]: { cipher: 'des-ede3-cbc', keyBytes: 24 },
  [OID.pbeSha1TwoKeyTripleDes]: { cipher: 'des-ede-cbc', keyBytes: 16 },
  [OID.pbeSha1Rc2_128]: { cipher: 'rc2', keyBytes: 16, rc2Bits: 128 },
  [OID.pbeSha1Rc2_40]: { cipher: 'rc2', keyBytes: 5, rc2Bits: 40 },
};

/** A cap on iteration counts read from a file, so a crafted file cannot hang the app. */
const MAX_ITERATIONS = 10_000_000;

function unsupported(what: string): SigningError {
  return new SigningError('unsupported-algorithm', `证书文件使用了不支持的加密算法 ${what} (unsupported encryption algorithm ${what})`);
}

function wrongPassphrase(): SigningError {
  return new SigningError('wrong-passphrase', '证书密码不正确 (wrong passphrase for the certificate file)');
}

function octets(value: unknown): Uint8Array {
  if (value instanceof asn1js.OctetString) return new Uint8Array(value.getValue());
  throw new SigningError('not-pkcs12', '证书文件的加密参数无法读取 (malformed encryption parameters)');
}

function decipher(name: string, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  try {
    const d = createDecipheriv(name, key, iv);
    return new Uint8Array(Buffer.concat([d.update(data), d.final()]));
  } catch {
    // A wrong key shows as bad padding. The MAC is checked first, so this is a file whose MAC was absent.
    throw wrongPassphrase();
  }
}

function decryptPbes2(params: unknown, passphrase: string, data: Uint8Array): Uint8Array {
  const pbes2 = new pkijs.PBES2Params({ schema: params });
  if (pbes2.keyDerivationFunc.algorithmId !== OID.pbkdf2) throw unsupported(`KDF ${pbes2.keyDerivationFunc.algorithmId}`);
  const kdf = new pkijs.PBKDF2Params({ schema: pbes2.keyDerivationFunc.algorithmParams });
  const prf = kdf.prf ? PRF_HASH[kdf.prf.algorithmId] : 'sha1';
  if (!prf) throw unsupported(`PRF ${kdf.prf?.algorithmId ?? ''}`);
  const cipher = PBES2_CIPHER[pbes2.encryptionScheme.algorithmId];
  if (!cipher) throw unsupported(pbes2.encryptionScheme.algorithmId);
  if (kdf.iterationCount < 1 || kdf.iterationCount > MAX_ITERATIONS) throw unsupported(`iterations=${kdf.iterationCount}`);
  const iv = octets(pbes2.encryptionScheme.algorithmParams);
  // PBKDF2 takes the passphrase's own bytes (UTF-8), unlike the PKCS#12 KDF's BMPString.
  const key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), octets(kdf.salt), kdf.iterationCount, cipher.keyBytes, prf);
  return decipher(cipher.name, key, iv, data);
}

function decryptPkcs12Pbe(oid: string, params: unknown, passphrase: string, data: Uint8Array): Uint8Array {
  const scheme = PKCS12_PBE[oid];
  if (!scheme) throw unsupported(oid);
  if (!(params instanceof asn1js.Sequence)) throw new SigningError('not-pkcs12', '证书文件的加密参数无法读取 (malformed PBE parameters)');
  const [saltNode, iterNode] = params.valueBlock.value;
  const salt = octets(saltNode);
  const iterations = iterNode instanceof asn1js.Integer ? iterNode.valueBlock.valueDec : 1;
  if (iterations < 1 || iterations > MAX_ITERATIONS) throw unsupported(`iterations=${iterations}`);
  const password = bmpPassword(passphrase);
  const key = pkcs12Kdf('sha1', password, salt, KDF_PURPOSE.key, iterations, scheme.keyBytes);
  const iv = pkcs12Kdf('sha1', password, salt, KDF_PURPOSE.iv, iterations, 8);
  if (scheme.cipher === 'rc2') {
    const plain = rc2CbcDecrypt(key, scheme.rc2Bits ?? 128, iv, data);
    if (!plain) throw wrongPassphrase();
    return plain;
  }
  return decipher(scheme.cipher, key, iv, data);
}

/** Decrypts `data` encrypted under `algorithm` (an EncryptedPrivateKeyInfo's or an EncryptedContentInfo's). */
export function decryptWithPassphrase(algorithm: pkijs.AlgorithmIdentifier, passphrase: string, data: Uint8Array): Uint8Array {
  if (algorithm.algorithmId === OID.pbes2) return decryptPbes2(algorithm.algorithmParams, passphrase, data);
  return decryptPkcs12Pbe(algorithm.algorithmId, algorithm.algorithmParams, passphrase, data);
}

export interface Pbes2Options {
  iterations: number;
}

/** Encrypts with PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC, OpenSSL 3's default. Returns the algorithm and the ciphertext. */
export function encryptPbes2(plain: Uint8Array, passphrase: string, options: Pbes2Options): { algorithm: pkijs.AlgorithmIdentifier; data: Uint8Array } {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, options.iterations, 32, 'sha256');
  const c = createCipheriv('aes-256-cbc', key, iv);
  const data = new Uint8Array(Buffer.concat([c.update(plain), c.final()]));
  const kdf = new pkijs.PBKDF2Params({
    salt: new asn1js.OctetString({ valueHex: toArrayBuffer(salt) }),
    iterationCount: options.iterations,
    prf: new pkijs.AlgorithmIdentifier({ algorithmId: OID.hmacSha256, algorithmParams: new asn1js.Null() }),
  });
  const params = new pkijs.PBES2Params({
    keyDerivationFunc: new pkijs.AlgorithmIdentifier({ algorithmId: OID.pbkdf2, algorithmParams: kdf.toSchema() }),
    encryptionScheme: new pkijs.AlgorithmIdentifier({ algorithmId: OID.aes256Cbc, algorithmParams: new asn1js.OctetString({ valueHex: toArrayBuffer(iv) }) }),
  });
  return { algorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.pbes2, algorithmParams: params.toSchema() }), data };
}
