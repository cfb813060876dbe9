// A KMS key as the store holds it, and the KeyMetadata AWS reports for it.
import type { KeyObject } from 'node:crypto';
import { privateKeyFromPkcs8, publicKeyFromSpki } from '../crypto/key-pairs.js';
import { algorithmsFor, type UsageAlgorithms } from './key-specs.js';
import type { KeySpec, KeyUsage } from './model.js';

import type { KeyState } from './key-states.js';
export type { KeyState };

export interface Tag {
  TagKey: string;
  TagValue: string;
}

export interface SymmetricMaterial {
  kind: 'symmetric';
  /** id (hex) of the material new ciphertext is made with */
  current: string;
  /** every material id (hex) → AES-256 key (base64); older ones still decrypt */
  versions: Record<string, string>;
}

export interface HmacMaterial {
  kind: 'hmac';
  /** the HMAC key, base64 */
  key: string;
}

export interface MlDsaMaterial {
  kind: 'ml-dsa';
  /** the 32-byte seed ξ the key pair is derived from, base64 */
  seed: string;
  /** DER SubjectPublicKeyInfo, base64 */
  publicKey: string;
}

export interface AsymmetricMaterial {
  kind: 'asymmetric';
  /** DER PKCS#8, base64 */
  privateKey: string;
  /** DER SubjectPublicKeyInfo, base64 */
  publicKey: string;
}

/** An EXTERNAL key's HMAC or asymmetric material before it is imported, or after it is deleted. */
export interface NoMaterial {
  kind: 'none';
}

/** Material imported into an EXTERNAL key, as ListKeyRotations and DescribeKey report it. */
export interface ImportedMaterial {
  KeyMaterialId: string;
  Description?: string;
  /** IMPORTED while its bytes are in the key; PENDING_IMPORT once deleted or expired */
  ImportState: 'IMPORTED' | 'PENDING_IMPORT';
  KeyMaterialState: 'CURRENT' | 'NON_CURRENT' | 'PENDING_ROTATION';
  ExpirationModel?: 'KEY_MATERIAL_EXPIRES' | 'KEY_MATERIAL_DOES_NOT_EXPIRE';
  /** epoch milliseconds */
  ValidTo?: number;
}

/** A GetParametersForImport answer still valid: its wrapping key, kept to unwrap what the caller sends. */
export interface ImportParameters {
  /** SHA-256 (hex) of the import token */
  TokenHash: string;
  WrappingAlgorithm: string;
  /** DER PKCS#8, base64 */
  WrappingKey: string;
  /** epoch milliseconds */
  ValidTo: number;
}

/**
 * A multi-Region key's part. The primary's document holds the shared properties (material,
 * rotation) and the list of replica Regions; a replica reads them from the primary when it is
 * loaded (key-lookup), so related keys never disagree.
 */
export interface MultiRegionState {
  Type: 'PRIMARY' | 'REPLICA';
  PrimaryRegion: string;
  ReplicaRegions: string[];
}

/** A grant on the key (CreateGrant), as ListGrants reports it. */
export interface Grant {
  GrantId: string;
  Name?: string;
  /** epoch milliseconds */
  CreationDate: number;
  GranteePrincipal?: string;
  GranteeServicePrincipal?: string;
  RetiringPrincipal?: string;
  RetiringServicePrincipal?: string;
  Operations: string[];
  Constraints?: { EncryptionContextSubset?: Record<string, string>; EncryptionContextEquals?: Record<string, string>; SourceArn?: string };
}

/** One rotation of a symmetric key's material (ListKeyRotations). */
export interface RotationRecord {
  KeyMaterialId: string;
  /** epoch milliseconds */
  RotationDate: number;
  RotationType: 'AUTOMATIC' | 'ON_DEMAND';
}

/** Automatic rotation, where it was enabled, and the rotations made. */
export interface RotationState {
  Enabled: boolean;
  PeriodDays?: number;
  /** epoch milliseconds: when automatic rotation rotates next */
  NextDate?: number;
  History: RotationRecord[];
}

export interface KeyRecord {
  /** the document's version (documents.ts KEY_DOCUMENT_VERSION); absent in version 1 */
  Version?: number;
  KeyId: string;
  Arn: string;
  AWSAccountId: string;
  /** epoch milliseconds */
  CreationDate: number;
  Description: string;
  KeyUsage: KeyUsage;
  KeyState: KeyState;
  KeySpec: KeySpec;
  DeletionDate?: number;
  Policy: string;
  Tags: Tag[];
  Rotation?: RotationState;
  /** absent for keys made before pskms had imported material: AWS_KMS */
  Origin?: 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM' | 'EXTERNAL_KEY_STORE';
  /** a key in a custom key store: the store, its CloudHSM cluster or the external key's id */
  CustomKeyStoreId?: string;
  CloudHsmClusterId?: string;
  XksKeyId?: string;
  /** a key whose custom key store is disconnected is Unavailable; its state to go back to */
  AvailableState?: 'Enabled' | 'Disabled';
  /** EXTERNAL keys: every material imported into the key */
  Imports?: ImportedMaterial[];
  ImportParameters?: ImportParameters[];
  Grants?: Grant[];
  /** multi-Region keys (mrk-…): this key's part, and where its related keys are */
  MultiRegion?: MultiRegionState;
  /** PendingReplicaDeletion: the waiting period that starts when the last replica is deleted */
  PendingWindowDays?: number;
  Material: SymmetricMaterial | HmacMaterial | AsymmetricMaterial | MlDsaMaterial | NoMaterial;
}

function withoutMac(algorithms: UsageAlgorithms): UsageAlgorithms {
  const { MacAlgorithms: _mac, ...rest } = algorithms;
  return rest;
}

/** What DescribeKey says of an EXTERNAL key's imported material: its expiration while imported. */
function importMetadata(key: KeyRecord): { ExpirationModel?: string; ValidTo?: Date } {
  const imported = (key.Imports ?? []).filter((m) => m.ImportState === 'IMPORTED' && m.KeyMaterialState !== 'PENDING_ROTATION');
  const current = imported.find((m) => m.KeyMaterialState === 'CURRENT');
  if (!current) return {};
  // the earliest time at which any material permanently associated with the key expires
  const validTo = imported.map((m) => m.ValidTo).filter((t): t is number => t !== undefined);
  return { ...(validTo.length > 0 ? { ValidTo: new Date(Math.min(...validTo)) } : {}), ExpirationModel: current.ExpirationModel };
}

/** KeyMetadata in the member order of AWS's model (MacAlgorithms comes after MultiRegion). */
export function keyMetadata(key: KeyRecord): Record<string, unknown> {
  const symmetric = key.Material.kind === 'symmetric';
  const imported = importMetadata(key);
  return {
    AWSAccountId: key.AWSAccountId,
    KeyId: key.KeyId,
    Arn: key.Arn,
    CreationDate: new Date(key.CreationDate),
    Enabled: key.KeyState === 'Enabled',
    Description: key.Description,
    KeyUsage: key.KeyUsage,
    KeyState: key.KeyState,
    ...(key.DeletionDate !== undefined && key.KeyState === 'PendingDeletion' ? { DeletionDate: new Date(key.DeletionDate) } : {}),
    ...(imported.ValidTo ? { ValidTo: imported.ValidTo } : {}),
    Origin: key.Origin ?? 'AWS_KMS',
    ...(key.CustomKeyStoreId ? { CustomKeyStoreId: key.CustomKeyStoreId } : {}),
    ...(key.CloudHsmClusterId ? { CloudHsmClusterId: key.CloudHsmClusterId } : {}),
    ...(imported.ExpirationModel ? { ExpirationModel: imported.ExpirationModel } : {}),
    KeyManager: 'CUSTOMER',
    CustomerMasterKeySpec: key.KeySpec,
    KeySpec: key.KeySpec,
    ...withoutMac(algorithmsFor(key.KeySpec, key.KeyUsage)),
    MultiRegion: key.MultiRegion !== undefined,
    ...(key.MultiRegion ? { MultiRegionConfiguration: multiRegionConfiguration(key) } : {}),
    ...(key.KeyState === 'PendingReplicaDeletion' && key.PendingWindowDays !== undefined ? { PendingDeletionWindowInDays: key.PendingWindowDays } : {}),
    ...(key.XksKeyId ? { XksKeyConfiguration: { Id: key.XksKeyId } } : {}),
    ...(algorithmsFor(key.KeySpec, key.KeyUsage).MacAlgorithms ? { MacAlgorithms: algorithmsFor(key.KeySpec, key.KeyUsage).MacAlgorithms } : {}),
    ...(symmetric && (key.Material as SymmetricMaterial).current !== '' ? { CurrentKeyMaterialId: (key.Material as SymmetricMaterial).current } : {}),
  };
}

/** The ARN of the related key in another Region: the same but for the Region. */
export function relatedArn(key: KeyRecord, region: string): string {
  return key.Arn.replace(/^(arn:[^:]+:kms:)[^:]*:/, `$1${region}:`);
}

/** DescribeKey's MultiRegionConfiguration: the same for every related key but for the type. */
function multiRegionConfiguration(key: KeyRecord): Record<string, unknown> {
  const mr = key.MultiRegion!;
  const entry = (region: string) => ({ Arn: relatedArn(key, region), Region: region });
  return { MultiRegionKeyType: mr.Type, PrimaryKey: entry(mr.PrimaryRegion), ReplicaKeys: mr.ReplicaRegions.map(entry) };
}

export function symmetricKey(material: SymmetricMaterial, materialId: string): Uint8Array | undefined {
  const key = material.versions[materialId];
  return key === undefined ? undefined : new Uint8Array(Buffer.from(key, 'base64'));
}

// Parsing a PKCS#8 or SPKI document costs more than a P-256 signature, and a long-lived process
// (serve, the module host) uses the same keys again and again. The cache is keyed by the
// encoded material itself, so a key is never served from a stale entry.
const parsedKeys = new Map<string, KeyObject>();
const MAX_PARSED_KEYS = 256;

function parsedOnce(encoded: string, parse: () => KeyObject): KeyObject {
  let key = parsedKeys.get(encoded);
  if (!key) {
    key = parse();
    if (parsedKeys.size >= MAX_PARSED_KEYS) parsedKeys.delete(parsedKeys.keys().next().value!);
    parsedKeys.set(encoded, key);
  }
  return key;
}

export function privateKeyOf(key: KeyRecord): KeyObject {
  if (key.Material.kind !== 'asymmetric') throw new Error('not an asymmetric key');
  const encoded = key.Material.privateKey;
  return parsedOnce(encoded, () => privateKeyFromPkcs8(Buffer.from(encoded, 'base64')));
}

/** Whether the key is one half of a key pair (its public key can be shared). */
export function hasPublicKey(key: KeyRecord): boolean {
  return key.Material.kind === 'asymmetric' || key.Material.kind === 'ml-dsa';
}

export function publicKeyDerOf(key: KeyRecord): Uint8Array {
  if (key.Material.kind !== 'asymmetric' && key.Material.kind !== 'ml-dsa') throw new Error('not an asymmetric key');
  return new Uint8Array(Buffer.from(key.Material.publicKey, 'base64'));
}

export function publicKeyOf(key: KeyRecord): KeyObject {
  if (key.Material.kind !== 'asymmetric') return publicKeyFromSpki(publicKeyDerOf(key));
  const encoded = key.Material.publicKey;
  return parsedOnce(encoded, () => publicKeyFromSpki(publicKeyDerOf(key)));
}
