// The self-describing ciphertext of a symmetric KMS key:
//   0x01 | u16 length of the key ARN | key ARN (UTF-8) | 32-byte key material id | 12-byte IV |
//   AES-256-GCM ciphertext | 16-byte tag
// The header (everything before the IV) and the encoded encryption context are the GCM AAD,
// so a change to any byte of the blob, or a different context, fails authentication.
import { GCM_IV_LENGTH, GCM_TAG_LENGTH, gcmOpen, gcmSeal } from '../crypto/aes-gcm.js';
import { encodeEncryptionContext, type EncryptionContext } from './encryption-context.js';

const VERSION = 0x01;
export const MATERIAL_ID_LENGTH = 32;

export interface BlobHeader {
  keyArn: string;
  materialId: Uint8Array;
}

interface ParsedBlob extends BlobHeader {
  header: Uint8Array;
  iv: Uint8Array;
  body: Uint8Array;
}

function encodeHeader(keyArn: string, materialId: Uint8Array): Uint8Array {
  const arn = Buffer.from(keyArn, 'utf8');
  const header = Buffer.alloc(3 + arn.length + MATERIAL_ID_LENGTH);
  header[0] = VERSION;
  header.writeUInt16BE(arn.length, 1);
  arn.copy(header, 3);
  header.set(materialId, 3 + arn.length);
  return header;
}

/** Parses the header of a blob; undefined when it is not one of ours. */
export function parseCiphertextBlob(blob: Uint8Array): ParsedBlob | undefined {
  if (blob.length < 3 || blob[0] !== VERSION) return undefined;
  const arnLength = (blob[1] << 8) | blob[2];
  const headerLength = 3 + arnLength + MATERIAL_ID_LENGTH;
  if (blob.length < headerLength + GCM_IV_LENGTH + GCM_TAG_LENGTH) return undefined;
  const arnBytes = blob.subarray(3, 3 + arnLength);
  const keyArn = new TextDecoder('utf-8', { fatal: false }).decode(arnBytes);
  return {
    keyArn,
    materialId: blob.subarray(3 + arnLength, headerLength),
    header: blob.subarray(0, headerLength),
    iv: blob.subarray(headerLength, headerLength + GCM_IV_LENGTH),
    body: blob.subarray(headerLength + GCM_IV_LENGTH),
  };
}

function aad(header: Uint8Array, context: EncryptionContext | undefined): Uint8Array {
  return Buffer.concat([header, encodeEncryptionContext(context)]);
}

export function sealCiphertextBlob(keyArn: string, materialId: Uint8Array, key: Uint8Array, plaintext: Uint8Array, context: EncryptionContext | undefined): Uint8Array {
  const header = encodeHeader(keyArn, materialId);
  const { iv, ciphertextAndTag } = gcmSeal(key, plaintext, aad(header, context));
  return Buffer.concat([header, iv, ciphertextAndTag]);
}

/** The plaintext, or undefined when the blob or the context does not authenticate. */
export function openCiphertextBlob(blob: ParsedBlob, key: Uint8Array, context: EncryptionContext | undefined): Uint8Array | undefined {
  return gcmOpen(key, blob.iv, blob.body, aad(blob.header, context));
}
