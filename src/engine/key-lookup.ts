// Finding the key a request names (key id, key ARN, alias name or alias ARN) and the checks
// every operation makes on it: key state and key usage.
import { aliasArn, keyArn, regionContext, type RequestContext } from './context.js';
import { KmsError } from './errors.js';
import type { KeyRecord } from './key-record.js';
import { checkKeyState } from './key-states.js';
import type { KeyUsage, OperationName } from './model.js';
import { DamagedDocumentError, type ScopeStore } from '../store/scope-store.js';
import { checkedAlias, checkedKey } from './documents.js';
import { expireMaterial } from './imported-material.js';

export interface AliasRecord {
  AliasName: string;
  TargetKeyId: string;
  CreationDate: number;
  LastUpdatedDate: number;
}

const ARN = /^arn:([^:]+):kms:([^:]*):([^:]*):(key|alias)\/(.*)$/;
const KEY_ID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|mrk-[0-9a-fA-F]{32})$/;

/** A key pending deletion whose waiting period has ended is deleted. */
function isDeleted(ctx: RequestContext, key: KeyRecord): boolean {
  return key.KeyState === 'PendingDeletion' && key.DeletionDate !== undefined && key.DeletionDate <= ctx.now().getTime();
}

/**
 * Keys found past their deletion date, and aliases found naming no key, by store: the call that
 * found them removes them when it ends (purgeDeletedKeys), so that a deleted key's material and
 * aliases do not stay on disk, nor come back if the clock is set back.
 */
const toPurge = new WeakMap<ScopeStore, { keys: Set<string>; aliases: Set<string>; updates: Set<string> }>();

/** The contexts with something noted, by store: a call that loads a replica may note work in its primary's Region. */
const noting = new Map<ScopeStore, RequestContext>();

function notePurge(ctx: RequestContext, kind: 'keys' | 'aliases' | 'updates', id: string): void {
  let noted = toPurge.get(ctx.store);
  if (!noted) toPurge.set(ctx.store, (noted = { keys: new Set(), aliases: new Set(), updates: new Set() }));
  noted[kind].add(id);
  noting.set(ctx.store, ctx);
}

/** Automatic rotation whose date has passed; the call that finds it rotates the key when it ends. */
export function rotationDue(ctx: RequestContext, key: KeyRecord): boolean {
  const state = key.Rotation;
  // a replica's rotation is its primary's, made in the primary's Region
  return Boolean(state?.Enabled && state.NextDate !== undefined && state.NextDate <= ctx.now().getTime() && key.KeyState === 'Enabled' && key.MultiRegion?.Type !== 'REPLICA');
}

/** The key document, checked (DamagedDocumentError otherwise); undefined if there is none. */
function readKey(ctx: RequestContext, keyId: string): KeyRecord | undefined {
  const doc = ctx.store.get<unknown>('keys', keyId);
  return doc === undefined ? undefined : checkedKey(doc, keyId, () => ctx.store.pathOf('keys', keyId));
}

function readAlias(ctx: RequestContext, aliasName: string): AliasRecord | undefined {
  const doc = ctx.store.get<unknown>('aliases', aliasName);
  return doc === undefined ? undefined : checkedAlias(doc, aliasName, () => ctx.store.pathOf('aliases', aliasName));
}

/** For list operations: a damaged document is left out, so that the scope's other keys and aliases can still be listed. */
export function unlessDamaged<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof DamagedDocumentError) return undefined;
    throw e;
  }
}

export function loadKey(ctx: RequestContext, keyId: string, related = true): KeyRecord | undefined {
  if (!KEY_ID.test(keyId)) return undefined;
  const key = readKey(ctx, keyId);
  if (key && isDeleted(ctx, key)) {
    notePurge(ctx, 'keys', keyId);
    return undefined;
  }
  // (a related key is read as it is stored: one step, never a loop, even mid-UpdatePrimaryRegion)
  if (related && key?.MultiRegion?.Type === 'REPLICA') withPrimaryProperties(ctx, key);
  if (related && key?.KeyState === 'PendingReplicaDeletion') noteDeletedReplicas(ctx, key);
  if (key?.CustomKeyStoreId) withKeyStoreAvailability(ctx, key);
  if (key && rotationDue(ctx, key)) notePurge(ctx, 'updates', keyId);
  // imported material past its ValidTo is gone for this call already, and from the store when it ends
  if (key && expireMaterial(key, ctx.now().getTime())) notePurge(ctx, 'updates', keyId);
  return key;
}

/**
 * A replica's shared properties are its primary's: the material (unless imported, which each
 * related key has of its own), the rotation, and the list of related keys.
 */
function withPrimaryProperties(ctx: RequestContext, replica: KeyRecord): void {
  const primary = unlessDamaged(() => loadKey(regionContext(ctx, replica.MultiRegion!.PrimaryRegion), replica.KeyId, false));
  if (primary?.MultiRegion?.Type !== 'PRIMARY') return;
  replica.MultiRegion!.ReplicaRegions = primary.MultiRegion.ReplicaRegions;
  if (replica.Origin === 'EXTERNAL') return;
  replica.Material = primary.Material;
  if (primary.Rotation) replica.Rotation = primary.Rotation;
}

/**
 * A primary waiting for its replicas' deletion looks at them: a replica past its deletion date
 * is purged in its own Region as this call ends, and the primary then starts its own wait.
 */
function noteDeletedReplicas(ctx: RequestContext, primary: KeyRecord): void {
  for (const region of primary.MultiRegion?.ReplicaRegions ?? []) {
    const rctx = regionContext(ctx, region);
    const replica = unlessDamaged(() => readKey(rctx, primary.KeyId));
    if (replica && !isDeleted(rctx, replica)) continue;
    notePurge(rctx, 'keys', primary.KeyId);
    // (a replica whose document is already gone names no primary: remember it here)
    primaryOfGone.set(`${rctx.store.dir}\0${primary.KeyId}`, ctx.region);
  }
}

/** Replicas found gone from their Region, by store directory and key id: their primary's Region. */
const primaryOfGone = new Map<string, string>();

/**
 * A key in a custom key store is Unavailable while the store is not connected, and back in its
 * own state (Enabled or Disabled) once it is; a key pending deletion stays so.
 */
function withKeyStoreAvailability(ctx: RequestContext, key: KeyRecord): void {
  const connected = ctx.store.get<{ ConnectionState?: string }>('keystores', key.CustomKeyStoreId!)?.ConnectionState === 'CONNECTED';
  if (connected && key.KeyState === 'Unavailable') {
    key.KeyState = key.AvailableState ?? 'Enabled';
    delete key.AvailableState;
  } else if (!connected && (key.KeyState === 'Enabled' || key.KeyState === 'Disabled')) {
    key.AvailableState = key.KeyState;
    key.KeyState = 'Unavailable';
  }
}

/** An alias, as long as its key exists: the alias of a deleted key is deleted with it, as in AWS. */
export function loadAlias(ctx: RequestContext, aliasName: string): AliasRecord | undefined {
  const alias = readAlias(ctx, aliasName);
  if (!alias) return undefined;
  if (loadKey(ctx, alias.TargetKeyId)) return alias;
  notePurge(ctx, 'aliases', aliasName);
  return undefined;
}

/**
 * What this call found due: removes each deleted key (its document, private material included)
 * and the aliases that name it, removes expired imported material, and makes the automatic
 * rotations whose dates have passed.
 */
export async function purgeDeletedKeys(ctx: RequestContext): Promise<void> {
  // (the hot path: nothing found due)
  if (noting.size === 0) return;
  const contexts = [ctx, ...[...noting.values()].filter((c) => c.store !== ctx.store)];
  noting.clear();
  for (const c of contexts) await purgeScope(c);
}

async function purgeScope(ctx: RequestContext): Promise<void> {
  const noted = toPurge.get(ctx.store);
  if (!noted) return;
  toPurge.delete(ctx.store);
  const replicasGone: KeyRecord[] = [];
  const goneElsewhere: string[] = [];
  const rotation = noted.updates.size > 0 ? await import('./operations/rotation.js') : undefined;
  await ctx.store.transact(() => {
    for (const keyId of noted.updates) {
      // read again under the lock: another process may have made the change already (checked, in today's shape)
      const key = unlessDamaged(() => readKey(ctx, keyId));
      if (!key) continue;
      const expired = expireMaterial(key, ctx.now().getTime());
      if (rotation!.rotateWhenDue(ctx, key) || expired) ctx.store.put('keys', keyId, key);
    }
    const gone = new Set<string>();
    for (const keyId of noted.keys) {
      // read again under the lock: CancelKeyDeletion may have won the race (raw: a damaged
      // document is never taken for a missing one, and so never deleted)
      const key = ctx.store.get<KeyRecord>('keys', keyId);
      if (!key || isDeleted(ctx, key)) {
        ctx.store.delete('keys', keyId);
        ctx.store.delete('usage', keyId);
        if (key?.MultiRegion?.Type === 'REPLICA') replicasGone.push(key);
        // a replica already gone from its Region: its primary forgets it all the same
        if (!key) goneElsewhere.push(keyId);
        gone.add(keyId);
      }
    }
    const aliases = gone.size > 0 ? ctx.store.list('aliases') : [...noted.aliases];
    for (const name of aliases) {
      const alias = ctx.store.get<AliasRecord>('aliases', name);
      if (alias && (gone.has(alias.TargetKeyId) || !ctx.store.get<KeyRecord>('keys', alias.TargetKeyId))) ctx.store.delete('aliases', name);
    }
  });
  // (after the scope's lock is released: the primary's Region is locked on its own)
  if (replicasGone.length > 0 || goneElsewhere.length > 0) {
    const { forgetReplica } = await import('./operations/multi-region.js');
    for (const replica of replicasGone) await forgetReplica(ctx, replica.KeyId, replica.MultiRegion!.PrimaryRegion, replica.DeletionDate);
    for (const keyId of goneElsewhere) {
      const primaryRegion = primaryOfGone.get(`${ctx.store.dir}\0${keyId}`);
      primaryOfGone.delete(`${ctx.store.dir}\0${keyId}`);
      if (primaryRegion) await forgetReplica(ctx, keyId, primaryRegion, undefined);
    }
  }
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
    if (kind === 'alias') return findKeyByAlias(ctx, `alias/${rest}`, account);
    // inside an ARN, AWS quotes neither a malformed id nor the ARN of another account
    if (!KEY_ID.test(rest)) throw new KmsError('NotFoundException', `Invalid keyId ${rest}`);
    return findKeyById(ctx, rest, account);
  }
  if (keyIdentifier.startsWith('alias/')) return findKeyByAlias(ctx, keyIdentifier, ctx.accountId);
  if (!KEY_ID.test(keyIdentifier)) throw new KmsError('NotFoundException', `Invalid keyId '${keyIdentifier}'`);
  return findKeyById(ctx, keyIdentifier, ctx.accountId);
}

/**
 * For operations that take only a key id or key ARN (EnableKey, ScheduleKeyDeletion, tags…):
 * an alias is refused before any lookup, as AWS does.
 */
export function findKeyNotAlias(ctx: RequestContext, keyIdentifier: string): KeyRecord {
  if (keyIdentifier.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(keyIdentifier)) {
    throw new KmsError('InvalidArnException', 'Key Aliases are not supported for this operation.');
  }
  return findKey(ctx, keyIdentifier);
}

function findKeyById(ctx: RequestContext, keyId: string, accountId: string): KeyRecord {
  const key = accountId === ctx.accountId ? loadKey(ctx, keyId) : undefined;
  if (!key) throw new KmsError('NotFoundException', `Key '${keyArn(ctx, keyId)}' does not exist`);
  return key;
}

function findKeyByAlias(ctx: RequestContext, aliasName: string, accountId: string): KeyRecord {
  const alias = accountId === ctx.accountId ? readAlias(ctx, aliasName) : undefined;
  const key = alias && loadKey(ctx, alias.TargetKeyId);
  if (alias && !key) notePurge(ctx, 'aliases', aliasName);
  if (!key) throw aliasNotFound(ctx, aliasName);
  return key;
}

export function requireUsage(key: KeyRecord, usage: KeyUsage, operation: string): void {
  if (key.KeyUsage !== usage) throw invalidKeyUsage(key, operation);
}

export function invalidKeyUsage(key: KeyRecord, operation: string): KmsError {
  return new KmsError('InvalidKeyUsageException', `${key.Arn} key usage is ${key.KeyUsage} which is not valid for ${operation}.`);
}

/** A key usable for `operation`: found, with the given usage, enabled (AWS checks in that order). */
export function findUsableKey(ctx: RequestContext, keyIdentifier: string, usage: KeyUsage, operation: OperationName): KeyRecord {
  const key = findKey(ctx, keyIdentifier);
  requireUsage(key, usage, operation);
  checkKeyState(key, operation);
  return key;
}
