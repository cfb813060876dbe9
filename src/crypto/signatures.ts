// Sign and verify with RSASSA-PSS, RSASSA-PKCS1-v1_5, ECDSA and Ed25519, over a message (hashed
// here, as KMS MessageType RAW) or over a digest the caller computed (DIGEST). Signatures are
// in the encodings KMS returns (DER for ECDSA and SM2DSA, 64 bytes for Ed25519).
import { constants, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { CurveName } from './curves.js';
import { ecdsaSignDigest, ecdsaVerifyDigest } from './ecdsa-digest.js';
import { ed25519phSignDigest, ed25519phVerifyDigest, ed25519Sign, ed25519Verify } from './ed25519.js';
import { digestLength } from './hashes.js';
import { sm2Digest, sm2SignDigest, sm2VerifyDigest } from './sm2.js';
import { pkcs1SignDigest, pkcs1VerifyDigest, pssSignDigest, pssVerifyDigest } from './rsa-digest.js';

export type ShaName = 'sha256' | 'sha384' | 'sha512';

export type SignatureScheme =
  | { kind: 'rsa-pss'; hash: ShaName }
  | { kind: 'rsa-pkcs1'; hash: ShaName }
  | { kind: 'ecdsa'; hash: ShaName; curve: CurveName }
  /** pure Ed25519: the message itself */
  | { kind: 'ed25519' }
  /** Ed25519ph: a SHA-512 digest */
  | { kind: 'ed25519ph'; hash: 'sha512' }
  /** SM2DSA: RAW is SM3(Z ‖ M) with the default distinguishing ID; DIGEST is that value */
  | { kind: 'sm2dsa'; hash: 'sm3' };

function nodeOptions(key: KeyObject, scheme: SignatureScheme) {
  switch (scheme.kind) {
    case 'rsa-pss':
      return { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: digestLength(scheme.hash) };
    case 'rsa-pkcs1':
      return { key, padding: constants.RSA_PKCS1_PADDING };
    default:
      return { key, dsaEncoding: 'der' as const };
  }
}

/** Signs the message itself (hashing it first, where the scheme hashes). */
export async function signMessage(privateKey: KeyObject, scheme: SignatureScheme, message: Uint8Array): Promise<Uint8Array> {
  switch (scheme.kind) {
    case 'ed25519':
      return ed25519Sign(privateKey, message);
    case 'ed25519ph':
      throw new Error('Ed25519ph signs digests');
    case 'sm2dsa':
      return sm2SignDigest(privateKey, sm2Digest(createPublicKey(privateKey), message));
    default:
      return new Uint8Array(sign(scheme.hash, message, nodeOptions(privateKey, scheme)));
  }
}

export async function verifyMessage(publicKey: KeyObject, scheme: SignatureScheme, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  switch (scheme.kind) {
    case 'ed25519':
      return ed25519Verify(publicKey, message, signature);
    case 'ed25519ph':
      throw new Error('Ed25519ph verifies digests');
    case 'sm2dsa':
      return sm2VerifyDigest(publicKey, sm2Digest(publicKey, message), signature);
    default:
      try {
        return verify(scheme.hash, message, nodeOptions(publicKey, scheme), signature);
      } catch {
        return false;
      }
  }
}

export async function signDigest(privateKey: KeyObject, scheme: SignatureScheme, mHash: Uint8Array): Promise<Uint8Array> {
  switch (scheme.kind) {
    case 'rsa-pss':
      return pssSignDigest(privateKey, scheme.hash, mHash);
    case 'rsa-pkcs1':
      return pkcs1SignDigest(privateKey, scheme.hash, mHash);
    case 'ecdsa':
      return ecdsaSignDigest(privateKey, scheme.curve, mHash);
    case 'ed25519ph':
      return ed25519phSignDigest(privateKey, mHash);
    case 'sm2dsa':
      return sm2SignDigest(privateKey, mHash);
    case 'ed25519':
      throw new Error('pure Ed25519 signs messages');
  }
}

export async function verifyDigest(publicKey: KeyObject, scheme: SignatureScheme, mHash: Uint8Array, signature: Uint8Array): Promise<boolean> {
  switch (scheme.kind) {
    case 'rsa-pss':
      return pssVerifyDigest(publicKey, scheme.hash, mHash, signature);
    case 'rsa-pkcs1':
      return pkcs1VerifyDigest(publicKey, scheme.hash, mHash, signature);
    case 'ecdsa':
      return ecdsaVerifyDigest(publicKey, scheme.curve, mHash, signature);
    case 'ed25519ph':
      return ed25519phVerifyDigest(publicKey, mHash, signature);
    case 'sm2dsa':
      return sm2VerifyDigest(publicKey, mHash, signature);
    case 'ed25519':
      throw new Error('pure Ed25519 verifies messages');
  }
}
