// Custom key stores: CreateCustomKeyStore, DescribeCustomKeyStores, UpdateCustomKeyStore,
// DeleteCustomKeyStore, ConnectCustomKeyStore, DisconnectCustomKeyStore. pskms keeps each
// store's configuration and connection state as AWS does, and the keys made in a connected
// store (CreateKey --custom-key-store-id) have their material here, not in a CloudHSM cluster
// or behind an external key store proxy: this is a local KMS. Connecting takes effect at once.
import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import type { RequestContext } from '../context.js';
import { KmsError } from '../errors.js';
import { loadKey, unlessDamaged } from '../key-lookup.js';
import type { KeyRecord } from '../key-record.js';
import { compact, type KmsResponse } from '../operation.js';
import { PAGE_SIZES, pageByPosition } from './keys.js';

/** KMS's quota of custom key stores in an account and Region. */
const MAX_KEY_STORES = 10;

export type ConnectionState = 'CONNECTED' | 'CONNECTING' | 'FAILED' | 'DISCONNECTED' | 'DISCONNECTING';

export interface KeyStoreRecord {
  CustomKeyStoreId: string;
  CustomKeyStoreName: string;
  CustomKeyStoreType: 'AWS_CLOUDHSM' | 'EXTERNAL_KEY_STORE';
  ConnectionState: ConnectionState;
  /** epoch milliseconds */
  CreationDate: number;
  CloudHsmClusterId?: string;
  TrustAnchorCertificate?: string;
  /** SHA-256 of the kmsuser password: kept only to recognise a retried CreateCustomKeyStore */
  KeyStorePasswordHash?: string;
  Xks?: {
    Connectivity: string;
    UriEndpoint: string;
    UriPath: string;
    VpcEndpointServiceName?: string;
    VpcEndpointServiceOwner?: string;
    AccessKeyId: string;
    SecretHash: string;
  };
}

const validation = (message: string) => new KmsError('ValidationException', message);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readKeyStore(ctx: RequestContext, id: string): KeyStoreRecord | undefined {
  return unlessDamaged(() => ctx.store.get<KeyStoreRecord>('keystores', id));
}

function allKeyStores(ctx: RequestContext): KeyStoreRecord[] {
  return ctx.store.list('keystores').map((id) => readKeyStore(ctx, id)).filter((s): s is KeyStoreRecord => s !== undefined)
    .sort((a, b) => a.CreationDate - b.CreationDate || (a.CustomKeyStoreId < b.CustomKeyStoreId ? -1 : 1));
}

function notFound(): KmsError {
  return new KmsError('CustomKeyStoreNotFoundException', 'The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.');
}

/** The store named by id (CustomKeyStoreNotFoundException otherwise). */
function findKeyStore(ctx: RequestContext, id: string): KeyStoreRecord {
  const store = readKeyStore(ctx, id);
  if (!store) throw notFound();
  return store;
}

function invalidState(store: KeyStoreRecord, needed: string): KmsError {
  return new KmsError('CustomKeyStoreInvalidStateException', `The custom key store ${store.CustomKeyStoreId} is ${store.ConnectionState}; this operation needs it ${needed}.`);
}

function nameInUse(): KmsError {
  return new KmsError('CustomKeyStoreNameInUseException', 'The request was rejected because the specified custom key store name is already assigned to another custom key store in the account. Try again with a custom key store name that is unique in the account.');
}

interface XksCredential { AccessKeyId: string; RawSecretAccessKey: string }

interface KeyStoreRequest {
  CloudHsmClusterId?: string;
  TrustAnchorCertificate?: string;
  KeyStorePassword?: string;
  XksProxyUriEndpoint?: string;
  XksProxyUriPath?: string;
  XksProxyVpcEndpointServiceName?: string;
  XksProxyVpcEndpointServiceOwner?: string;
  XksProxyAuthenticationCredential?: XksCredential;
  XksProxyConnectivity?: string;
}

const CLOUDHSM_MEMBERS = ['CloudHsmClusterId', 'TrustAnchorCertificate', 'KeyStorePassword'] as const;
const XKS_MEMBERS = ['XksProxyUriEndpoint', 'XksProxyUriPath', 'XksProxyVpcEndpointServiceName', 'XksProxyVpcEndpointServiceOwner', 'XksProxyAuthenticationCredential', 'XksProxyConnectivity'] as const;

/** No member of the other store type. */
function checkMembersFor(type: KeyStoreRecord['CustomKeyStoreType'], req: KeyStoreRequest): void {
  const foreign = (type === 'AWS_CLOUDHSM' ? XKS_MEMBERS : CLOUDHSM_MEMBERS).filter((m) => req[m] !== undefined);
  if (foreign.length > 0) throw validation(`${foreign.join(', ')} ${foreign.length === 1 ? 'is' : 'are'} not valid for a custom key store of type ${type}.`);
}

function checkTrustAnchor(pem: string): void {
  try {
    new X509Certificate(pem);
  } catch {
    throw new KmsError('IncorrectTrustAnchorException', 'The request was rejected because the trust anchor certificate in the request to create an CloudHSM key store is not the trust anchor certificate for the specified CloudHSM cluster.');
  }
}

/** The uniqueness rules of KMS across the stores of an account and Region. */
function checkUnique(ctx: RequestContext, store: KeyStoreRecord): void {
  for (const other of allKeyStores(ctx)) {
    if (other.CustomKeyStoreId === store.CustomKeyStoreId) continue;
    if (other.CustomKeyStoreName === store.CustomKeyStoreName) throw nameInUse();
    if (store.CloudHsmClusterId && other.CloudHsmClusterId === store.CloudHsmClusterId) {
      throw new KmsError('CloudHsmClusterInUseException', `The CloudHSM cluster ${store.CloudHsmClusterId} is already associated with another custom key store.`);
    }
    if (store.Xks && other.Xks) {
      if (other.Xks.UriEndpoint === store.Xks.UriEndpoint && other.Xks.UriPath === store.Xks.UriPath) {
        throw new KmsError('XksProxyUriInUseException', 'The request was rejected because the concatenation of the XksProxyUriEndpoint and XksProxyUriPath is already associated with another external key store in this account and Region.');
      }
      if (other.Xks.UriEndpoint === store.Xks.UriEndpoint && (store.Xks.Connectivity === 'VPC_ENDPOINT_SERVICE' || other.Xks.Connectivity === 'VPC_ENDPOINT_SERVICE')) {
        throw new KmsError('XksProxyUriEndpointInUseException', 'The request was rejected because the XksProxyUriEndpoint is already associated with another external key store in this Region.');
      }
      if (store.Xks.VpcEndpointServiceName && other.Xks.VpcEndpointServiceName === store.Xks.VpcEndpointServiceName) {
        throw new KmsError('XksProxyVpcEndpointServiceInUseException', 'The request was rejected because the specified Amazon VPC endpoint service is already associated with another external key store in this account and Region.');
      }
    }
  }
}

/** An external key store's proxy settings, checked as a whole (after an update too). */
function checkXks(xks: NonNullable<KeyStoreRecord['Xks']>): void {
  if (xks.Connectivity === 'VPC_ENDPOINT_SERVICE' && !xks.VpcEndpointServiceName) throw validation('XksProxyVpcEndpointServiceName is required when XksProxyConnectivity is VPC_ENDPOINT_SERVICE.');
  if (xks.Connectivity === 'PUBLIC_ENDPOINT' && xks.VpcEndpointServiceName) throw validation('XksProxyVpcEndpointServiceName is valid only when XksProxyConnectivity is VPC_ENDPOINT_SERVICE.');
}

export async function createCustomKeyStore(ctx: RequestContext, req: KeyStoreRequest & { CustomKeyStoreName: string; CustomKeyStoreType?: KeyStoreRecord['CustomKeyStoreType'] }): Promise<KmsResponse> {
  const type = req.CustomKeyStoreType ?? 'AWS_CLOUDHSM';
  checkMembersFor(type, req);
  const id = `cks-${randomBytes(9).toString('hex').slice(0, 17)}`;
  const store: KeyStoreRecord = { CustomKeyStoreId: id, CustomKeyStoreName: req.CustomKeyStoreName, CustomKeyStoreType: type, ConnectionState: 'DISCONNECTED', CreationDate: ctx.now().getTime() };
  if (type === 'AWS_CLOUDHSM') {
    const missing = CLOUDHSM_MEMBERS.filter((m) => req[m] === undefined);
    if (missing.length > 0) throw validation(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required for a custom key store of type AWS_CLOUDHSM.`);
    checkTrustAnchor(req.TrustAnchorCertificate!);
    Object.assign(store, { CloudHsmClusterId: req.CloudHsmClusterId, TrustAnchorCertificate: req.TrustAnchorCertificate, KeyStorePasswordHash: sha256(req.KeyStorePassword!) });
  } else {
    const missing = (['XksProxyUriEndpoint', 'XksProxyUriPath', 'XksProxyAuthenticationCredential', 'XksProxyConnectivity'] as const).filter((m) => req[m] === undefined);
    if (missing.length > 0) throw validation(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required for a custom key store of type EXTERNAL_KEY_STORE.`);
    store.Xks = compact({
      Connectivity: req.XksProxyConnectivity!, UriEndpoint: req.XksProxyUriEndpoint!, UriPath: req.XksProxyUriPath!,
      VpcEndpointServiceName: req.XksProxyVpcEndpointServiceName,
      VpcEndpointServiceOwner: req.XksProxyVpcEndpointServiceName ? (req.XksProxyVpcEndpointServiceOwner ?? ctx.accountId) : undefined,
      AccessKeyId: req.XksProxyAuthenticationCredential!.AccessKeyId, SecretHash: sha256(req.XksProxyAuthenticationCredential!.RawSecretAccessKey),
    }) as KeyStoreRecord['Xks'];
    checkXks(store.Xks!);
  }
  return ctx.store.transact(() => {
    const stores = allKeyStores(ctx);
    // a CloudHSM key store made again with the same properties, while disconnected, is the same store
    const same = stores.find((s) => s.CustomKeyStoreType === 'AWS_CLOUDHSM' && type === 'AWS_CLOUDHSM' && s.ConnectionState === 'DISCONNECTED'
      && s.CustomKeyStoreName === store.CustomKeyStoreName && s.CloudHsmClusterId === store.CloudHsmClusterId
      && s.TrustAnchorCertificate === store.TrustAnchorCertificate && s.KeyStorePasswordHash === store.KeyStorePasswordHash);
    if (same) return { CustomKeyStoreId: same.CustomKeyStoreId };
    checkUnique(ctx, store);
    if (stores.length >= MAX_KEY_STORES) throw new KmsError('LimitExceededException', `The request was rejected because a quota was exceeded: an account can have ${MAX_KEY_STORES} custom key stores in each Region.`);
    ctx.store.put('keystores', id, store);
    return { CustomKeyStoreId: id };
  });
}

function listEntry(store: KeyStoreRecord): Record<string, unknown> {
  return compact({
    CustomKeyStoreId: store.CustomKeyStoreId,
    CustomKeyStoreName: store.CustomKeyStoreName,
    CloudHsmClusterId: store.CloudHsmClusterId,
    TrustAnchorCertificate: store.TrustAnchorCertificate,
    ConnectionState: store.ConnectionState,
    CreationDate: new Date(store.CreationDate),
    CustomKeyStoreType: store.CustomKeyStoreType,
    XksProxyConfiguration: store.Xks && compact({
      Connectivity: store.Xks.Connectivity, AccessKeyId: store.Xks.AccessKeyId, UriEndpoint: store.Xks.UriEndpoint, UriPath: store.Xks.UriPath,
      VpcEndpointServiceName: store.Xks.VpcEndpointServiceName, VpcEndpointServiceOwner: store.Xks.VpcEndpointServiceOwner,
    }),
  });
}

export async function describeCustomKeyStores(ctx: RequestContext, req: { CustomKeyStoreId?: string; CustomKeyStoreName?: string; Limit?: number; Marker?: string }): Promise<KmsResponse> {
  if (req.CustomKeyStoreId !== undefined && req.CustomKeyStoreName !== undefined) throw validation('You can specify either CustomKeyStoreId or CustomKeyStoreName, but not both.');
  const stores = allKeyStores(ctx).filter((s) => (req.CustomKeyStoreId === undefined || s.CustomKeyStoreId === req.CustomKeyStoreId) && (req.CustomKeyStoreName === undefined || s.CustomKeyStoreName === req.CustomKeyStoreName));
  if ((req.CustomKeyStoreId !== undefined || req.CustomKeyStoreName !== undefined) && stores.length === 0) throw notFound();
  const page = pageByPosition(stores.map(listEntry), req, PAGE_SIZES.DescribeCustomKeyStores);
  return compact({ CustomKeyStores: page.entries, NextMarker: page.nextMarker, Truncated: page.truncated });
}

/** Changes a store under the scope's lock. */
async function updateKeyStore<T>(ctx: RequestContext, id: string, change: (store: KeyStoreRecord) => T): Promise<T> {
  return ctx.store.transact(() => {
    const store = findKeyStore(ctx, id);
    const result = change(store);
    ctx.store.put('keystores', id, store);
    return result;
  });
}

export async function updateCustomKeyStore(ctx: RequestContext, req: KeyStoreRequest & { CustomKeyStoreId: string; NewCustomKeyStoreName?: string }): Promise<KmsResponse> {
  await updateKeyStore(ctx, req.CustomKeyStoreId, (store) => {
    checkMembersFor(store.CustomKeyStoreType, req);
    // the name (and an external key store's credential and path) change in any state; the rest only while disconnected
    const anyState = ['NewCustomKeyStoreName', ...(store.CustomKeyStoreType === 'EXTERNAL_KEY_STORE' ? ['XksProxyAuthenticationCredential', 'XksProxyUriPath'] : [])];
    const changing = Object.keys(req).filter((k) => k !== 'CustomKeyStoreId');
    if (changing.some((k) => !anyState.includes(k)) && store.ConnectionState !== 'DISCONNECTED') throw invalidState(store, 'DISCONNECTED');
    if (!['CONNECTED', 'DISCONNECTED'].includes(store.ConnectionState)) throw invalidState(store, 'CONNECTED or DISCONNECTED');
    if (req.NewCustomKeyStoreName !== undefined) store.CustomKeyStoreName = req.NewCustomKeyStoreName;
    if (req.CloudHsmClusterId !== undefined) store.CloudHsmClusterId = req.CloudHsmClusterId;
    if (req.KeyStorePassword !== undefined) store.KeyStorePasswordHash = sha256(req.KeyStorePassword);
    if (store.Xks) {
      const xks = store.Xks;
      if (req.XksProxyConnectivity !== undefined) xks.Connectivity = req.XksProxyConnectivity;
      if (req.XksProxyUriEndpoint !== undefined) xks.UriEndpoint = req.XksProxyUriEndpoint;
      if (req.XksProxyUriPath !== undefined) xks.UriPath = req.XksProxyUriPath;
      // an empty service name takes it away (moving to PUBLIC_ENDPOINT)
      if (req.XksProxyVpcEndpointServiceName !== undefined) {
        if (req.XksProxyVpcEndpointServiceName === '') delete xks.VpcEndpointServiceName;
        else xks.VpcEndpointServiceName = req.XksProxyVpcEndpointServiceName;
      }
      if (req.XksProxyVpcEndpointServiceOwner !== undefined) xks.VpcEndpointServiceOwner = req.XksProxyVpcEndpointServiceOwner;
      if (xks.VpcEndpointServiceName) xks.VpcEndpointServiceOwner ??= ctx.accountId;
      else delete xks.VpcEndpointServiceOwner;
      if (req.XksProxyAuthenticationCredential) {
        xks.AccessKeyId = req.XksProxyAuthenticationCredential.AccessKeyId;
        xks.SecretHash = sha256(req.XksProxyAuthenticationCredential.RawSecretAccessKey);
      }
      checkXks(xks);
    }
    checkUnique(ctx, store);
  });
  return {};
}

/** GenerateRandom in a CloudHSM key store: it must be connected; an external key store makes no random bytes. */
export async function checkRandomSource(ctx: RequestContext, id: string): Promise<void> {
  const store = findKeyStore(ctx, id);
  if (store.CustomKeyStoreType === 'EXTERNAL_KEY_STORE') throw new KmsError('UnsupportedOperationException', `GenerateRandom does not take an external key store (${id}).`);
  if (store.ConnectionState !== 'CONNECTED') throw invalidState(store, 'CONNECTED');
}

/**
 * CreateKey in a custom key store: a symmetric encryption key of a single Region, with the
 * store's origin, in a connected store; an external key store's keys each name their own
 * external key. Returns what the key record holds of the store.
 */
export function checkKeyInStore(ctx: RequestContext, req: { CustomKeyStoreId: string; Origin?: string; XksKeyId?: string; KeySpec: string; KeyUsage: string; MultiRegion?: boolean }): Pick<KeyRecord, 'Origin' | 'CustomKeyStoreId' | 'CloudHsmClusterId' | 'XksKeyId'> {
  const store = findKeyStore(ctx, req.CustomKeyStoreId);
  const origin = store.CustomKeyStoreType;
  if (req.Origin !== undefined && req.Origin !== origin) throw new KmsError('UnsupportedOperationException', `Origin ${req.Origin} is not valid for a KMS key in custom key store ${store.CustomKeyStoreId}, whose type is ${origin}.`);
  if (req.KeySpec !== 'SYMMETRIC_DEFAULT' || req.KeyUsage !== 'ENCRYPT_DECRYPT') throw new KmsError('UnsupportedOperationException', 'A KMS key in a custom key store must be a symmetric encryption key (KeySpec SYMMETRIC_DEFAULT).');
  if (req.MultiRegion) throw new KmsError('UnsupportedOperationException', 'You cannot create a multi-Region key in a custom key store.');
  if (origin === 'EXTERNAL_KEY_STORE' && req.XksKeyId === undefined) throw validation('XksKeyId is required for a KMS key with Origin EXTERNAL_KEY_STORE.');
  if (origin !== 'EXTERNAL_KEY_STORE' && req.XksKeyId !== undefined) throw validation('XksKeyId is valid only for a KMS key with Origin EXTERNAL_KEY_STORE.');
  if (store.ConnectionState !== 'CONNECTED') throw invalidState(store, 'CONNECTED');
  if (req.XksKeyId !== undefined && keysInStore(ctx, store.CustomKeyStoreId).some((k) => k.XksKeyId === req.XksKeyId)) {
    throw new KmsError('XksKeyAlreadyInUseException', `The external key ${req.XksKeyId} is already associated with a KMS key in this external key store.`);
  }
  return compact({ Origin: origin, CustomKeyStoreId: store.CustomKeyStoreId, CloudHsmClusterId: store.CloudHsmClusterId, XksKeyId: req.XksKeyId });
}

/** The keys made in a store, whatever their state (keys pending deletion still count). */
function keysInStore(ctx: RequestContext, id: string): KeyRecord[] {
  // (loadKey: a key past its deletion date is gone, and purged as the call ends)
  return ctx.store.list('keys').map((k) => unlessDamaged(() => loadKey(ctx, k))).filter((k): k is KeyRecord => k?.CustomKeyStoreId === id);
}

export async function deleteCustomKeyStore(ctx: RequestContext, req: { CustomKeyStoreId: string }): Promise<KmsResponse> {
  await ctx.store.transact(() => {
    const store = findKeyStore(ctx, req.CustomKeyStoreId);
    if (store.ConnectionState !== 'DISCONNECTED') throw invalidState(store, 'DISCONNECTED');
    if (keysInStore(ctx, store.CustomKeyStoreId).length > 0) {
      throw new KmsError('CustomKeyStoreHasCMKsException', 'The request was rejected because the custom key store contains KMS keys. After verifying that you do not need to use the KMS keys, use the ScheduleKeyDeletion operation to delete the KMS keys. After they are deleted, you can delete the custom key store.');
    }
    ctx.store.delete('keystores', store.CustomKeyStoreId);
  });
  return {};
}

export async function connectCustomKeyStore(ctx: RequestContext, req: { CustomKeyStoreId: string }): Promise<KmsResponse> {
  await updateKeyStore(ctx, req.CustomKeyStoreId, (store) => {
    if (store.ConnectionState === 'DISCONNECTING' || store.ConnectionState === 'FAILED') throw invalidState(store, 'DISCONNECTED');
    store.ConnectionState = 'CONNECTED';
  });
  return {};
}

export async function disconnectCustomKeyStore(ctx: RequestContext, req: { CustomKeyStoreId: string }): Promise<KmsResponse> {
  await updateKeyStore(ctx, req.CustomKeyStoreId, (store) => {
    if (store.ConnectionState === 'DISCONNECTED' || store.ConnectionState === 'DISCONNECTING') throw invalidState(store, 'CONNECTED, CONNECTING or FAILED');
    store.ConnectionState = 'DISCONNECTED';
  });
  return {};
}
