// Writes a PKCS#12 file as OpenSSL 3 does by default: the key in a PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC)
// shrouded bag, the certificates in a PBES2-encrypted SafeContents, and an HMAC-SHA256 integrity MAC. Both
// readP12 and `openssl pkcs12` read it.

import type { webcrypto } from 'node:crypto';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import { bmpPassword, toArrayBuffer } from './bytes';
import { OID } from './oids';
import { encryptPbes2 } from './pbe';
import { KDF_PURPOSE, pkcs12Kdf } from './pkcs12-kdf';

export interface WriteP12Options {
  /** PBKDF2 and MAC iterations; default 100,000. */
  iterations?: number;
  friendlyName?: string;
}

const octets = (bytes: Uint8Array): asn1js.OctetString => new asn1js.OctetString({ valueHex: toArrayBuffer(bytes) });
const explicit0 = (value: asn1js.AsnType): asn1js.Constructed => new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [value] });
const oid = (value: string): asn1js.ObjectIdentifier => new asn1js.ObjectIdentifier({ value });

function bagAttributes(localKeyId: Uint8Array, friendlyName: string | undefined): asn1js.Set {
  const attrs: asn1js.Sequence[] = [];
  if (friendlyName) attrs.push(new asn1js.Sequence({ value: [oid(OID.friendlyName), new asn1js.Set({ value: [new asn1js.BmpString({ value: friendlyName })] })] }));
  attrs.push(new asn1js.Sequence({ value: [oid(OID.localKeyId), new asn1js.Set({ value: [octets(localKeyId)] })] }));
  return new asn1js.Set({ value: attrs });
}

/**
 * @param privateKey an extractable key (as makeTestCertificate makes)
 * @param chain DER certificates, the key's own first
 */
export async function writeP12(privateKey: webcrypto.CryptoKey, chain: readonly Uint8Array[], passphrase: string, options: WriteP12Options = {}): Promise<Uint8Array> {
  const iterations = options.iterations ?? 100_000;
  const [own] = chain;
  if (!own) throw new Error('writeP12 needs the key’s certificate');
  const localKeyId = createHash('sha1').update(own).digest();
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey));

  const shrouded = encryptPbes2(pkcs8, passphrase, { iterations });
  const keyBag = new asn1js.Sequence({
    value: [oid(OID.pkcs8ShroudedKeyBag), explicit0(new asn1js.Sequence({ value: [shrouded.algorithm.toSchema(), octets(shrouded.data)] })), bagAttributes(localKeyId, options.friendlyName)],
  });
  const certBags = chain.map((der, i) => {
    const bag: asn1js.AsnType[] = [oid(OID.certBag), explicit0(new asn1js.Sequence({ value: [oid(OID.x509Certificate), explicit0(octets(der))] }))];
    if (i === 0) bag.push(bagAttributes(localKeyId, options.friendlyName));
    return new asn1js.Sequence({ value: bag });
  });

  const certContents = new Uint8Array(new asn1js.Sequence({ value: certBags }).toBER(false));
  const encryptedCerts = encryptPbes2(certContents, passphrase, { iterations });
  const certsInfo = new asn1js.Sequence({
    value: [
      oid(OID.encryptedData),
      explicit0(
        new asn1js.Sequence({
          value: [
            new asn1js.Integer({ value: 0 }),
            new asn1js.Sequence({
              value: [oid(OID.data), encryptedCerts.algorithm.toSchema(), new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 }, valueHex: toArrayBuffer(encryptedCerts.data) })],
            }),
          ],
        }),
      ),
    ],
  });
  const keyContents = new Uint8Array(new asn1js.Sequence({ value: [keyBag] }).toBER(false));
  const keyInfo = new asn1js.Sequence({ value: [oid(OID.data), explicit0(octets(keyContents))] });
  const authSafe = new Uint8Array(new asn1js.Sequence({ value: [certsInfo, keyInfo] }).toBER(false));

  const salt = randomBytes(16);
  const macKey = pkcs12Kdf('sha256', bmpPassword(passphrase), salt, KDF_PURPOSE.mac, iterations, 32);
  const mac = createHmac('sha256', macKey).update(authSafe).digest();
  const pfx = new asn1js.Sequence({
    value: [
      new asn1js.Integer({ value: 3 }),
      new asn1js.Sequence({ value: [oid(OID.data), explicit0(octets(authSafe))] }),
      new asn1js.Sequence({
        value: [
          new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [oid(OID.sha256), new asn1js.Null()] }), octets(mac)] }),
          octets(salt),
          new asn1js.Integer({ value: iterations }),
        ],
      }),
    ],
  });
  return new Uint8Array(pfx.toBER(false));
}
