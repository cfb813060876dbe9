// Checks several operations share that are not part of the key lookup itself.
import type { EncryptionContext } from '../encryption-context.js';
import { KmsError } from '../errors.js';
import { checkSealingKey } from '../envelope.js';
import { requireEnabled, requireUsage } from '../key-lookup.js';
import type { KeyRecord } from '../key-record.js';

/** Data keys and data key pairs are wrapped only by symmetric encryption keys. */
export function checkWrappingKey(key: KeyRecord, context: EncryptionContext | undefined, operation: string, asymmetricMessage: string): void {
  requireUsage(key, 'ENCRYPT_DECRYPT', operation);
  requireEnabled(key);
  if (key.Material.kind !== 'symmetric') throw new KmsError('InvalidKeyUsageException', asymmetricMessage);
  checkSealingKey(key, { context, algorithm: 'SYMMETRIC_DEFAULT', operation });
}
