// Finding the key a request names (key id, key ARN, alias name or alias ARN) and the checks
// every operation makes on it: key state and key usage.
import { aliasArn, keyArn, type RequestContext } from './context.js';
import { KmsError } from './errors.js';
import type { KeyRecord } from './key-record.js';
import type { KeyUsage } from './model.js';

export interface AliasRecord {
  AliasName: string;
  TargetKeyId: string;
  CreationDate: number;
  LastUpdatedDate: number;
}

const ARN = /^arn:([^:]+):kms:([^:]*):([^:]*):(key|alias)\/(.+)$/;

/** A key pending deletion whose waiting period has ended is deleted. */
function isDeleted(ctx: RequestContext, key: KeyRecord): boolean {
  return key.KeyState === 'PendingDeletion' && key.DeletionDate !== undefined && key.DeletionDate <= ctx.now().getTime();
}

export function loadKey(ctx: RequestContext, keyId: string): KeyRecord | undefined {
  if (!/^[A-Za-z0-9-]{1,128}$/.test(keyId)) return undefined;
  const key = ctx.store.get<KeyRecord>('keys', keyId);
  return key && !isDeleted(ctx, key) ? key : undefined;
}

export function loadAlias(ctx: RequestContext, aliasName: string): AliasRecord | undefined {
  return ctx.store.get<AliasRecord>('aliases', aliasName);
}

function keyNotFound(arn: string): KmsError {
  return new KmsError('NotFoundException', `Key '${arn}' does not exist`);
}

export function aliasNotFound(ctx: RequestContext, aliasName: string): KmsError {
  return new KmsError('NotFoundException', `Alias ${aliasArn(ctx, aliasName)} is not found.`);
}

/** Resolves any of the four ways of naming a key to the key; NotFoundException otherwise. */
export function findKey(ctx: RequestContext, keyIdentifier: string): KeyRecord {
  const arn = ARN.exec(keyIdentifier);
  if (arn) {
    const [, , region, account, kind, rest] = arn;
    if (region !== ctx.region) throw new KmsError('NotFoundException', `Invalid arn ${region}`);
    if (account !== ctx.accountId) throw new KmsError('NotFoundException', kind === 'key' ? `Key '${keyIdentifier}' does not exist` : `Alias ${keyIdentifier} is not found.`);
    return kind === 'key' ? findKeyById(ctx, rest) : findKeyByAlias(ctx, `alias/${rest}`);
  }
  if (keyIdentifier.startsWith('alias/')) return findKeyByAlias(ctx, keyIdentifier);
  if (keyIdentifier.startsWith('arn:')) throw new KmsError('NotFoundException', `Invalid arn`);
  return findKeyById(ctx, keyIdentifier);
}

function findKeyById(ctx: RequestContext, keyId: string): KeyRecord {
  if (!/^[A-Za-z0-9-]+$/.test(keyId)) throw new KmsError('NotFoundException', `Invalid keyId '${keyId}'`);
  const key = loadKey(ctx, keyId);
  if (!key) throw keyNotFound(keyArn(ctx, keyId));
  return key;
}

function findKeyByAlias(ctx: RequestContext, aliasName: string): KeyRecord {
  const alias = loadAlias(ctx, aliasName);
  const key = alias && loadKey(ctx, alias.TargetKeyId);
  if (!key) throw aliasNotFound(ctx, aliasName);
  return key;
}

/** The checks of a cryptographic operation: the key is enabled (DisabledException / KMSInvalidStateException). */
export function requireEnabled(key: KeyRecord): void {
  if (key.KeyState === 'Disabled') throw new KmsError('DisabledException', `${key.Arn} is disabled.`);
  if (key.KeyState === 'PendingDeletion') throw pendingDeletion(key);
}

export function pendingDeletion(key: KeyRecord): KmsError {
  return new KmsError('KMSInvalidStateException', `${key.Arn} is pending deletion.`);
}

export function requireUsage(key: KeyRecord, usage: KeyUsage, operation: string): void {
  if (key.KeyUsage !== usage) throw invalidKeyUsage(key, operation);
}

export function invalidKeyUsage(key: KeyRecord, operation: string): KmsError {
  return new KmsError('InvalidKeyUsageException', `${key.Arn} key usage is ${key.KeyUsage} which is not valid for ${operation}.`);
}

/** A key usable for `operation`: found, enabled, with the given usage. */
export function findUsableKey(ctx: RequestContext, keyIdentifier: string, usage: KeyUsage, operation: string): KeyRecord {
  const key = findKey(ctx, keyIdentifier);
  requireEnabled(key);
  requireUsage(key, usage, operation);
  return key;
}
