// ECDSA over a precomputed digest (KMS MessageType DIGEST). node:crypto always hashes its
// input, so this path uses @noble/curves, loaded only when a DIGEST call needs it.
import type { KeyObject } from 'node:crypto';
import type { CurveName } from './curves.js';
import { jwkField } from './key-pairs.js';

interface NobleCurve {
  sign(msgHash: Uint8Array, secretKey: Uint8Array, opts: object): Uint8Array;
  verify(signature: Uint8Array, msgHash: Uint8Array, publicKey: Uint8Array, opts: object): boolean;
}

async function nobleCurve(curve: CurveName): Promise<NobleCurve> {
  if (curve === 'secp256k1') return (await import('@noble/curves/secp256k1.js')).secp256k1;
  const nist = await import('@noble/curves/nist.js');
  if (curve === 'P-256') return nist.p256;
  if (curve === 'P-384') return nist.p384;
  if (curve === 'P-521') return nist.p521;
  throw new Error(`no ECDSA on ${curve}`);
}

/** A DER-encoded ECDSA signature of `digest`, with hedged (RFC 6979 + random) nonces. */
export async function ecdsaSignDigest(privateKey: KeyObject, curve: CurveName, digest: Uint8Array): Promise<Uint8Array> {
  const d = jwkField(privateKey, 'd');
  const noble = await nobleCurve(curve);
  return noble.sign(digest, d, { prehash: false, format: 'der', extraEntropy: true });
}

export async function ecdsaVerifyDigest(publicKey: KeyObject, curve: CurveName, digest: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const point = Buffer.concat([Buffer.of(0x04), jwkField(publicKey, 'x'), jwkField(publicKey, 'y')]);
  const noble = await nobleCurve(curve);
  try {
    // lowS:false — signatures from other signers (OpenSSL, AWS) need not be low-S.
    return noble.verify(signature, digest, point, { prehash: false, format: 'der', lowS: false });
  } catch {
    return false;
  }
}
