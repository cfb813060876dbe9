// Asymmetric key pair generation and DER import/export (SPKI public, PKCS#8 private).
import { createPrivateKey, createPublicKey, generateKeyPair, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { CURVES, type CurveName } from './curves.js';
import { generateEcDerKeyPair, generateEd25519DerKeyPair } from './key-pair-der.js';

function generate(type: 'rsa' | 'ec' | 'ed25519', options: object): Promise<{ publicKey: Buffer; privateKey: Buffer }> {
  return new Promise((resolve, reject) => {
    generateKeyPair(type as 'rsa', options as never, (err: Error | null, publicKey: unknown, privateKey: unknown) => {
      if (err) reject(err);
      else resolve({ publicKey: publicKey as Buffer, privateKey: privateKey as Buffer });
    });
  });
}

export type KeyPairKind = { kind: 'rsa'; bits: number } | { kind: 'ec'; curve: CurveName } | { kind: 'ed25519' };

export interface DerKeyPair {
  /** DER SubjectPublicKeyInfo */
  publicKey: Uint8Array;
  /** DER PKCS#8 PrivateKeyInfo */
  privateKey: Uint8Array;
}

export async function generateDerKeyPair(kind: KeyPairKind): Promise<DerKeyPair> {
  const handWritten = kind.kind === 'ec' ? generateEcDerKeyPair(kind.curve) : undefined;
  if (handWritten) return handWritten;
  const spki = { type: 'spki', format: 'der' } as const;
  const pkcs8 = { type: 'pkcs8', format: 'der' } as const;
  let pair: { publicKey: Buffer; privateKey: Buffer };
  if (kind.kind === 'rsa') pair = await generate('rsa', { modulusLength: kind.bits, publicExponent: 0x10001, publicKeyEncoding: spki, privateKeyEncoding: pkcs8 });
  // elliptic-curve keys take well under a millisecond: a thread-pool round trip would cost more than the work
  else if (kind.kind === 'ec') pair = generateKeyPairSync('ec', { namedCurve: CURVES[kind.curve].opensslName, publicKeyEncoding: spki, privateKeyEncoding: pkcs8 });
  else return generateEd25519DerKeyPair();
  return { publicKey: new Uint8Array(pair.publicKey), privateKey: new Uint8Array(pair.privateKey) };
}

/** A base64url field of a key's JWK (d, x, y) as bytes. */
export function jwkField(key: KeyObject, field: 'd' | 'x' | 'y'): Uint8Array {
  const value = key.export({ format: 'jwk' })[field];
  if (typeof value !== 'string') throw new Error(`the key has no JWK field ${field}`);
  return new Uint8Array(Buffer.from(value, 'base64url'));
}

export function privateKeyFromPkcs8(der: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
}

export function publicKeyFromSpki(der: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
}

