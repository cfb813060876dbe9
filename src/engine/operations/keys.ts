// Key management: CreateKey, DescribeKey, ListKeys, GetPublicKey, EnableKey, DisableKey,
// ScheduleKeyDeletion, CancelKeyDeletion, UpdateKeyDescription and the key tags.
import { randomBytes, randomUUID } from 'node:crypto';
import { generateDerKeyPair, type DerKeyPair } from '../../crypto/key-pairs.js';
import { mlDsaKeygen, mlDsaSpki, type MlDsaLevel } from '../../crypto/ml-dsa.js';
import { DAY_MS, keyArn, type RequestContext } from '../context.js';
import { KmsError } from '../errors.js';
import { findKey, findKeyNotAlias, loadKey, unlessDamaged } from '../key-lookup.js';
import { checkKeyState } from '../key-states.js';
import { awaitingImport } from '../imported-material.js';
import { KEY_DOCUMENT_VERSION } from '../documents.js';
import { hasPublicKey, keyMetadata, publicKeyDerOf, type KeyRecord, type Tag } from '../key-record.js';
import { algorithmsFor, SM2_REGIONS, specInfo } from '../key-specs.js';
import type { KeySpec, KeyUsage } from '../model.js';
import { compact, type KmsResponse } from '../operation.js';


export function defaultPolicy(ctx: RequestContext): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [{
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:${ctx.partition}:iam::${ctx.accountId}:root` },
      Action: 'kms:*',
      Resource: '*',
    }],
  }, null, 2);
}

export async function createMaterial(spec: KeySpec): Promise<KeyRecord['Material']> {
  const recipe = specInfo(spec).material;
  if (!recipe) throw new KmsError('UnsupportedOperationException', `pskms does not support KeySpec ${spec} yet.`);
  if (recipe.kind === 'symmetric') {
    const id = randomBytes(32).toString('hex');
    return { kind: 'symmetric', current: id, versions: { [id]: randomBytes(32).toString('base64') } };
  }
  if (recipe.kind === 'hmac') return { kind: 'hmac', key: randomBytes(recipe.bytes).toString('base64') };
  if (recipe.kind === 'ml-dsa') return mlDsaMaterial(recipe.level, randomBytes(32));
  return keyPairMaterial(await generateDerKeyPair(recipe));
}

/** An ML-DSA key's material: its seed, and the public key derived from it. */
export async function mlDsaMaterial(level: MlDsaLevel, seed: Uint8Array): Promise<KeyRecord['Material']> {
  const { publicKey } = await mlDsaKeygen(level, seed);
  return { kind: 'ml-dsa', seed: Buffer.from(seed).toString('base64'), publicKey: Buffer.from(mlDsaSpki(level, publicKey)).toString('base64') };
}

/** A key pair's material, as DER (PKCS#8 and SPKI) in base64. */
export function keyPairMaterial(pair: DerKeyPair): KeyRecord['Material'] {
  return { kind: 'asymmetric', privateKey: Buffer.from(pair.privateKey).toString('base64'), publicKey: Buffer.from(pair.publicKey).toString('base64') };
}

interface CreateKeyRequest {
  Policy?: string;
  Description?: string;
  KeyUsage?: KeyUsage;
  CustomerMasterKeySpec?: KeySpec;
  KeySpec?: KeySpec;
  Origin?: string;
  CustomKeyStoreId?: string;
  Tags?: Tag[];
  MultiRegion?: boolean;
  XksKeyId?: string;
}

/** A new key's document: Enabled, or PendingImport for an EXTERNAL key; AWS's default key policy unless one is given. */
export function newKeyRecord(
  ctx: RequestContext,
  fields: { keyId: string; spec: KeySpec; usage: KeyUsage; origin: 'AWS_KMS' | 'EXTERNAL'; material: KeyRecord['Material']; description?: string; policy?: string; tags?: Tag[] },
): KeyRecord {
  return {
    Version: KEY_DOCUMENT_VERSION,
    KeyId: fields.keyId,
    Arn: keyArn(ctx, fields.keyId),
    AWSAccountId: ctx.accountId,
    CreationDate: ctx.now().getTime(),
    Description: fields.description ?? '',
    KeyUsage: fields.usage,
    KeyState: fields.origin === 'AWS_KMS' ? 'Enabled' : 'PendingImport',
    KeySpec: fields.spec,
    Policy: fields.policy ?? defaultPolicy(ctx),
    Tags: fields.tags ?? [],
    ...(fields.origin === 'EXTERNAL' ? { Origin: fields.origin, Imports: [] } : {}),
    Material: fields.material,
  };
}

export async function createKey(ctx: RequestContext, req: CreateKeyRequest): Promise<KmsResponse> {
  if (req.KeySpec && req.CustomerMasterKeySpec) {
    throw new KmsError('ValidationException', 'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.');
  }
  const spec: KeySpec = req.KeySpec ?? req.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  if (req.KeyUsage === undefined && spec !== 'SYMMETRIC_DEFAULT') {
    throw new KmsError('ValidationException', 'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.');
  }
  const usage: KeyUsage = req.KeyUsage ?? 'ENCRYPT_DECRYPT';
  if (!specInfo(spec).usages[usage]) throw new KmsError('ValidationException', `KeyUsage ${usage} is not compatible with KeySpec ${spec}`);
  if (spec === 'SM2' && !SM2_REGIONS.includes(ctx.region)) throw new KmsError('UnsupportedOperationException', 'KeySpec SM2 is not supported in this Region');
  // a key in a custom key store (its material is made here all the same: pskms is a local KMS)
  const inStore = req.CustomKeyStoreId !== undefined
    ? (await import('./key-stores.js')).checkKeyInStore(ctx, { ...req, CustomKeyStoreId: req.CustomKeyStoreId, KeySpec: spec, KeyUsage: usage })
    : undefined;
  if (!inStore && req.XksKeyId !== undefined) throw new KmsError('ValidationException', 'XksKeyId is valid only for a KMS key with Origin EXTERNAL_KEY_STORE.');
  if (!inStore && (req.Origin === 'AWS_CLOUDHSM' || req.Origin === 'EXTERNAL_KEY_STORE')) throw new KmsError('ValidationException', `A KMS key with Origin ${req.Origin} needs a CustomKeyStoreId.`);
  const origin = inStore ? 'AWS_KMS' : (req.Origin ?? 'AWS_KMS') as 'AWS_KMS' | 'EXTERNAL';
  if (origin === 'EXTERNAL' && specInfo(spec).material?.kind === 'ml-dsa') throw new KmsError('UnsupportedOperationException', `KeySpec ${spec} does not support imported key material.`);
  checkTags(req.Tags ?? [], []);
  if (req.Policy !== undefined) (await import('./policies.js')).checkPolicy(req.Policy);

  // an EXTERNAL key waits for its material (ImportKeyMaterial)
  const material: KeyRecord['Material'] =
    origin === 'AWS_KMS' ? await createMaterial(spec) : awaitingImport(spec);
  // a multi-Region key's id says so; its related keys in other Regions share it
  const keyId = req.MultiRegion ? `mrk-${randomBytes(16).toString('hex')}` : randomUUID();
  const key = newKeyRecord(ctx, { keyId, spec, usage, origin, material, description: req.Description, policy: req.Policy, tags: req.Tags });
  if (req.MultiRegion) key.MultiRegion = { Type: 'PRIMARY', PrimaryRegion: ctx.region, ReplicaRegions: [] };
  if (inStore) Object.assign(key, inStore);
  await ctx.store.transact(() => ctx.store.put('keys', keyId, key));
  return { KeyMetadata: keyMetadata(key) };
}

export async function describeKey(ctx: RequestContext, req: { KeyId: string }): Promise<KmsResponse> {
  return { KeyMetadata: keyMetadata(findKey(ctx, req.KeyId)) };
}

/**
 * Each list operation's page size when Limit is not given, and the most a page holds whatever
 * Limit asks (the model allows up to 1000; KMS's documentation gives these).
 */
export const PAGE_SIZES = {
  ListKeys: { default: 100, max: 1000 },
  ListKeyPolicies: { default: 100, max: 1000 },
  ListKeyRotations: { default: 100, max: 1000 },
  DescribeCustomKeyStores: { default: 100, max: 1000 },
  ListGrants: { default: 50, max: 100 },
  ListRetirableGrants: { default: 50, max: 100 },
  ListAliases: { default: 50, max: 100 },
  ListResourceTags: { default: 50, max: 50 },
} as const;

/** Pages through a sorted list: items after `marker`, at most `limit` of them (within the operation's page sizes). */
export function page<T>(items: readonly T[], idOf: (item: T) => string, limit: number | undefined, marker: string | undefined, sizes: { default: number; max: number }) {
  const start = marker === undefined ? 0 : items.findIndex((item) => idOf(item) > marker);
  const from = start < 0 ? items.length : start;
  const slice = items.slice(from, from + Math.min(limit ?? sizes.default, sizes.max));
  const truncated = from + slice.length < items.length;
  return { slice, truncated, nextMarker: truncated ? idOf(slice[slice.length - 1]) : undefined };
}

/**
 * Pages through a list in its own order (rotations, grants): the marker is the position of the
 * next entry, as text.
 */
export function pageByPosition<T>(entries: readonly T[], req: { Limit?: number; Marker?: string }, sizes: { default: number; max: number }) {
  const numbered = entries.map((entry, i) => ({ entry, id: String(i).padStart(8, '0') }));
  const { slice, truncated, nextMarker } = page(numbered, (n) => n.id, req.Limit, req.Marker, sizes);
  return { entries: slice.map((n) => n.entry), truncated, nextMarker };
}

export async function listKeys(ctx: RequestContext, req: { Limit?: number; Marker?: string }): Promise<KmsResponse> {
  // deleted keys are dropped before paging: a page holds Limit keys that exist
  const existing = ctx.store.list('keys').map((id) => unlessDamaged(() => loadKey(ctx, id))).filter((k): k is KeyRecord => k !== undefined);
  const { slice: keys, truncated, nextMarker } = page(existing, (k) => k.KeyId, req.Limit, req.Marker, PAGE_SIZES.ListKeys);
  return compact({
    Keys: keys.map((k) => ({ KeyId: k.KeyId, KeyArn: k.Arn })),
    NextMarker: nextMarker,
    Truncated: truncated,
  });
}

/** Works on a disabled key, as AWS's does; a symmetric key has no public key (no message, as AWS). */
export async function getPublicKey(ctx: RequestContext, req: { KeyId: string }): Promise<KmsResponse> {
  const key = findKey(ctx, req.KeyId);
  checkKeyState(key, 'GetPublicKey');
  if (!hasPublicKey(key)) throw new KmsError('UnsupportedOperationException', '');
  return {
    KeyId: key.Arn,
    PublicKey: publicKeyDerOf(key),
    CustomerMasterKeySpec: key.KeySpec,
    KeySpec: key.KeySpec,
    KeyUsage: key.KeyUsage,
    ...algorithmsFor(key.KeySpec, key.KeyUsage),
  };
}

/** Reads the key (named by id or ARN) afresh under the scope lock, applies the change, writes it back. */
export async function updateKey<T>(ctx: RequestContext, keyIdentifier: string, change: (key: KeyRecord) => T): Promise<T> {
  return ctx.store.transact(() => {
    const key = findKeyNotAlias(ctx, keyIdentifier);
    const result = change(key);
    ctx.store.put('keys', key.KeyId, key);
    return result;
  });
}

export async function enableKey(ctx: RequestContext, req: { KeyId: string }): Promise<KmsResponse> {
  await updateKey(ctx, req.KeyId, (key) => {
    checkKeyState(key, 'EnableKey');
    key.KeyState = 'Enabled';
  });
  return {};
}

export async function disableKey(ctx: RequestContext, req: { KeyId: string }): Promise<KmsResponse> {
  await updateKey(ctx, req.KeyId, (key) => {
    checkKeyState(key, 'DisableKey');
    key.KeyState = 'Disabled';
  });
  return {};
}

export async function scheduleKeyDeletion(ctx: RequestContext, req: { KeyId: string; PendingWindowInDays?: number }): Promise<KmsResponse> {
  const days = req.PendingWindowInDays ?? 30;
  if (days < 7 || days > 30) throw new KmsError('ValidationException', 'PendingWindowInDays must be between 7 and 30');
  return updateKey(ctx, req.KeyId, (key) => {
    checkKeyState(key, 'ScheduleKeyDeletion');
    // a primary with replicas waits for their deletion; its own waiting period starts then
    if (key.MultiRegion?.Type === 'PRIMARY' && key.MultiRegion.ReplicaRegions.length > 0) {
      key.KeyState = 'PendingReplicaDeletion';
      key.PendingWindowDays = days;
      return { KeyId: key.Arn, KeyState: key.KeyState, PendingWindowInDays: days };
    }
    key.KeyState = 'PendingDeletion';
    key.DeletionDate = ctx.now().getTime() + days * DAY_MS;
    return { KeyId: key.Arn, DeletionDate: new Date(key.DeletionDate), KeyState: key.KeyState, PendingWindowInDays: days };
  });
}

export async function cancelKeyDeletion(ctx: RequestContext, req: { KeyId: string }): Promise<KmsResponse> {
  return updateKey(ctx, req.KeyId, (key) => {
    checkKeyState(key, 'CancelKeyDeletion');
    key.KeyState = 'Disabled';
    delete key.DeletionDate;
    delete key.PendingWindowDays;
    return { KeyId: key.Arn };
  });
}

export async function updateKeyDescription(ctx: RequestContext, req: { KeyId: string; Description: string }): Promise<KmsResponse> {
  await updateKey(ctx, req.KeyId, (key) => {
    checkKeyState(key, 'UpdateKeyDescription');
    key.Description = req.Description;
  });
  return {};
}

/** A key holds at most this many tags. */
const MAX_TAGS = 50;

/**
 * The tags a request adds, against those the key has: no key twice in one request, none of AWS's
 * own (aws:…, in any case), and no more than MAX_TAGS on the key once they are added.
 */
export function checkTags(adding: readonly Tag[], existing: readonly Tag[]): void {
  const keys = adding.map((t) => t.TagKey);
  if (new Set(keys).size !== keys.length) throw new KmsError('TagException', 'Duplicate tag keys');
  if (keys.some((k) => k.toLowerCase().startsWith('aws:'))) throw new KmsError('TagException', 'Tags beginning with aws: are reserved');
  const total = new Set([...existing.map((t) => t.TagKey), ...keys]).size;
  if (total > MAX_TAGS) throw new KmsError('TagException', 'Too many tags');
}

export async function tagResource(ctx: RequestContext, req: { KeyId: string; Tags: Tag[] }): Promise<KmsResponse> {
  await updateKey(ctx, req.KeyId, (key) => {
    checkKeyState(key, 'TagResource');
    checkTags(req.Tags, key.Tags);
    for (const tag of req.Tags) {
      key.Tags = key.Tags.filter((t) => t.TagKey !== tag.TagKey).concat(tag);
    }
  });
  return {};
}

export async function untagResource(ctx: RequestContext, req: { KeyId: string; TagKeys: string[] }): Promise<KmsResponse> {
  await updateKey(ctx, req.KeyId, (key) => {
    checkKeyState(key, 'UntagResource');
    key.Tags = key.Tags.filter((t) => !req.TagKeys.includes(t.TagKey));
  });
  return {};
}

export async function listResourceTags(ctx: RequestContext, req: { KeyId: string; Limit?: number; Marker?: string }): Promise<KmsResponse> {
  const key = findKeyNotAlias(ctx, req.KeyId);
  const sorted = [...key.Tags].sort((a, b) => (a.TagKey < b.TagKey ? -1 : a.TagKey > b.TagKey ? 1 : 0));
  const { slice, truncated, nextMarker } = page(sorted, (t) => t.TagKey, req.Limit, req.Marker, PAGE_SIZES.ListResourceTags);
  return compact({ Tags: slice, NextMarker: nextMarker, Truncated: truncated });
}
