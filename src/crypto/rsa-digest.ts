// RSA signatures over a digest the caller already computed (KMS MessageType DIGEST).
// node:crypto always hashes its input, so PKCS #1 v1.5 signs the DER DigestInfo with
// RSA_PKCS1_PADDING, and PSS encodes EMSA-PSS (RFC 8017 §9.1) here and applies raw RSA.
import { constants, privateEncrypt, publicDecrypt, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { digest, digestLength, type HashName } from './hashes.js';

const DIGEST_INFO_PREFIX: Readonly<Record<'sha256' | 'sha384' | 'sha512', string>> = {
  sha256: '3031300d060960864801650304020105000420',
  sha384: '3041300d060960864801650304020205000430',
  sha512: '3051300d060960864801650304020305000440',
};

type SigningHash = 'sha256' | 'sha384' | 'sha512';

function digestInfo(hash: SigningHash, mHash: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(DIGEST_INFO_PREFIX[hash], 'hex'), mHash]);
}

export function pkcs1SignDigest(privateKey: KeyObject, hash: SigningHash, mHash: Uint8Array): Uint8Array {
  return new Uint8Array(privateEncrypt({ key: privateKey, padding: constants.RSA_PKCS1_PADDING }, digestInfo(hash, mHash)));
}

export function pkcs1VerifyDigest(publicKey: KeyObject, hash: SigningHash, mHash: Uint8Array, signature: Uint8Array): boolean {
  const recovered = rsaPublic(publicKey, signature, constants.RSA_PKCS1_PADDING);
  const expected = digestInfo(hash, mHash);
  return recovered !== undefined && recovered.length === expected.length && timingSafeEqual(recovered, expected);
}

function modulusBits(key: KeyObject): number {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (!bits) throw new Error('not an RSA key');
  return bits;
}

function rsaPublic(publicKey: KeyObject, signature: Uint8Array, padding: number): Buffer | undefined {
  if (signature.length !== Math.ceil(modulusBits(publicKey) / 8)) return undefined;
  try {
    return publicDecrypt({ key: publicKey, padding }, signature);
  } catch {
    return undefined;
  }
}

function mgf1(hash: HashName, seed: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  const counter = new Uint8Array(4);
  for (let offset = 0, i = 0; offset < length; i++) {
    new DataView(counter.buffer).setUint32(0, i);
    const block = digest(hash, seed, counter);
    out.set(block.subarray(0, Math.min(block.length, length - offset)), offset);
    offset += block.length;
  }
  return out;
}

/** RSASSA-PSS over mHash with salt length = digest length, as KMS signs. */
export function pssSignDigest(privateKey: KeyObject, hash: SigningHash, mHash: Uint8Array): Uint8Array {
  const bits = modulusBits(privateKey);
  const emBits = bits - 1;
  const emLen = Math.ceil(emBits / 8);
  const hLen = digestLength(hash);
  const salt = randomBytes(hLen);
  const h = digest(hash, new Uint8Array(8), mHash, salt);
  const db = new Uint8Array(emLen - hLen - 1);
  db[db.length - hLen - 1] = 0x01;
  db.set(salt, db.length - hLen);
  const mask = mgf1(hash, h, db.length);
  for (let i = 0; i < db.length; i++) db[i] ^= mask[i];
  db[0] &= 0xff >> (8 * emLen - emBits);
  const em = new Uint8Array(Math.ceil(bits / 8));
  em.set(db, em.length - emLen);
  em.set(h, em.length - hLen - 1);
  em[em.length - 1] = 0xbc;
  return new Uint8Array(privateEncrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, em));
}

export function pssVerifyDigest(publicKey: KeyObject, hash: SigningHash, mHash: Uint8Array, signature: Uint8Array): boolean {
  const recovered = rsaPublic(publicKey, signature, constants.RSA_NO_PADDING);
  if (!recovered) return false;
  const bits = modulusBits(publicKey);
  const emBits = bits - 1;
  const emLen = Math.ceil(emBits / 8);
  const hLen = digestLength(hash);
  if (recovered.length - emLen === 1 && recovered[0] !== 0) return false;
  const em = recovered.subarray(recovered.length - emLen);
  if (em[emLen - 1] !== 0xbc) return false;
  const db = new Uint8Array(em.subarray(0, emLen - hLen - 1));
  const h = em.subarray(emLen - hLen - 1, emLen - 1);
  const topBits = 0xff << (8 - (8 * emLen - emBits)) & 0xff;
  if ((db[0] & topBits) !== 0) return false;
  const mask = mgf1(hash, h, db.length);
  for (let i = 0; i < db.length; i++) db[i] ^= mask[i];
  db[0] &= 0xff >> (8 * emLen - emBits);
  const separator = db.length - hLen - 1;
  if (db[separator] !== 0x01 || db.subarray(0, separator).some((b) => b !== 0)) return false;
  const expected = digest(hash, new Uint8Array(8), mHash, db.subarray(separator + 1));
  return timingSafeEqual(expected, h);
}
