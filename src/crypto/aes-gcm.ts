// AES-256-GCM with a fresh 96-bit IV per message; the tag is appended to the ciphertext.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const GCM_IV_LENGTH = 12;
export const GCM_TAG_LENGTH = 16;

export interface GcmSealed {
  iv: Uint8Array;
  /** ciphertext followed by the 16-byte tag */
  ciphertextAndTag: Uint8Array;
}

export function gcmSeal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): GcmSealed {
  const iv = randomBytes(GCM_IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_LENGTH });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { iv, ciphertextAndTag: body };
}

/** Returns the plaintext, or undefined when the tag does not authenticate. */
export function gcmOpen(key: Uint8Array, iv: Uint8Array, ciphertextAndTag: Uint8Array, aad: Uint8Array): Uint8Array | undefined {
  if (ciphertextAndTag.length < GCM_TAG_LENGTH || iv.length !== GCM_IV_LENGTH) return undefined;
  const split = ciphertextAndTag.length - GCM_TAG_LENGTH;
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: GCM_TAG_LENGTH });
  decipher.setAAD(aad);
  decipher.setAuthTag(ciphertextAndTag.subarray(split));
  try {
    return Buffer.concat([decipher.update(ciphertextAndTag.subarray(0, split)), decipher.final()]);
  } catch {
    return undefined;
  }
}
