// CiphertextForRecipient: a CMS EnvelopedData for an enclave's RSA key, laid out as AWS KMS
// lays it out — BER with indefinite-length outer wrappers (the Nitro Enclaves SDK's parser needs
// them), one KeyTransRecipientInfo naming the key by a 32-byte subjectKeyIdentifier,
// RSAES-OAEP with SHA-256 (and MGF1-SHA-256) key transport, AES-256-CBC content. No library
// writes this shape (pkijs writes DER and names recipients by issuer and serial), so it is here.
import { constants, createCipheriv, createHash, publicEncrypt, randomBytes, type KeyObject } from 'node:crypto';
import { octetString, sequence, tlv } from './der.js';

const oid = (hex: string): Uint8Array => tlv(0x06, Buffer.from(hex, 'hex'));
const ENVELOPED_DATA = oid('2a864886f70d010703');
const DATA = oid('2a864886f70d010701');
const RSAES_OAEP = oid('2a864886f70d010107');
const MGF1 = oid('2a864886f70d010108');
const SHA256 = oid('608648016503040201');
const AES256_CBC = oid('60864801650304012a');
const NULL = Uint8Array.of(0x05, 0x00);
const VERSION_2 = tlv(0x02, Uint8Array.of(2));

/** A constructed value with indefinite length (BER): tag, 0x80, contents, end-of-contents. */
const indefinite = (tag: number, ...contents: Uint8Array[]): Uint8Array => Buffer.concat([Uint8Array.of(tag, 0x80), ...contents, Uint8Array.of(0, 0)]);

const sha256Algorithm = sequence(SHA256, NULL);
// RSAES-OAEP-params { [0] SHA-256, [1] MGF1(SHA-256) }; the label is empty (pSourceAlgorithm default)
const oaepAlgorithm = sequence(RSAES_OAEP, sequence(tlv(0xa0, sha256Algorithm), tlv(0xa1, sequence(MGF1, sha256Algorithm))));

export function envelopeForRecipient(recipientKey: KeyObject, plaintext: Uint8Array): Uint8Array {
  const spki = recipientKey.export({ format: 'der', type: 'spki' });
  const contentKey = randomBytes(32);
  const iv = randomBytes(16);
  const encryptedKey = publicEncrypt({ key: recipientKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, contentKey);
  const cipher = createCipheriv('aes-256-cbc', contentKey, iv);
  const content = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const recipient = sequence(VERSION_2, tlv(0x80, createHash('sha256').update(spki).digest()), oaepAlgorithm, octetString(encryptedKey));
  const encryptedContentInfo = indefinite(0x30, DATA, sequence(AES256_CBC, octetString(iv)), indefinite(0xa0, octetString(content)));
  return indefinite(0x30, ENVELOPED_DATA, indefinite(0xa0, indefinite(0x30, VERSION_2, tlv(0x31, recipient), encryptedContentInfo)));
}
