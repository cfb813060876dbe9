// RSAES-OAEP (PKCS #1 v2.2) with the same hash for OAEP and MGF1, as KMS's RSAES_OAEP_SHA_*.
import { constants, privateDecrypt, publicEncrypt, type KeyObject } from 'node:crypto';
import { digestLength, type HashName } from './hashes.js';

export function oaepEncrypt(publicKey: KeyObject, hash: HashName, plaintext: Uint8Array): Uint8Array {
  return new Uint8Array(publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: hash }, plaintext));
}

/** Returns the plaintext, or undefined when the ciphertext does not decode. */
export function oaepDecrypt(privateKey: KeyObject, hash: HashName, ciphertext: Uint8Array): Uint8Array | undefined {
  try {
    return new Uint8Array(privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: hash }, ciphertext));
  } catch {
    return undefined;
  }
}

/** The largest plaintext OAEP carries under a modulus of `modulusBits`: k - 2·hLen - 2. */
export function oaepMaxPlaintextLength(modulusBits: number, hash: HashName): number {
  return modulusBits / 8 - 2 * digestLength(hash) - 2;
}
