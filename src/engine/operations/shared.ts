// Checks several operations share that are not part of the key lookup itself.
import { KmsError } from '../errors.js';
import { requireUsage } from '../key-lookup.js';
import { checkKeyState } from '../key-states.js';
import type { OperationName } from '../model.js';
import type { KeyRecord } from '../key-record.js';

/**
 * Data keys and data key pairs are wrapped only by symmetric encryption keys (which take
 * SYMMETRIC_DEFAULT and any encryption context, so nothing more is left to check).
 */
export function checkWrappingKey(key: KeyRecord, operation: OperationName, asymmetricMessage: string): void {
  requireUsage(key, 'ENCRYPT_DECRYPT', operation);
  checkKeyState(key, operation);
  if (key.Material.kind !== 'symmetric') throw new KmsError('InvalidKeyUsageException', asymmetricMessage);
}
