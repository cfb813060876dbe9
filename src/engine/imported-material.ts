// The material of an EXTERNAL key: its ids, whether all of it is in place, and taking it away
// (DeleteImportedKeyMaterial, or its ValidTo passing). Kept apart from the import operation so
// that the key lookup can expire material without loading the import code.
import { createHash } from 'node:crypto';
import type { ImportedMaterial, KeyRecord } from './key-record.js';
import { isPendingDeletion } from './key-states.js';
import type { KeySpec } from './model.js';

/**
 * KMS derives a material's id from the key id and the material, so that importing the same
 * material again gives the same id, and the same material in two keys two ids.
 */
export function importedMaterialId(keyId: string, material: Uint8Array): string {
  return createHash('sha256').update(keyId).update(material).digest('hex');
}

/** An EXTERNAL key's material before anything is imported: a symmetric key's list of materials, empty; none for the others. */
export function awaitingImport(spec: KeySpec): KeyRecord['Material'] {
  return spec === 'SYMMETRIC_DEFAULT' ? { kind: 'symmetric', current: '', versions: {} } : { kind: 'none' };
}

/** Material whose ValidTo has passed and that is still in the key. */
function expiredMaterials(key: KeyRecord, now: number): ImportedMaterial[] {
  return (key.Imports ?? []).filter((m) => m.ImportState === 'IMPORTED' && m.ValidTo !== undefined && m.ValidTo <= now);
}

/**
 * Whether every material permanently associated with the key is in it: an EXTERNAL key is
 * PendingImport until then (material pending rotation does not count).
 */
export function allMaterialImported(key: KeyRecord): boolean {
  const associated = (key.Imports ?? []).filter((m) => m.KeyMaterialState !== 'PENDING_ROTATION');
  return associated.length > 0 && associated.every((m) => m.ImportState === 'IMPORTED');
}

/**
 * Takes one material's bytes out of the key. Material pending rotation was never associated
 * with the key and is forgotten; other material keeps its id, to be imported again. The key goes
 * to PendingImport unless it is being deleted.
 */
export function removeImportedMaterial(key: KeyRecord, entry: ImportedMaterial): void {
  if (key.Material.kind === 'symmetric') delete key.Material.versions[entry.KeyMaterialId];
  else key.Material = { kind: 'none' };
  if (entry.KeyMaterialState === 'PENDING_ROTATION') {
    key.Imports = (key.Imports ?? []).filter((m) => m !== entry);
    return;
  }
  entry.ImportState = 'PENDING_IMPORT';
  delete entry.ExpirationModel;
  delete entry.ValidTo;
  if (!isPendingDeletion(key.KeyState)) key.KeyState = 'PendingImport';
}

/** Removes the material whose ValidTo has passed; true if there was any. */
export function expireMaterial(key: KeyRecord, now: number): boolean {
  const expired = expiredMaterials(key, now);
  for (const entry of expired) removeImportedMaterial(key, entry);
  return expired.length > 0;
}
