// Key states: which states each operation accepts, and AWS's error for the others. One table,
// after AWS's "Key states: effect on your KMS key" (developer guide, key-state.html), applied by
// checkKeyState wherever an operation has found its key.
import { KmsError } from './errors.js';
import type { OperationName } from './model.js';

export const KEY_STATES = ['Creating', 'Enabled', 'Disabled', 'PendingDeletion', 'PendingImport', 'PendingReplicaDeletion', 'Unavailable', 'Updating'] as const;
export type KeyState = (typeof KEY_STATES)[number];

/** How AWS's KMSInvalidStateException names a state: "<arn> is pending import." */
const STATE_WORDS: Readonly<Record<KeyState, string>> = {
  Creating: 'creating',
  Enabled: 'enabled',
  Disabled: 'disabled',
  PendingDeletion: 'pending deletion',
  PendingImport: 'pending import',
  PendingReplicaDeletion: 'pending replica deletion',
  Unavailable: 'unavailable',
  Updating: 'updating',
};

/**
 * What an operation needs of its key's state:
 * - use: Enabled only (Disabled gives DisabledException): the cryptographic operations;
 * - material: its material present and the key not being deleted (EnableKey, GetPublicKey…);
 * - manage: anything but a key being deleted (aliases, tags, descriptions, import…);
 * - any: every state (describing and listing);
 * - pendingDeletion: only a key being deleted (CancelKeyDeletion).
 */
type Rule = 'use' | 'material' | 'manage' | 'any' | 'pendingDeletion';

const REFUSED: Readonly<Record<Exclude<Rule, 'pendingDeletion'>, readonly KeyState[]>> = {
  use: ['Creating', 'Disabled', 'PendingDeletion', 'PendingImport', 'PendingReplicaDeletion', 'Unavailable', 'Updating'],
  material: ['Creating', 'PendingDeletion', 'PendingImport', 'PendingReplicaDeletion', 'Unavailable', 'Updating'],
  manage: ['Creating', 'PendingDeletion', 'PendingReplicaDeletion', 'Updating'],
  any: [],
};

const RULES: Readonly<Partial<Record<OperationName, Rule>>> = {
  Encrypt: 'use', Decrypt: 'use', ReEncrypt: 'use', GenerateDataKey: 'use', GenerateDataKeyWithoutPlaintext: 'use',
  GenerateDataKeyPair: 'use', GenerateDataKeyPairWithoutPlaintext: 'use', Sign: 'use', Verify: 'use',
  GenerateMac: 'use', VerifyMac: 'use', DeriveSharedSecret: 'use',
  EnableKeyRotation: 'use', DisableKeyRotation: 'use', RotateKeyOnDemand: 'use',
  EnableKey: 'material', DisableKey: 'material', GetPublicKey: 'material',
  GetKeyRotationStatus: 'manage', ScheduleKeyDeletion: 'manage', UpdateKeyDescription: 'manage',
  TagResource: 'manage', UntagResource: 'manage', CreateAlias: 'manage', UpdateAlias: 'manage',
  GetParametersForImport: 'manage', ImportKeyMaterial: 'manage', CreateGrant: 'use', ReplicateKey: 'use', UpdatePrimaryRegion: 'use',
  CancelKeyDeletion: 'pendingDeletion',
  DescribeKey: 'any', ListResourceTags: 'any', ListAliases: 'any', GetKeyPolicy: 'any', PutKeyPolicy: 'any',
  ListKeyPolicies: 'any', ListKeyRotations: 'any', DeleteImportedKeyMaterial: 'any',
  ListGrants: 'any', RetireGrant: 'any', RevokeGrant: 'any', GetKeyLastUsage: 'any',
};

/** A key being deleted: pending deletion, or a primary waiting for its replicas' deletion. */
export function isPendingDeletion(state: KeyState): boolean {
  return state === 'PendingDeletion' || state === 'PendingReplicaDeletion';
}

function invalidState(arn: string, state: KeyState): KmsError {
  if (state === 'Disabled') return new KmsError('DisabledException', `${arn} is disabled.`);
  return new KmsError('KMSInvalidStateException', `${arn} is ${STATE_WORDS[state]}.`);
}

/** Throws AWS's error when the key's state does not allow the operation. */
export function checkKeyState(key: { Arn: string; KeyState: KeyState }, operation: OperationName): void {
  const rule = RULES[operation] ?? 'manage';
  if (rule === 'pendingDeletion') {
    if (!isPendingDeletion(key.KeyState)) {
      throw new KmsError('KMSInvalidStateException', `${key.Arn} is not pending deletion.`);
    }
    return;
  }
  if (REFUSED[rule].includes(key.KeyState)) throw invalidState(key.Arn, key.KeyState);
}
