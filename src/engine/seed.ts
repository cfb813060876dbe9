// Seeding a store from a document (pskms seed) and writing one back out (pskms export): keys
// with the ids, specs, usages, aliases, tags, policies, rotation and, optionally, material that a
// test suite expects to find. Seeding is idempotent: a key that already matches is not written,
// so seeding the same document twice changes nothing.
import { readImportedPrivateKey } from '../crypto/key-import.js';
import { DAY_MS, REGION_NAME, type RequestContext } from './context.js';
import { awaitingImport, importedMaterialId } from './imported-material.js';
import type { AliasRecord } from './key-lookup.js';
import { loadKey, unlessDamaged } from './key-lookup.js';
import type { KeyRecord, Tag } from './key-record.js';
import { HMAC_KEY_BYTES, specInfo } from './key-specs.js';
import { isPendingDeletion } from './key-states.js';
import { KEY_SPECS, KEY_USAGES, type KeySpec, type KeyUsage } from './model.js';
import { checkAliasName } from './operations/aliases.js';
import { checkTags, createMaterial, keyPairMaterial, mlDsaMaterial, newKeyRecord } from './operations/keys.js';
import { checkPolicy } from './operations/policies.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A material of a symmetric key: its id (as ciphertexts name it) and its bytes (base64). */
export interface SeedMaterial {
  KeyMaterialId?: string;
  KeyMaterial: string;
  Current?: boolean;
}

/** One key of a seed document. Only KeyId is required. */
export interface SeedKey {
  KeyId: string;
  Region?: string;
  Account?: string;
  KeySpec?: KeySpec;
  KeyUsage?: KeyUsage;
  Origin?: 'AWS_KMS' | 'EXTERNAL';
  Description?: string;
  Enabled?: boolean;
  Aliases?: string[];
  Tags?: Tag[] | Record<string, string>;
  Policy?: string | Record<string, unknown>;
  KeyRotationEnabled?: boolean;
  RotationPeriodInDays?: number;
  /** base64: 32 bytes (symmetric), the HMAC key, the ML-DSA seed; or a PKCS#8 private key (base64 DER or PEM) */
  KeyMaterial?: string;
  /** a symmetric key's materials, when it has several (after rotations) */
  KeyMaterials?: SeedMaterial[];
}

/** A seed document that cannot be applied; the message names the key and field. */
export class SeedError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const FIELDS = new Set(['KeyId', 'Region', 'Account', 'KeySpec', 'KeyUsage', 'Origin', 'Description', 'Enabled', 'Aliases', 'Tags', 'Policy', 'KeyRotationEnabled', 'RotationPeriodInDays', 'KeyMaterial', 'KeyMaterials']);

/** The keys of a parsed seed document ({ Keys: [...] }), their fields checked. */
export function seedKeys(document: unknown): SeedKey[] {
  if (!isObject(document) || !Array.isArray(document.Keys)) throw new SeedError('a seed document is a map with a Keys list');
  const unknownTop = Object.keys(document).filter((k) => k !== 'Keys');
  if (unknownTop.length > 0) throw new SeedError(`unknown field ${unknownTop[0]} (a seed document has only Keys)`);
  const keys = document.Keys.map((entry, i) => {
    const where = `Keys[${i}]`;
    if (!isObject(entry)) throw new SeedError(`${where} is not a map`);
    const unknown = Object.keys(entry).find((k) => !FIELDS.has(k));
    if (unknown) throw new SeedError(`${where}: unknown field ${unknown} (fields: ${[...FIELDS].join(', ')})`);
    const key = entry as unknown as SeedKey;
    const string = (name: keyof SeedKey) => {
      if (entry[name] !== undefined && typeof entry[name] !== 'string') throw new SeedError(`${where}.${name} must be a string`);
    };
    (['KeyId', 'Region', 'Account', 'Description', 'KeyMaterial'] as const).forEach(string);
    if (key.Region !== undefined && !REGION_NAME.test(key.Region)) throw new SeedError(`${where}.Region is not a Region name such as us-east-1`);
    if (key.Account !== undefined && !/^\d{12}$/.test(key.Account)) throw new SeedError(`${where}.Account must be 12 digits`);
    if (typeof key.KeyId !== 'string' || !UUID.test(key.KeyId)) throw new SeedError(`${where}.KeyId must be a key id such as 1234abcd-12ab-34cd-56ef-1234567890ab`);
    if (key.KeySpec !== undefined && !(KEY_SPECS as readonly string[]).includes(key.KeySpec)) throw new SeedError(`${where}.KeySpec must be one of ${KEY_SPECS.join(', ')}`);
    if (key.KeyUsage !== undefined && !(KEY_USAGES as readonly string[]).includes(key.KeyUsage)) throw new SeedError(`${where}.KeyUsage must be one of ${KEY_USAGES.join(', ')}`);
    if (key.Origin !== undefined && key.Origin !== 'AWS_KMS' && key.Origin !== 'EXTERNAL') throw new SeedError(`${where}.Origin must be AWS_KMS or EXTERNAL`);
    for (const flag of ['Enabled', 'KeyRotationEnabled'] as const) {
      if (key[flag] !== undefined && typeof key[flag] !== 'boolean') throw new SeedError(`${where}.${flag} must be true or false`);
    }
    if (key.RotationPeriodInDays !== undefined && (!Number.isInteger(key.RotationPeriodInDays) || key.RotationPeriodInDays < 90 || key.RotationPeriodInDays > 2560)) {
      throw new SeedError(`${where}.RotationPeriodInDays must be a whole number of days from 90 to 2560`);
    }
    if (key.Aliases !== undefined && (!Array.isArray(key.Aliases) || !key.Aliases.every((a) => typeof a === 'string'))) throw new SeedError(`${where}.Aliases must be a list of alias names`);
    if (key.Policy !== undefined && typeof key.Policy !== 'string' && !isObject(key.Policy)) throw new SeedError(`${where}.Policy must be a policy document (a map or JSON text)`);
    if (key.KeyMaterials !== undefined && (!Array.isArray(key.KeyMaterials) || !key.KeyMaterials.every((m) => isObject(m) && typeof m.KeyMaterial === 'string'))) {
      throw new SeedError(`${where}.KeyMaterials must be a list of { KeyMaterial, KeyMaterialId, Current }`);
    }
    if (key.KeyMaterial !== undefined && key.KeyMaterials !== undefined) throw new SeedError(`${where} has both KeyMaterial and KeyMaterials`);
    return key;
  });
  // a key id, or an alias in one account and Region, named twice would leave the result to the order of the list
  const seen = new Map<string, number>();
  keys.forEach((key, i) => {
    const scope = `${key.Account ?? ''}/${key.Region ?? ''}`;
    for (const name of [`key ${key.KeyId}`, ...(key.Aliases ?? []).map((a) => `${scope} ${a}`)]) {
      if (seen.has(name)) throw new SeedError(`Keys[${i}]: ${name.replace(/^\S*\/\S* /, '')} is named by Keys[${seen.get(name)}] too`);
      seen.set(name, i);
    }
  });
  return keys;
}

function tagsOf(key: SeedKey, where: string): Tag[] {
  const tags = key.Tags === undefined ? [] : Array.isArray(key.Tags) ? key.Tags : Object.entries(key.Tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
  if (!tags.every((t) => isObject(t) && typeof t.TagKey === 'string' && typeof t.TagValue === 'string')) throw new SeedError(`${where}.Tags must be a map of strings or a list of { TagKey, TagValue }`);
  try {
    checkTags(tags, []);
  } catch (e) {
    throw new SeedError(`${where}.Tags: ${(e as Error).message}`);
  }
  return tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue }));
}

function bytesOf(text: string, where: string): Buffer {
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(text)) throw new SeedError(`${where} is not base64`);
  return Buffer.from(text, 'base64');
}

/** The key material a seed key names, as the key document holds it; undefined to make new material. */
async function seededMaterial(key: SeedKey, spec: KeySpec, where: string): Promise<KeyRecord['Material'] | undefined> {
  const recipe = specInfo(spec).material!;
  if (key.KeyMaterials !== undefined && recipe.kind !== 'symmetric') throw new SeedError(`${where}.KeyMaterials is for symmetric keys; use KeyMaterial`);
  const materials: SeedMaterial[] = key.KeyMaterials ?? (key.KeyMaterial !== undefined ? [{ KeyMaterial: key.KeyMaterial }] : []);
  if (materials.length === 0) return undefined;
  const single = materials[0].KeyMaterial;
  switch (recipe.kind) {
    case 'symmetric': {
      const versions: Record<string, string> = {};
      let current = '';
      materials.forEach((m, i) => {
        const bytes = bytesOf(m.KeyMaterial, `${where}.KeyMaterial`);
        if (bytes.length !== 32) throw new SeedError(`${where}.KeyMaterial must be 32 bytes (base64) for a ${spec} key`);
        const id = m.KeyMaterialId ?? importedMaterialId(key.KeyId, bytes);
        if (!/^[0-9a-f]{64}$/.test(id)) throw new SeedError(`${where}.KeyMaterials[${i}].KeyMaterialId must be 64 hex digits`);
        versions[id] = bytes.toString('base64');
        if (m.Current || current === '' || (i === materials.length - 1 && !materials.some((x) => x.Current))) current = id;
      });
      return { kind: 'symmetric', current, versions };
    }
    case 'hmac': {
      const bytes = bytesOf(single, `${where}.KeyMaterial`);
      const [min, max] = HMAC_KEY_BYTES[spec];
      if (bytes.length < min || bytes.length > max) throw new SeedError(`${where}.KeyMaterial must be ${min} to ${max} bytes for a ${spec} key`);
      return { kind: 'hmac', key: bytes.toString('base64') };
    }
    case 'ml-dsa': {
      const seed = bytesOf(single, `${where}.KeyMaterial`);
      if (seed.length !== 32) throw new SeedError(`${where}.KeyMaterial must be the 32-byte ML-DSA seed (base64)`);
      return mlDsaMaterial(recipe.level, seed);
    }
    default: {
      const der = single.includes('-----BEGIN') ? bytesOf(single.replace(/-----[^-]+-----/g, ''), `${where}.KeyMaterial`) : bytesOf(single, `${where}.KeyMaterial`);
      const pair = readImportedPrivateKey(der, recipe);
      if (!pair) throw new SeedError(`${where}.KeyMaterial is not a PKCS#8 private key of key spec ${spec}`);
      return keyPairMaterial(pair);
    }
  }
}

/** Whether every material the seed names is in the key already, byte for byte. */
function holdsMaterial(existing: KeyRecord['Material'], seeded: KeyRecord['Material']): boolean {
  if (existing.kind !== seeded.kind) return false;
  if (seeded.kind === 'symmetric' && existing.kind === 'symmetric') return Object.entries(seeded.versions).every(([id, bytes]) => existing.versions[id] === bytes);
  return JSON.stringify(existing) === JSON.stringify(seeded);
}

/** An EXTERNAL key's record of its imported material (seeded material counts as imported, never to expire). */
function importsOf(keyId: string, material: KeyRecord['Material']): KeyRecord['Imports'] {
  const id = (bytes: string) => importedMaterialId(keyId, Buffer.from(bytes, 'base64'));
  const entry = (KeyMaterialId: string, current: boolean) => ({ KeyMaterialId, ImportState: 'IMPORTED' as const, KeyMaterialState: current ? 'CURRENT' as const : 'NON_CURRENT' as const, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' as const });
  switch (material.kind) {
    case 'symmetric': return Object.keys(material.versions).map((k) => entry(k, k === material.current));
    case 'hmac': return [entry(id(material.key), true)];
    case 'asymmetric': return [entry(id(material.privateKey), true)];
    default: return [];
  }
}

export interface SeedResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/** Applies one scope's seed keys under its lock; each key is written only when it changes. */
export async function seedScope(ctx: RequestContext, keys: readonly SeedKey[], result: SeedResult, firstIndex: (key: SeedKey) => number): Promise<void> {
  // material is prepared outside the lock (key generation takes a while)
  const prepared = await Promise.all(keys.map(async (key): Promise<Prepared> => {
    const where = `Keys[${firstIndex(key)}]`;
    const spec = key.KeySpec ?? 'SYMMETRIC_DEFAULT';
    const usage = key.KeyUsage ?? (spec === 'SYMMETRIC_DEFAULT' ? 'ENCRYPT_DECRYPT' : Object.keys(specInfo(spec).usages).length === 1 ? (Object.keys(specInfo(spec).usages)[0] as KeyUsage) : undefined);
    if (!usage) throw new SeedError(`${where}.KeyUsage is needed for a ${spec} key`);
    if (!specInfo(spec).usages[usage]) throw new SeedError(`${where}: KeyUsage ${usage} is not compatible with KeySpec ${spec}`);
    const policy = key.Policy === undefined ? undefined : typeof key.Policy === 'string' ? key.Policy : JSON.stringify(key.Policy, null, 2);
    if (policy !== undefined) {
      try {
        checkPolicy(policy);
      } catch (e) {
        throw new SeedError(`${where}.Policy: ${(e as Error).message}`);
      }
    }
    for (const alias of key.Aliases ?? []) {
      try {
        checkAliasName(alias);
      } catch (e) {
        throw new SeedError(`${where}.Aliases: ${alias}: ${(e as Error).message || 'the alias/aws/ prefix is reserved for AWS managed keys'}`);
      }
    }
    if (key.KeyRotationEnabled && spec !== 'SYMMETRIC_DEFAULT') throw new SeedError(`${where}.KeyRotationEnabled is for symmetric encryption keys`);
    const material = await seededMaterial(key, spec, where);
    return { key, where, spec, usage, policy, tags: tagsOf(key, where), material, origin: key.Origin ?? 'AWS_KMS' };
  }));
  const fresh = await Promise.all(prepared.map(async (p) => p.material ?? (p.origin === 'AWS_KMS' ? await createMaterial(p.spec) : undefined)));

  await ctx.store.transact(() => {
    // every key is checked and made before any is written: a refused document writes nothing
    const changes = prepared.map((p, i) => {
      const existing = unlessDamaged(() => loadKey(ctx, p.key.KeyId));
      const key = existing ? checkedExisting(existing, p) : newSeededKey(ctx, p, fresh[i]);
      const before = JSON.stringify(existing);
      applyMutable(ctx, key, p);
      const aliases = (p.key.Aliases ?? []).filter((name) => ctx.store.get<AliasRecord>('aliases', name)?.TargetKeyId !== key.KeyId);
      return { key, existing, changed: JSON.stringify(key) !== before, aliases };
    });
    for (const { key, existing, changed, aliases } of changes) {
      if (changed) ctx.store.put('keys', key.KeyId, key);
      const now = ctx.now().getTime();
      for (const name of aliases) {
        const alias = ctx.store.get<AliasRecord>('aliases', name);
        ctx.store.put('aliases', name, { AliasName: name, TargetKeyId: key.KeyId, CreationDate: alias?.CreationDate ?? now, LastUpdatedDate: now } satisfies AliasRecord);
      }
      (!existing ? result.created : changed || aliases.length > 0 ? result.updated : result.unchanged).push(key.KeyId);
    }
  });
}

type Prepared = { key: SeedKey; where: string; spec: KeySpec; usage: KeyUsage; policy?: string; tags: Tag[]; origin: 'AWS_KMS' | 'EXTERNAL'; material?: KeyRecord['Material'] };

/** An existing key the seed names: the same kind of key, holding the seeded material; a copy to change. */
function checkedExisting(existing: KeyRecord, p: Prepared): KeyRecord {
  if (existing.KeySpec !== p.spec || existing.KeyUsage !== p.usage || (existing.Origin ?? 'AWS_KMS') !== p.origin) {
    throw new SeedError(`${p.where}: key ${p.key.KeyId} exists as ${existing.KeySpec} ${existing.KeyUsage} ${existing.Origin ?? 'AWS_KMS'}, not ${p.spec} ${p.usage} ${p.origin}`);
  }
  if (p.material && !holdsMaterial(existing.Material, p.material)) throw new SeedError(`${p.where}: key ${p.key.KeyId} exists with other key material`);
  if (isPendingDeletion(existing.KeyState)) throw new SeedError(`${p.where}: key ${p.key.KeyId} is pending deletion`);
  return structuredClone(existing);
}

function newSeededKey(ctx: RequestContext, p: Prepared, made: KeyRecord['Material'] | undefined): KeyRecord {
  const material = made ?? awaitingImport(p.spec);
  const key = newKeyRecord(ctx, { keyId: p.key.KeyId, spec: p.spec, usage: p.usage, origin: p.origin, material, description: p.key.Description, policy: p.policy, tags: p.tags });
  // an EXTERNAL key seeded with material has it imported
  if (p.origin === 'EXTERNAL' && material.kind !== 'none' && !(material.kind === 'symmetric' && material.current === '')) {
    key.Imports = importsOf(key.KeyId, material);
    key.KeyState = 'Enabled';
  }
  return key;
}

/** The fields a seed sets on a key whether it is new or not. */
function applyMutable(ctx: RequestContext, key: KeyRecord, p: Prepared): void {
  if (p.key.Description !== undefined) key.Description = p.key.Description;
  if (p.key.Tags !== undefined) key.Tags = p.tags;
  if (p.policy !== undefined) key.Policy = p.policy;
  if (p.key.Enabled !== undefined && (key.KeyState === 'Enabled' || key.KeyState === 'Disabled')) key.KeyState = p.key.Enabled ? 'Enabled' : 'Disabled';
  if (p.key.KeyRotationEnabled === undefined) return;
  const rotation = (key.Rotation ??= { Enabled: false, History: [] });
  const period = p.key.RotationPeriodInDays ?? rotation.PeriodDays ?? 365;
  if (!p.key.KeyRotationEnabled) {
    rotation.Enabled = false;
    delete rotation.NextDate;
  } else if (!rotation.Enabled || rotation.PeriodDays !== period) {
    Object.assign(rotation, { Enabled: true, PeriodDays: period, NextDate: ctx.now().getTime() + period * DAY_MS });
  }
}

/**
 * A scope's keys as a seed document would give them; material too unless left out. Keys pending
 * deletion are left out, and so are multi-Region keys and keys in custom key stores, which a
 * seed cannot make: their ids are returned apart.
 */
export function exportScope(ctx: RequestContext, options: { keyMaterial: boolean }): { keys: SeedKey[]; leftOut: string[] } {
  const leftOut: string[] = [];
  const aliases = new Map<string, string[]>();
  for (const name of ctx.store.list('aliases')) {
    const alias = unlessDamaged(() => ctx.store.get<AliasRecord>('aliases', name));
    if (alias) aliases.set(alias.TargetKeyId, [...(aliases.get(alias.TargetKeyId) ?? []), name]);
  }
  const keys: SeedKey[] = [];
  for (const id of ctx.store.list('keys')) {
    const key = unlessDamaged(() => loadKey(ctx, id));
    if (!key || isPendingDeletion(key.KeyState)) continue;
    if (key.MultiRegion || key.CustomKeyStoreId) {
      leftOut.push(key.KeyId);
      continue;
    }
    const entry: SeedKey = {
      KeyId: key.KeyId,
      Region: ctx.region,
      Account: ctx.accountId,
      KeySpec: key.KeySpec,
      KeyUsage: key.KeyUsage,
      ...(key.Origin === 'EXTERNAL' ? { Origin: key.Origin } : {}),
      Description: key.Description,
      Enabled: key.KeyState === 'Enabled',
      ...(aliases.has(key.KeyId) ? { Aliases: aliases.get(key.KeyId) } : {}),
      Tags: key.Tags,
      Policy: key.Policy,
      ...(key.Rotation?.Enabled ? { KeyRotationEnabled: true, RotationPeriodInDays: key.Rotation.PeriodDays } : {}),
    };
    if (options.keyMaterial) Object.assign(entry, materialOf(key));
    keys.push(entry);
  }
  return { keys, leftOut };
}

function materialOf(key: KeyRecord): Pick<SeedKey, 'KeyMaterial' | 'KeyMaterials'> {
  const m = key.Material;
  switch (m.kind) {
    case 'symmetric': {
      const ids = Object.keys(m.versions);
      if (ids.length === 0) return {};
      // the current material last: seeding makes the last one current
      const ordered = [...ids.filter((id) => id !== m.current), ...ids.filter((id) => id === m.current)];
      return { KeyMaterials: ordered.map((id) => ({ KeyMaterialId: id, KeyMaterial: m.versions[id], ...(id === m.current ? { Current: true } : {}) })) };
    }
    case 'hmac': return { KeyMaterial: m.key };
    case 'ml-dsa': return { KeyMaterial: m.seed };
    case 'asymmetric': return { KeyMaterial: m.privateKey };
    default: return {};
  }
}
