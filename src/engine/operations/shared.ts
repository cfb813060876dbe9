// Checks several operations share that are not part of the key lookup itself.
import { KmsError } from '../errors.js';
import { requireEnabled, requireUsage } from '../key-lookup.js';
import type { KeyRecord } from '../key-record.js';

/**
 * Data keys and data key pairs are wrapped only by symmetric encryption keys (which take
 * SYMMETRIC_DEFAULT and any encryption context, so nothing more is left to check).
 */
export function checkWrappingKey(key: KeyRecord, operation: string, asymmetricMessage: string): void {
  requireUsage(key, 'ENCRYPT_DECRYPT', operation);
  requireEnabled(key);
  if (key.Material.kind !== 'symmetric') throw new KmsError('InvalidKeyUsageException', asymmetricMessage);
}
