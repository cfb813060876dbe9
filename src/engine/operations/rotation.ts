// Key rotation: EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus, RotateKeyOnDemand,
// ListKeyRotations. Rotating adds new AES-256 material to a symmetric key and makes it current;
// every earlier material stays, so all that it encrypted still decrypts. Automatic rotation
// happens when its date has passed: the first call that finds the key so rotates it.
import { randomBytes } from 'node:crypto';
import { DAY_MS, type RequestContext } from '../context.js';
import { KmsError } from '../errors.js';
import { findKeyNotAlias, rotationDue } from '../key-lookup.js';
import { checkKeyState } from '../key-states.js';
import type { KeyRecord, RotationState, SymmetricMaterial } from '../key-record.js';
import { compact, type KmsResponse } from '../operation.js';
import { PAGE_SIZES, pageByPosition, updateKey } from './keys.js';

const DEFAULT_PERIOD_DAYS = 365;
/** On-demand rotations a key may have in all. */
const MAX_ON_DEMAND = 25;

/** Rotation is for symmetric encryption keys outside custom key stores; others say nothing more. */
function rotatable(key: KeyRecord): SymmetricMaterial {
  if (key.Material.kind !== 'symmetric') throw new KmsError('UnsupportedOperationException', '');
  if (key.CustomKeyStoreId) throw new KmsError('UnsupportedOperationException', `${key.Arn} origin is ${key.Origin} which is not valid for this operation.`);
  return key.Material;
}

/** A multi-Region key's rotation is set and made on its primary. */
function notReplica(key: KeyRecord): void {
  if (key.MultiRegion?.Type === 'REPLICA') throw new KmsError('UnsupportedOperationException', `${key.Arn} is not a multi-region primary key.`);
}

/** Automatic rotation is for keys whose material KMS made. */
function automaticallyRotatable(key: KeyRecord): void {
  rotatable(key);
  notReplica(key);
  if (key.Origin === 'EXTERNAL') throw new KmsError('UnsupportedOperationException', `${key.Arn} origin is EXTERNAL which is not valid for this operation.`);
}

function stateOf(key: KeyRecord): RotationState {
  key.Rotation ??= { Enabled: false, History: [] };
  return key.Rotation;
}

/**
 * New current material, recorded in the key's history: made afresh, or, for an EXTERNAL key, the
 * imported material pending rotation.
 */
function rotate(key: KeyRecord, type: 'AUTOMATIC' | 'ON_DEMAND', at: number): void {
  const material = rotatable(key);
  let id: string;
  if (key.Origin === 'EXTERNAL') {
    const pending = key.Imports?.find((m) => m.KeyMaterialState === 'PENDING_ROTATION');
    if (!pending) throw new KmsError('KMSInvalidStateException', `No available key material pending rotation for the key: ${key.Arn}.`);
    for (const m of key.Imports!) if (m.KeyMaterialState === 'CURRENT') m.KeyMaterialState = 'NON_CURRENT';
    pending.KeyMaterialState = 'CURRENT';
    id = pending.KeyMaterialId;
  } else {
    id = randomBytes(32).toString('hex');
    material.versions[id] = randomBytes(32).toString('base64');
  }
  material.current = id;
  stateOf(key).History.push({ KeyMaterialId: id, RotationDate: at, RotationType: type });
}

/** Makes the automatic rotations whose dates have passed, each dated when it was due. */
export function rotateWhenDue(ctx: RequestContext, key: KeyRecord): boolean {
  let rotated = false;
  for (let i = 0; i < 1000 && rotationDue(ctx, key); i++) {
    const state = key.Rotation!;
    rotate(key, 'AUTOMATIC', state.NextDate!);
    state.NextDate! += (state.PeriodDays ?? DEFAULT_PERIOD_DAYS) * DAY_MS;
    rotated = true;
  }
  return rotated;
}

export async function enableKeyRotation(ctx: RequestContext, req: { KeyId: string; RotationPeriodInDays?: number }): Promise<KmsResponse> {
  await updateKey(ctx, req.KeyId, (key) => {
    automaticallyRotatable(key);
    checkKeyState(key, 'EnableKeyRotation');
    const state = stateOf(key);
    const period = req.RotationPeriodInDays ?? state.PeriodDays ?? DEFAULT_PERIOD_DAYS;
    // enabling again with the same period keeps the date; a new period counts from now
    if (!state.Enabled || state.PeriodDays !== period || state.NextDate === undefined) state.NextDate = ctx.now().getTime() + period * DAY_MS;
    state.Enabled = true;
    state.PeriodDays = period;
  });
  return {};
}

export async function disableKeyRotation(ctx: RequestContext, req: { KeyId: string }): Promise<KmsResponse> {
  await updateKey(ctx, req.KeyId, (key) => {
    automaticallyRotatable(key);
    checkKeyState(key, 'DisableKeyRotation');
    const state = stateOf(key);
    state.Enabled = false;
    delete state.NextDate;
  });
  return {};
}

export async function getKeyRotationStatus(ctx: RequestContext, req: { KeyId: string }): Promise<KmsResponse> {
  const key = findKeyNotAlias(ctx, req.KeyId);
  rotatable(key);
  checkKeyState(key, 'GetKeyRotationStatus');
  const state = key.Rotation;
  return compact({
    KeyRotationEnabled: state?.Enabled === true,
    KeyId: key.KeyId,
    RotationPeriodInDays: state?.Enabled ? state.PeriodDays : undefined,
    NextRotationDate: state?.Enabled && state.NextDate !== undefined ? new Date(state.NextDate) : undefined,
  });
}

export async function rotateKeyOnDemand(ctx: RequestContext, req: { KeyId: string }): Promise<KmsResponse> {
  const keyId = await updateKey(ctx, req.KeyId, (key) => {
    rotatable(key);
    notReplica(key);
    checkKeyState(key, 'RotateKeyOnDemand');
    if (key.MultiRegion && key.Origin === 'EXTERNAL') throw new KmsError('UnsupportedOperationException', `${key.Arn} is a multi-Region key with imported key material, which pskms does not rotate on demand.`);
    if (stateOf(key).History.filter((r) => r.RotationType === 'ON_DEMAND').length >= MAX_ON_DEMAND) {
      throw new KmsError('LimitExceededException', `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${key.Arn}`);
    }
    rotate(key, 'ON_DEMAND', ctx.now().getTime());
    return key.KeyId;
  });
  return { KeyId: keyId };
}

export async function listKeyRotations(ctx: RequestContext, req: { KeyId: string; IncludeKeyMaterial?: string; Limit?: number; Marker?: string }): Promise<KmsResponse> {
  const key = findKeyNotAlias(ctx, req.KeyId);
  const material = rotatable(key);
  const history = key.Rotation?.History ?? [];
  const rotated = new Set(history.map((r) => r.KeyMaterialId));
  if (key.Origin === 'EXTERNAL') return pageOf(importedRotations(key, req.IncludeKeyMaterial === 'ALL_KEY_MATERIAL'), req);
  const stateOfMaterial = (id: string) => (id === material.current ? 'CURRENT' : 'NON_CURRENT');
  const entries = [
    // with ALL_KEY_MATERIAL, the material the key was made with comes first, with no rotation
    ...(req.IncludeKeyMaterial === 'ALL_KEY_MATERIAL'
      ? Object.keys(material.versions).filter((id) => !rotated.has(id)).map((id) => ({ KeyId: key.KeyId, KeyMaterialId: id, KeyMaterialState: stateOfMaterial(id) }))
      : []),
    ...history.map((r) => ({ KeyId: key.KeyId, KeyMaterialId: r.KeyMaterialId, KeyMaterialState: stateOfMaterial(r.KeyMaterialId), RotationDate: new Date(r.RotationDate), RotationType: r.RotationType })),
  ];
  return pageOf(entries, req);
}

/**
 * An EXTERNAL key's materials: the rotations to imported material, and with ALL_KEY_MATERIAL the
 * first material and any pending rotation too, each with its import state and expiration.
 */
function importedRotations(key: KeyRecord, all: boolean): Record<string, unknown>[] {
  const rotations = new Map((key.Rotation?.History ?? []).map((r) => [r.KeyMaterialId, r]));
  return (key.Imports ?? [])
    .filter((m) => all || rotations.has(m.KeyMaterialId))
    .map((m) => {
      const rotation = rotations.get(m.KeyMaterialId);
      return compact({
        KeyId: key.KeyId, KeyMaterialId: m.KeyMaterialId, KeyMaterialDescription: m.Description, ImportState: m.ImportState,
        KeyMaterialState: m.KeyMaterialState, ExpirationModel: m.ExpirationModel, ValidTo: m.ValidTo === undefined ? undefined : new Date(m.ValidTo),
        RotationDate: rotation && new Date(rotation.RotationDate), RotationType: rotation?.RotationType,
      });
    });
}

function pageOf(entries: readonly Record<string, unknown>[], req: { Limit?: number; Marker?: string }): KmsResponse {
  const { entries: slice, truncated, nextMarker } = pageByPosition(entries, req, PAGE_SIZES.ListKeyRotations);
  return compact({ Rotations: slice, NextMarker: nextMarker, Truncated: truncated });
}
