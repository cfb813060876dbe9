// Multi-Region keys: ReplicateKey and UpdatePrimaryRegion, and what deleting a replica does to
// its primary. Related keys share their id (mrk-…), key material, spec, usage, origin and
// rotation, held by the primary's document; each has its own description, policy, tags,
// aliases, grants and key state. Writes that span Regions hold every Region's lock.
import { DAY_MS, partitionOf, regionContext, type RequestContext } from '../context.js';
import { KmsError } from '../errors.js';
import { findKeyNotAlias, loadKey } from '../key-lookup.js';
import { keyMetadata, relatedArn, type KeyRecord, type Tag } from '../key-record.js';
import { checkKeyState } from '../key-states.js';
import { awaitingImport } from '../imported-material.js';
import { SM2_REGIONS } from '../key-specs.js';
import { compact, type KmsResponse } from '../operation.js';
import { ScopeStore } from '../../store/scope-store.js';
import { checkTags, newKeyRecord } from './keys.js';


function notPrimary(key: KeyRecord): KmsError {
  return new KmsError('UnsupportedOperationException', `${key.Arn} is not a multi-region primary key.`);
}

/** The key as a multi-Region primary (UnsupportedOperationException otherwise). */
function requirePrimary(key: KeyRecord): void {
  if (key.MultiRegion?.Type !== 'PRIMARY') throw notPrimary(key);
}

function alreadyReplicated(): KmsError {
  return new KmsError('AlreadyExistsException', 'You can create only one replica of each primary key in each AWS Region.');
}

interface ReplicateKeyRequest {
  KeyId: string;
  ReplicaRegion: string;
  Policy?: string;
  Description?: string;
  Tags?: Tag[];
  BypassPolicyLockoutSafetyCheck?: boolean;
}

export async function replicateKey(ctx: RequestContext, req: ReplicateKeyRequest): Promise<KmsResponse> {
  const found = findKeyNotAlias(ctx, req.KeyId);
  requirePrimary(found);
  checkKeyState(found, 'ReplicateKey');
  if (partitionOf(req.ReplicaRegion) !== ctx.partition) {
    throw new KmsError('UnsupportedOperationException', `${req.ReplicaRegion} is not a Region of the ${ctx.partition} partition, where ${found.Arn} is.`);
  }
  if (found.KeySpec === 'SM2' && !SM2_REGIONS.includes(req.ReplicaRegion)) throw new KmsError('UnsupportedOperationException', `KeySpec SM2 is not supported in ${req.ReplicaRegion}`);
  checkTags(req.Tags ?? [], []);
  if (req.Policy !== undefined) (await import('./policies.js')).checkPolicy(req.Policy);
  const replicaCtx = regionContext(ctx, req.ReplicaRegion);

  const replica = await ScopeStore.transactAll([ctx.store, replicaCtx.store], () => {
    const primary = findKeyNotAlias(ctx, req.KeyId);
    requirePrimary(primary);
    checkKeyState(primary, 'ReplicateKey');
    const regions = primary.MultiRegion!;
    if (req.ReplicaRegion === ctx.region || regions.ReplicaRegions.includes(req.ReplicaRegion) || replicaCtx.store.get('keys', primary.KeyId)) throw alreadyReplicated();
    regions.ReplicaRegions = [...regions.ReplicaRegions, req.ReplicaRegion];
    // imported material is imported into each related key: a replica of an EXTERNAL key waits for
    // it; otherwise the replica holds a copy of the shared material (the primary's is the one that counts)
    const external = primary.Origin === 'EXTERNAL';
    const material = external ? awaitingImport(primary.KeySpec) : primary.Material;
    if (material.kind === 'symmetric' && primary.Material.kind === 'symmetric') material.current = primary.Material.current;
    const made = newKeyRecord(replicaCtx, {
      keyId: primary.KeyId, spec: primary.KeySpec, usage: primary.KeyUsage, origin: external ? 'EXTERNAL' : 'AWS_KMS', material,
      description: req.Description, policy: req.Policy, tags: req.Tags,
    });
    if (external) {
      made.Imports = (primary.Imports ?? []).filter((m) => m.KeyMaterialState !== 'PENDING_ROTATION')
        .map((m) => ({ KeyMaterialId: m.KeyMaterialId, ImportState: 'PENDING_IMPORT' as const, KeyMaterialState: m.KeyMaterialState, ...(m.Description ? { Description: m.Description } : {}) }));
    }
    made.MultiRegion = { Type: 'REPLICA', PrimaryRegion: ctx.region, ReplicaRegions: regions.ReplicaRegions };
    replicaCtx.store.put('keys', made.KeyId, made);
    ctx.store.put('keys', primary.KeyId, primary);
    return made;
  });
  // AWS answers while the replica is still being made: Creating, then Enabled a moment later
  const metadata = keyMetadata(replica);
  return compact({
    ReplicaKeyMetadata: { ...metadata, Enabled: false, KeyState: 'Creating' },
    ReplicaPolicy: replica.Policy,
    ReplicaTags: req.Tags && req.Tags.length > 0 ? req.Tags : undefined,
  });
}

export async function updatePrimaryRegion(ctx: RequestContext, req: { KeyId: string; PrimaryRegion: string }): Promise<KmsResponse> {
  const found = findKeyNotAlias(ctx, req.KeyId);
  requirePrimary(found);
  checkKeyState(found, 'UpdatePrimaryRegion');
  const regions = found.MultiRegion!;
  const missing = () => new KmsError('NotFoundException', `Key '${relatedArn(found, req.PrimaryRegion)}' does not exist`);
  if (!regions.ReplicaRegions.includes(req.PrimaryRegion)) throw missing();
  const all = [ctx.region, ...regions.ReplicaRegions];
  await ScopeStore.transactAll(all.map((r) => regionContext(ctx, r).store), () => {
    const oldPrimary = findKeyNotAlias(ctx, req.KeyId);
    requirePrimary(oldPrimary);
    checkKeyState(oldPrimary, 'UpdatePrimaryRegion');
    const newCtx = regionContext(ctx, req.PrimaryRegion);
    const newPrimary = newCtx.store.get<KeyRecord>('keys', oldPrimary.KeyId);
    if (!newPrimary || !oldPrimary.MultiRegion!.ReplicaRegions.includes(req.PrimaryRegion)) throw missing();
    checkKeyState(newPrimary, 'UpdatePrimaryRegion');
    const replicas = [ctx.region, ...oldPrimary.MultiRegion!.ReplicaRegions.filter((r) => r !== req.PrimaryRegion)];
    // the shared properties move to the new primary's document
    newPrimary.MultiRegion = { Type: 'PRIMARY', PrimaryRegion: req.PrimaryRegion, ReplicaRegions: replicas };
    if (oldPrimary.Origin !== 'EXTERNAL') newPrimary.Material = oldPrimary.Material;
    if (oldPrimary.Rotation) newPrimary.Rotation = oldPrimary.Rotation;
    newCtx.store.put('keys', newPrimary.KeyId, newPrimary);
    for (const region of replicas) {
      const rctx = regionContext(ctx, region);
      const key = region === ctx.region ? oldPrimary : rctx.store.get<KeyRecord>('keys', oldPrimary.KeyId);
      if (!key) continue;
      key.MultiRegion = { Type: 'REPLICA', PrimaryRegion: req.PrimaryRegion, ReplicaRegions: replicas };
      rctx.store.put('keys', key.KeyId, key);
    }
  });
  return {};
}

/**
 * A replica has been deleted (at deletedAt, when known): its primary forgets it, and a primary waiting for its replicas'
 * deletion (PendingReplicaDeletion) starts its own waiting period when the last one is gone.
 */
export async function forgetReplica(replicaCtx: RequestContext, keyId: string, primaryRegion: string, deletedAt: number | undefined): Promise<void> {
  const primaryCtx = regionContext(replicaCtx, primaryRegion);
  await primaryCtx.store.transact(() => {
    const primary = loadKey(primaryCtx, keyId, false);
    if (primary?.MultiRegion?.Type !== 'PRIMARY' || !primary.MultiRegion.ReplicaRegions.includes(replicaCtx.region)) return;
    primary.MultiRegion.ReplicaRegions = primary.MultiRegion.ReplicaRegions.filter((r) => r !== replicaCtx.region);
    if (primary.KeyState === 'PendingReplicaDeletion' && primary.MultiRegion.ReplicaRegions.length === 0) {
      // the waiting period begins when the last replica was deleted: its deletion date
      primary.KeyState = 'PendingDeletion';
      primary.DeletionDate = Math.min(deletedAt ?? Infinity, primaryCtx.now().getTime()) + (primary.PendingWindowDays ?? 30) * DAY_MS;
      delete primary.PendingWindowDays;
    }
    primaryCtx.store.put('keys', primary.KeyId, primary);
  });
}
