// The SHA-2 / SHA-1 / SM3 digests KMS algorithms name, by their node:crypto names.
import { createHash } from 'node:crypto';

export type HashName = 'sha1' | 'sha256' | 'sha384' | 'sha512' | 'sm3';

const LENGTHS: Readonly<Record<HashName, number>> = { sha1: 20, sha256: 32, sha384: 48, sha512: 64, sm3: 32 };

export function digestLength(hash: HashName): number {
  return LENGTHS[hash];
}

export function digest(hash: HashName, ...parts: Uint8Array[]): Uint8Array {
  const h = createHash(hash);
  for (const part of parts) h.update(part);
  return new Uint8Array(h.digest());
}
