// The engine's one entry point: validate a request against the model, run its operation.
// Each operation's module is loaded on first use, so a CLI call loads only what it needs.
import type { RequestContext } from './context.js';
import { isKmsError, KmsError } from './errors.js';
import { purgeDeletedKeys } from './key-lookup.js';
import { getKeyLastUsage, recordUsage } from './key-usage.js';
import { DamagedDocumentError } from '../store/scope-store.js';
import { OPERATIONS, type OperationName, type RequestOf } from './model.js';
import type { KmsRequest, KmsResponse } from './operation.js';
import { validateRequest, withoutNullMembers } from './validation.js';

/** Each operation's handler takes its request as the model describes it (RequestOf). */
type Handler<Op extends OperationName> = (ctx: RequestContext, request: RequestOf<Op>) => Promise<KmsResponse>;

const keys = () => import('./operations/keys.js');
const policies = () => import('./operations/policies.js');
const rotation = () => import('./operations/rotation.js');
const aliases = () => import('./operations/aliases.js');
const encryption = () => import('./operations/encryption.js');
const dataKeys = () => import('./operations/data-keys.js');
const dataKeyPairs = () => import('./operations/data-key-pairs.js');
const signing = () => import('./operations/signing.js');
const keyAgreement = () => import('./operations/key-agreement.js');
const macs = () => import('./operations/macs.js');
const imports = () => import('./operations/import.js');
const grants = () => import('./operations/grants.js');
const multiRegion = () => import('./operations/multi-region.js');
const keyStores = () => import('./operations/key-stores.js');

const HANDLERS: { readonly [Op in OperationName]: () => Promise<Handler<Op>> } = {
  CreateKey: async () => (await keys()).createKey,
  DescribeKey: async () => (await keys()).describeKey,
  ListKeys: async () => (await keys()).listKeys,
  GetPublicKey: async () => (await keys()).getPublicKey,
  EnableKey: async () => (await keys()).enableKey,
  DisableKey: async () => (await keys()).disableKey,
  ScheduleKeyDeletion: async () => (await keys()).scheduleKeyDeletion,
  CancelKeyDeletion: async () => (await keys()).cancelKeyDeletion,
  UpdateKeyDescription: async () => (await keys()).updateKeyDescription,
  ListResourceTags: async () => (await keys()).listResourceTags,
  GetKeyPolicy: async () => (await policies()).getKeyPolicy,
  PutKeyPolicy: async () => (await policies()).putKeyPolicy,
  ListKeyPolicies: async () => (await policies()).listKeyPolicies,
  EnableKeyRotation: async () => (await rotation()).enableKeyRotation,
  DisableKeyRotation: async () => (await rotation()).disableKeyRotation,
  GetKeyRotationStatus: async () => (await rotation()).getKeyRotationStatus,
  RotateKeyOnDemand: async () => (await rotation()).rotateKeyOnDemand,
  ListKeyRotations: async () => (await rotation()).listKeyRotations,
  GetParametersForImport: async () => (await imports()).getParametersForImport,
  ImportKeyMaterial: async () => (await imports()).importKeyMaterial,
  DeleteImportedKeyMaterial: async () => (await imports()).deleteImportedKeyMaterial,
  CreateGrant: async () => (await grants()).createGrant,
  ListGrants: async () => (await grants()).listGrants,
  ListRetirableGrants: async () => (await grants()).listRetirableGrants,
  RetireGrant: async () => (await grants()).retireGrant,
  RevokeGrant: async () => (await grants()).revokeGrant,
  GetKeyLastUsage: async () => getKeyLastUsage,
  ReplicateKey: async () => (await multiRegion()).replicateKey,
  UpdatePrimaryRegion: async () => (await multiRegion()).updatePrimaryRegion,
  CreateCustomKeyStore: async () => (await keyStores()).createCustomKeyStore,
  DescribeCustomKeyStores: async () => (await keyStores()).describeCustomKeyStores,
  UpdateCustomKeyStore: async () => (await keyStores()).updateCustomKeyStore,
  DeleteCustomKeyStore: async () => (await keyStores()).deleteCustomKeyStore,
  ConnectCustomKeyStore: async () => (await keyStores()).connectCustomKeyStore,
  DisconnectCustomKeyStore: async () => (await keyStores()).disconnectCustomKeyStore,
  TagResource: async () => (await keys()).tagResource,
  UntagResource: async () => (await keys()).untagResource,
  CreateAlias: async () => (await aliases()).createAlias,
  UpdateAlias: async () => (await aliases()).updateAlias,
  DeleteAlias: async () => (await aliases()).deleteAlias,
  ListAliases: async () => (await aliases()).listAliases,
  Encrypt: async () => (await encryption()).encrypt,
  Decrypt: async () => (await encryption()).decrypt,
  ReEncrypt: async () => (await encryption()).reEncrypt,
  GenerateDataKey: async () => (await dataKeys()).generateDataKey,
  GenerateDataKeyWithoutPlaintext: async () => (await dataKeys()).generateDataKeyWithoutPlaintext,
  GenerateRandom: async () => (await dataKeys()).generateRandom,
  GenerateDataKeyPair: async () => (await dataKeyPairs()).generateDataKeyPair,
  GenerateDataKeyPairWithoutPlaintext: async () => (await dataKeyPairs()).generateDataKeyPairWithoutPlaintext,
  Sign: async () => (await signing()).sign,
  Verify: async () => (await signing()).verify,
  GenerateMac: async () => (await macs()).generateMac,
  VerifyMac: async () => (await macs()).verifyMac,
  DeriveSharedSecret: async () => (await keyAgreement()).deriveSharedSecret,
};

/** A handler whose request has been validated against its operation's model: its RequestOf, then. */
type ValidatedHandler = (ctx: RequestContext, request: Readonly<Record<string, unknown>>) => Promise<KmsResponse>;

// a long-lived process keeps each handler once loaded, sparing the module loader on every call
const loadedHandlers = new Map<OperationName, ValidatedHandler>();

async function loadHandler(operation: OperationName) {
  const handler = (await HANDLERS[operation]()) as ValidatedHandler;
  loadedHandlers.set(operation, handler);
  return handler;
}

/**
 * Runs one KMS operation. Throws KmsError with AWS's type and message; any other failure
 * becomes KMSInternalException with no detail, so nothing internal (or secret) leaks.
 */
export async function invoke(ctx: RequestContext, operation: OperationName, request: KmsRequest): Promise<KmsResponse> {
  const model = OPERATIONS[operation];
  validateRequest(model, request);
  const handler = loadedHandlers.get(operation) ?? (await loadHandler(operation));
  try {
    const response = await handler(ctx, withoutNullMembers(model.input, request));
    const recording = recordUsage(ctx, operation, response);
    if (recording) await recording;
    return response;
  } catch (e) {
    if (isKmsError(e)) throw e;
    // a damaged store document: named, so that it can be mended; the request can be retried after
    if (e instanceof DamagedDocumentError) throw new KmsError('KMSInternalException', `The request was rejected because ${e.message}.`);
    if (process.env.PSKMS_DEBUG_INTERNAL) console.error(e);
    throw new KmsError('KMSInternalException', 'The request was rejected because an internal exception occurred. The request can be retried.');
  } finally {
    // deleted keys this call came across; a failure here leaves them for a later call
    await purgeDeletedKeys(ctx).catch(() => undefined);
  }
}

export { KmsError } from './errors.js';
export { createContext, type RequestContext } from './context.js';
export { OPERATIONS, type OperationName } from './model.js';
