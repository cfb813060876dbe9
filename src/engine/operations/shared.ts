// Checks several operations share that are not part of the key lookup itself.
import type { RequestContext } from '../context.js';
import type { EncryptionContext } from '../encryption-context.js';
import { KmsError } from '../errors.js';
import { findSealingKey } from '../envelope.js';
import { findUsableKey } from '../key-lookup.js';
import type { KeyRecord } from '../key-record.js';

/** Data keys and data key pairs are wrapped only by symmetric encryption keys. */
export function findSymmetricSealingKey(ctx: RequestContext, keyIdentifier: string, context: EncryptionContext | undefined, operation: string, asymmetricMessage: string): KeyRecord {
  const key = findUsableKey(ctx, keyIdentifier, 'ENCRYPT_DECRYPT', operation);
  if (key.Material.kind !== 'symmetric') throw new KmsError('InvalidKeyUsageException', asymmetricMessage);
  return findSealingKey(ctx, { keyIdentifier: key.Arn, context, algorithm: 'SYMMETRIC_DEFAULT', operation }).key;
}

export function rejectRecipient(recipient: unknown): void {
  if (recipient !== undefined) {
    throw new KmsError('UnsupportedOperationException', 'pskms does not support the Recipient parameter (Nitro Enclaves attestation) yet.');
  }
}
