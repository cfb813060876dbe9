// Ed25519 (RFC 8032): pure Ed25519 through node:crypto, and Ed25519ph over a SHA-512 digest the
// caller computed. node:crypto has no Ed25519ph, so that path uses @noble/curves' EdDSA with
// the RFC 8032 dom2 prefix (phflag 1, empty context) and the digest taken as PH(M).
import { sign, verify, type KeyObject } from 'node:crypto';
import { jwkField } from './key-pairs.js';

export function ed25519Sign(privateKey: KeyObject, message: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, message, privateKey));
}

export function ed25519Verify(publicKey: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    return verify(null, message, publicKey, signature);
  } catch {
    return false;
  }
}

interface EdDSA {
  sign(msg: Uint8Array, secretKey: Uint8Array): Uint8Array;
  verify(sig: Uint8Array, msg: Uint8Array, publicKey: Uint8Array, opts?: object): boolean;
}

let prehashed: Promise<EdDSA> | undefined;

/** Ed25519ph whose "message" is already PH(M) = SHA-512(M). */
function ed25519phOverDigest(): Promise<EdDSA> {
  prehashed ??= (async () => {
    const { ed25519 } = await import('@noble/curves/ed25519.js');
    const { eddsa } = await import('@noble/curves/abstract/edwards.js');
    const { sha512 } = await import('@noble/hashes/sha2.js');
    const prefix = new TextEncoder().encode('SigEd25519 no Ed25519 collisions');
    const dom2 = (data: Uint8Array, ctx: Uint8Array, phflag: boolean): Uint8Array => {
      const out = new Uint8Array(prefix.length + 2 + ctx.length + data.length);
      out.set(prefix);
      out.set([phflag ? 1 : 0, ctx.length], prefix.length);
      out.set(ctx, prefix.length + 2);
      out.set(data, prefix.length + 2 + ctx.length);
      return out;
    };
    const clamp = (bytes: Uint8Array): Uint8Array => {
      bytes[0] &= 248;
      bytes[31] &= 127;
      bytes[31] |= 64;
      return bytes;
    };
    return eddsa(ed25519.Point, sha512, { domain: dom2, prehash: (digest: Uint8Array) => digest, adjustScalarBytes: clamp }) as unknown as EdDSA;
  })();
  return prehashed;
}

export async function ed25519phSignDigest(privateKey: KeyObject, digest: Uint8Array): Promise<Uint8Array> {
  return (await ed25519phOverDigest()).sign(digest, jwkField(privateKey, 'd'));
}

export async function ed25519phVerifyDigest(publicKey: KeyObject, digest: Uint8Array, signature: Uint8Array): Promise<boolean> {
  try {
    return (await ed25519phOverDigest()).verify(signature, digest, jwkField(publicKey, 'x'), { zip215: false });
  } catch {
    return false;
  }
}
