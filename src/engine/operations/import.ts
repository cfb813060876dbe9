// Imported key material: GetParametersForImport, ImportKeyMaterial, DeleteImportedKeyMaterial.
// A key made with Origin EXTERNAL has no material until one is imported, wrapped under a public
// key that GetParametersForImport hands out with a token (valid 24 hours). Symmetric keys may
// hold several materials: a NEW_KEY_MATERIAL import waits in PENDING_ROTATION until
// RotateKeyOnDemand makes it current. Material can expire (ValidTo); then, or when deleted, the
// key is PendingImport until the same material is imported again.
import { createHash, randomBytes } from 'node:crypto';
import { unwrapKeyMaterial, readImportedPrivateKey, type WrappingAlgorithm } from '../../crypto/key-import.js';
import { generateDerKeyPair, privateKeyFromPkcs8 } from '../../crypto/key-pairs.js';
import { DAY_MS, HOUR_MS, type RequestContext } from '../context.js';
import { KmsError } from '../errors.js';
import { allMaterialImported, importedMaterialId, removeImportedMaterial } from '../imported-material.js';
import { findKeyNotAlias } from '../key-lookup.js';
import type { ImportedMaterial, KeyRecord, SymmetricMaterial } from '../key-record.js';
import { checkKeyState } from '../key-states.js';
import { HMAC_KEY_BYTES, SM2_REGIONS, specInfo } from '../key-specs.js';
import type { KmsResponse } from '../operation.js';
import { keyPairMaterial, updateKey } from './keys.js';

/** A public key and import token are valid this long. */
const PARAMETERS_VALID_MS = 24 * HOUR_MS;
/** ValidTo is at most this far ahead. */
const MAX_VALID_TO_MS = 365 * DAY_MS;
/** GetParametersForImport answers kept per key; an older token is refused as invalid. */
const KEPT_PARAMETERS = 10;

/** The operations here are for keys with Origin EXTERNAL only. */
function requireExternal(key: KeyRecord): void {
  if (key.Origin !== 'EXTERNAL') throw new KmsError('UnsupportedOperationException', `${key.Arn} origin is ${key.Origin ?? 'AWS_KMS'} which is not valid for this operation.`);
}

function checkWrapping(ctx: RequestContext, algorithm: string, spec: string): void {
  const china = SM2_REGIONS.includes(ctx.region);
  if (algorithm === 'RSAES_PKCS1_V1_5') throw new KmsError('ValidationException', 'KMS no longer supports the RSAES_PKCS1_V1_5 wrapping algorithm.');
  if ((spec === 'SM2') !== (algorithm === 'SM2PKE')) {
    throw new KmsError('ValidationException', `Wrapping algorithm ${algorithm} is not compatible with wrapping key spec ${spec}`);
  }
  if (spec === 'SM2' && !china) throw new KmsError('ValidationException', 'Wrapping key spec SM2 is supported only in China Regions.');
  if (algorithm.startsWith('RSA_AES_KEY_WRAP') && china) throw new KmsError('ValidationException', `Wrapping algorithm ${algorithm} is not supported in China Regions.`);
}

export async function getParametersForImport(ctx: RequestContext, req: { KeyId: string; WrappingAlgorithm: string; WrappingKeySpec: string }): Promise<KmsResponse> {
  const before = findKeyNotAlias(ctx, req.KeyId);
  requireExternal(before);
  checkKeyState(before, 'GetParametersForImport');
  checkWrapping(ctx, req.WrappingAlgorithm, req.WrappingKeySpec);
  // the wrapping key pair is made outside the lock: RSA 4096 takes a while
  const pair = await generateDerKeyPair(req.WrappingKeySpec === 'SM2' ? { kind: 'ec', curve: 'SM2' } : { kind: 'rsa', bits: Number(req.WrappingKeySpec.slice(4)) });
  const token = randomBytes(64);
  const validTo = ctx.now().getTime() + PARAMETERS_VALID_MS;
  const arn = await updateKey(ctx, req.KeyId, (key) => {
    requireExternal(key);
    checkKeyState(key, 'GetParametersForImport');
    const now = ctx.now().getTime();
    const kept = (key.ImportParameters ?? []).filter((p) => p.ValidTo > now).slice(-(KEPT_PARAMETERS - 1));
    key.ImportParameters = [...kept, {
      TokenHash: createHash('sha256').update(token).digest('hex'),
      WrappingAlgorithm: req.WrappingAlgorithm,
      WrappingKey: Buffer.from(pair.privateKey).toString('base64'),
      ValidTo: validTo,
    }];
    return key.Arn;
  });
  return { KeyId: arn, ImportToken: new Uint8Array(token), PublicKey: pair.publicKey, ParametersValidTo: new Date(validTo) };
}

interface ImportKeyMaterialRequest {
  KeyId: string;
  ImportToken: Uint8Array;
  EncryptedKeyMaterial: Uint8Array;
  ValidTo?: Date;
  ExpirationModel?: 'KEY_MATERIAL_EXPIRES' | 'KEY_MATERIAL_DOES_NOT_EXPIRE';
  ImportType?: 'NEW_KEY_MATERIAL' | 'EXISTING_KEY_MATERIAL';
  KeyMaterialDescription?: string;
  KeyMaterialId?: string;
}

function checkExpiration(ctx: RequestContext, req: ImportKeyMaterialRequest): { model: 'KEY_MATERIAL_EXPIRES' | 'KEY_MATERIAL_DOES_NOT_EXPIRE'; validTo?: number } {
  const model = req.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES';
  if (model === 'KEY_MATERIAL_DOES_NOT_EXPIRE') {
    if (req.ValidTo !== undefined) throw new KmsError('ValidationException', 'A validTo date must not be set if the ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE');
    return { model };
  }
  if (req.ValidTo === undefined) throw new KmsError('ValidationException', 'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES');
  const validTo = req.ValidTo.getTime();
  const now = ctx.now().getTime();
  if (validTo <= now) throw new KmsError('ValidationException', 'The validTo date must be in the future.');
  if (validTo > now + MAX_VALID_TO_MS) throw new KmsError('ValidationException', 'The validTo date must be no more than 365 days from now.');
  return { model, validTo };
}

/** The unwrapped material from the token's wrapping key (ExpiredImportToken / InvalidImportToken / InvalidCiphertext otherwise). */
async function unwrap(ctx: RequestContext, key: KeyRecord, req: ImportKeyMaterialRequest): Promise<Uint8Array> {
  const hash = createHash('sha256').update(req.ImportToken).digest('hex');
  const parameters = (key.ImportParameters ?? []).find((p) => p.TokenHash === hash);
  if (!parameters) throw new KmsError('InvalidImportTokenException', 'The import token is invalid or is associated with a different KMS key.');
  if (parameters.ValidTo <= ctx.now().getTime()) {
    throw new KmsError('ExpiredImportTokenException', 'The import token has expired. Use GetParametersForImport to get a new import token and public key.');
  }
  const wrappingKey = privateKeyFromPkcs8(Buffer.from(parameters.WrappingKey, 'base64'));
  const material = await unwrapKeyMaterial(wrappingKey, parameters.WrappingAlgorithm as WrappingAlgorithm, req.EncryptedKeyMaterial);
  if (!material) throw new KmsError('InvalidCiphertextException', '');
  return material;
}

function incorrectMaterial(message: string): KmsError {
  return new KmsError('IncorrectKeyMaterialException', message);
}

/**
 * The unwrapped bytes checked against the key spec: the bytes the material's id is made from,
 * and, for an HMAC or asymmetric key, the key's whole material (a symmetric key adds the bytes
 * to its list of materials instead).
 */
function materialFor(key: KeyRecord, bytes: Uint8Array): { material?: KeyRecord['Material']; stored: Uint8Array } {
  const recipe = specInfo(key.KeySpec).material;
  if (recipe?.kind === 'symmetric') {
    if (bytes.length !== 32) throw incorrectMaterial(`The key material for a ${key.KeySpec} key must be a 256-bit symmetric key.`);
    return { stored: bytes };
  }
  if (recipe?.kind === 'hmac') {
    const [min, max] = HMAC_KEY_BYTES[key.KeySpec];
    if (bytes.length < min || bytes.length > max) throw incorrectMaterial(`The key material for a ${key.KeySpec} key must be ${min} to ${max} bytes long.`);
    return { material: { kind: 'hmac', key: Buffer.from(bytes).toString('base64') }, stored: bytes };
  }
  if (recipe && recipe.kind !== 'ml-dsa') {
    const pair = readImportedPrivateKey(bytes, recipe);
    if (!pair) throw incorrectMaterial(`The key material is not a PKCS#8 private key of key spec ${key.KeySpec}.`);
    return { material: keyPairMaterial(pair), stored: pair.privateKey };
  }
  throw new KmsError('UnsupportedOperationException', `pskms cannot import key material for key spec ${key.KeySpec}.`);
}

/** Records one import into a symmetric key; returns the material id. */
function importSymmetric(key: KeyRecord, bytes: Uint8Array, entry: Omit<ImportedMaterial, 'KeyMaterialId' | 'ImportState' | 'KeyMaterialState'>, req: ImportKeyMaterialRequest): string {
  const imports = (key.Imports ??= []);
  const id = importedMaterialId(key.KeyId, bytes);
  const type = req.ImportType ?? (imports.length === 0 ? 'NEW_KEY_MATERIAL' : 'EXISTING_KEY_MATERIAL');
  const existing = imports.find((m) => m.KeyMaterialId === id);
  if (type === 'NEW_KEY_MATERIAL') {
    if (req.KeyMaterialId !== undefined) throw new KmsError('ValidationException', 'You cannot specify a key material ID with ImportType set to NEW_KEY_MATERIAL.');
    if (existing) throw incorrectMaterial(`The key material (id: ${id}) is already associated with KMS key ${key.Arn}.`);
    const pending = imports.find((m) => m.KeyMaterialState === 'PENDING_ROTATION');
    if (pending) {
      throw new KmsError('KMSInvalidStateException', `New key material (id: ${id}) cannot be imported into KMS key ${key.KeyId}, because another key material (id: ${pending.KeyMaterialId}) is pending rotation.`);
    }
    const first = imports.length === 0;
    imports.push({ KeyMaterialId: id, ...entry, ImportState: 'IMPORTED', KeyMaterialState: first ? 'CURRENT' : 'PENDING_ROTATION' });
  } else {
    if (req.KeyMaterialId !== undefined && req.KeyMaterialId !== id) {
      throw incorrectMaterial(`The key material being imported does not match the key material (id: ${req.KeyMaterialId}) of KMS key ${key.Arn}.`);
    }
    if (!existing) throw incorrectMaterial(`The key material being imported is not associated with KMS key ${key.Arn}.`);
    Object.assign(existing, { ...entry, Description: entry.Description ?? existing.Description, ImportState: 'IMPORTED' });
    if (!entry.ValidTo) delete existing.ValidTo;
  }
  // (a symmetric EXTERNAL key has its list of materials from the start: awaitingImport)
  const material = key.Material as SymmetricMaterial;
  material.versions[id] = Buffer.from(bytes).toString('base64');
  if (imports.find((m) => m.KeyMaterialId === id)!.KeyMaterialState === 'CURRENT') material.current = id;
  return id;
}

/** Records the import into an HMAC or asymmetric key: the first material, or the same one again. */
function importSingle(key: KeyRecord, material: KeyRecord['Material'], bytes: Uint8Array, entry: Omit<ImportedMaterial, 'KeyMaterialId' | 'ImportState' | 'KeyMaterialState'>, req: ImportKeyMaterialRequest): string {
  if (req.ImportType !== undefined || req.KeyMaterialId !== undefined || req.KeyMaterialDescription !== undefined) {
    throw new KmsError('ValidationException', 'ImportType, KeyMaterialId and KeyMaterialDescription are only valid for symmetric encryption KMS keys.');
  }
  const id = importedMaterialId(key.KeyId, bytes);
  const previous = key.Imports?.[0];
  if (previous && previous.KeyMaterialId !== id) throw incorrectMaterial(`The key material being imported is not the key material previously imported into KMS key ${key.Arn}.`);
  key.Imports = [{ KeyMaterialId: id, ...entry, ImportState: 'IMPORTED', KeyMaterialState: 'CURRENT' }];
  key.Material = material;
  return id;
}

export async function importKeyMaterial(ctx: RequestContext, req: ImportKeyMaterialRequest): Promise<KmsResponse> {
  const found = findKeyNotAlias(ctx, req.KeyId);
  requireExternal(found);
  checkKeyState(found, 'ImportKeyMaterial');
  const expiration = checkExpiration(ctx, req);
  // unwrapping is done outside the lock; the key is read again under it
  const bytes = await unwrap(ctx, found, req);
  const { material, stored } = materialFor(found, bytes);
  return updateKey(ctx, req.KeyId, (key) => {
    requireExternal(key);
    checkKeyState(key, 'ImportKeyMaterial');
    const entry = {
      ...(req.KeyMaterialDescription !== undefined ? { Description: req.KeyMaterialDescription } : {}),
      ExpirationModel: expiration.model,
      ...(expiration.validTo !== undefined ? { ValidTo: expiration.validTo } : {}),
    };
    const id = material === undefined ? importSymmetric(key, stored, entry, req) : importSingle(key, material, stored, entry, req);
    if (key.KeyState === 'PendingImport' && allMaterialImported(key)) key.KeyState = 'Enabled';
    return { KeyId: key.Arn, KeyMaterialId: id };
  });
}

export async function deleteImportedKeyMaterial(ctx: RequestContext, req: { KeyId: string; KeyMaterialId?: string }): Promise<KmsResponse> {
  return updateKey(ctx, req.KeyId, (key) => {
    requireExternal(key);
    checkKeyState(key, 'DeleteImportedKeyMaterial');
    const imports = key.Imports ?? [];
    const entry = req.KeyMaterialId === undefined ? imports.find((m) => m.KeyMaterialState === 'CURRENT') : imports.find((m) => m.KeyMaterialId === req.KeyMaterialId);
    if (req.KeyMaterialId !== undefined && !entry) {
      throw new KmsError('NotFoundException', `Key material (id: ${req.KeyMaterialId}) is not associated with KMS key ${key.Arn}.`);
    }
    // a key with nothing imported is left as it is
    if (entry && entry.ImportState === 'IMPORTED') removeImportedMaterial(key, entry);
    return { KeyId: key.Arn, KeyMaterialId: entry?.KeyMaterialId ?? '' };
  });
}
