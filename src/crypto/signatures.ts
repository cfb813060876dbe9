// Sign and verify a message (hashed here) or a digest (hashed by the caller) with RSASSA-PSS,
// RSASSA-PKCS1-v1_5 or ECDSA. Signatures are in the encodings KMS returns (DER for ECDSA).
import { constants, sign, verify, type KeyObject } from 'node:crypto';
import type { CurveName } from './curves.js';
import type { HashName } from './hashes.js';
import { ecdsaSignDigest, ecdsaVerifyDigest } from './ecdsa-digest.js';
import { pkcs1SignDigest, pkcs1VerifyDigest, pssSignDigest, pssVerifyDigest } from './rsa-digest.js';
import { digestLength } from './hashes.js';

export type SignatureScheme =
  | { kind: 'rsa-pss'; hash: 'sha256' | 'sha384' | 'sha512' }
  | { kind: 'rsa-pkcs1'; hash: 'sha256' | 'sha384' | 'sha512' }
  | { kind: 'ecdsa'; hash: 'sha256' | 'sha384' | 'sha512'; curve: CurveName };

function nodeOptions(key: KeyObject, scheme: SignatureScheme) {
  switch (scheme.kind) {
    case 'rsa-pss':
      return { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: digestLength(scheme.hash) };
    case 'rsa-pkcs1':
      return { key, padding: constants.RSA_PKCS1_PADDING };
    case 'ecdsa':
      return { key, dsaEncoding: 'der' as const };
  }
}

export function signMessage(privateKey: KeyObject, scheme: SignatureScheme, message: Uint8Array): Uint8Array {
  return new Uint8Array(sign(scheme.hash as HashName, message, nodeOptions(privateKey, scheme)));
}

export function verifyMessage(publicKey: KeyObject, scheme: SignatureScheme, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    return verify(scheme.hash, message, nodeOptions(publicKey, scheme), signature);
  } catch {
    return false;
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
  }
}
