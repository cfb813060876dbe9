// Grants: CreateGrant, ListGrants, ListRetirableGrants, RetireGrant, RevokeGrant. A grant lives
// in its key's document. pskms stores and validates grants; it does not yet let them authorize
// calls (there is no caller identity to match a grantee against).
import { randomBytes } from 'node:crypto';
import { keyArn, type RequestContext } from '../context.js';
import { dryRunSucceeded, KmsError } from '../errors.js';
import { findKeyNotAlias, loadKey, unlessDamaged } from '../key-lookup.js';
import type { Grant, KeyRecord } from '../key-record.js';
import { checkKeyState } from '../key-states.js';
import type { GrantOperation } from '../model.js';
import { compact, type KmsResponse } from '../operation.js';
import { PAGE_SIZES, pageByPosition, updateKey } from './keys.js';

/** KMS's quota of grants on one key. */
const MAX_GRANTS_PER_KEY = 50_000;
/** Each encryption context constraint holds at most this many pairs, each value at most this long. */
const MAX_CONSTRAINT_PAIRS = 8;
const MAX_CONSTRAINT_VALUE = 384;

/** What each kind of key can be granted: the operations that key supports, and those on the grant itself. */
const ALWAYS: readonly GrantOperation[] = ['DescribeKey', 'CreateGrant', 'RetireGrant'];
function grantableOperations(key: KeyRecord): readonly GrantOperation[] {
  if (key.KeySpec === 'SYMMETRIC_DEFAULT') {
    return [...ALWAYS, 'Encrypt', 'Decrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext'];
  }
  switch (key.KeyUsage) {
    case 'GENERATE_VERIFY_MAC': return [...ALWAYS, 'GenerateMac', 'VerifyMac'];
    case 'ENCRYPT_DECRYPT': return [...ALWAYS, 'Encrypt', 'Decrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GetPublicKey'];
    case 'SIGN_VERIFY': return [...ALWAYS, 'Sign', 'Verify', 'GetPublicKey'];
    case 'KEY_AGREEMENT': return [...ALWAYS, 'DeriveSharedSecret', 'GetPublicKey'];
  }
}

const validation = (message: string) => new KmsError('ValidationException', message);

/**
 * A grant token names its grant: a version byte, the key ARN and the grant id, and random bytes
 * so that every CreateGrant answer has a token of its own (all of them name the same grant).
 */
function grantToken(arn: string, grantId: string): string {
  const arnBytes = Buffer.from(arn, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(arnBytes.length);
  return Buffer.concat([Buffer.from([1]), length, arnBytes, Buffer.from(grantId, 'hex'), randomBytes(32)]).toString('base64url');
}

function readGrantToken(token: string): { arn: string; grantId: string } | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length < 3 || bytes[0] !== 1) return undefined;
  const arnLength = bytes.readUInt16BE(1);
  if (bytes.length !== 3 + arnLength + 32 + 32) return undefined;
  return { arn: bytes.subarray(3, 3 + arnLength).toString('utf8'), grantId: bytes.subarray(3 + arnLength, 3 + arnLength + 32).toString('hex') };
}

interface CreateGrantRequest {
  KeyId: string;
  GranteePrincipal?: string;
  GranteeServicePrincipal?: string;
  RetiringPrincipal?: string;
  RetiringServicePrincipal?: string;
  Operations: GrantOperation[];
  Constraints?: Grant['Constraints'];
  Name?: string;
  DryRun?: boolean;
}

/** The checks on a grant's own parts, in the order of AWS's API reference. */
function checkGrant(key: KeyRecord, req: CreateGrantRequest): void {
  if ((req.GranteePrincipal === undefined) === (req.GranteeServicePrincipal === undefined)) {
    throw validation('You must specify either GranteePrincipal or GranteeServicePrincipal, but not both.');
  }
  if (req.RetiringPrincipal !== undefined && req.RetiringServicePrincipal !== undefined) {
    throw validation('You can specify either RetiringPrincipal or RetiringServicePrincipal, but not both.');
  }
  if (req.GranteeServicePrincipal !== undefined) {
    if (!req.Constraints?.SourceArn) throw validation('A grant for a GranteeServicePrincipal must have a SourceArn grant constraint.');
    if (req.RetiringPrincipal === undefined && req.RetiringServicePrincipal === undefined) {
      throw validation('A grant for a GranteeServicePrincipal must have a RetiringPrincipal or a RetiringServicePrincipal.');
    }
  }
  if (req.Operations.length === 0) throw validation('Grants must allow at least one operation.');
  if (req.Operations.every((op) => op === 'CreateGrant')) throw validation('Grants must not contain only the CreateGrant operation.');
  const grantable = grantableOperations(key);
  const refused = [...new Set(req.Operations.filter((op) => !grantable.includes(op)))];
  if (refused.length > 0) throw validation(`Grant operations [${refused.join(', ')}] are not supported by KMS key ${key.Arn} (KeySpec ${key.KeySpec}, KeyUsage ${key.KeyUsage}).`);
  const constraints = req.Constraints ?? {};
  if (constraints.EncryptionContextEquals && constraints.EncryptionContextSubset) throw validation('More than one constraint supplied');
  const context = constraints.EncryptionContextEquals ?? constraints.EncryptionContextSubset;
  if (context) {
    if (key.KeySpec !== 'SYMMETRIC_DEFAULT') throw validation('Encryption context grant constraints are supported only on symmetric encryption KMS keys.');
    if (Object.keys(context).length > MAX_CONSTRAINT_PAIRS) throw validation(`An encryption context grant constraint can include at most ${MAX_CONSTRAINT_PAIRS} pairs.`);
    if (Object.values(context).some((v) => v.length > MAX_CONSTRAINT_VALUE)) throw validation(`An encryption context value in a grant constraint cannot exceed ${MAX_CONSTRAINT_VALUE} characters.`);
  }
}

/** The same grant again (the retry of a named CreateGrant): same name, principals, operations and constraints. */
function sameGrant(grant: Grant, req: CreateGrantRequest): boolean {
  const ops = (list: readonly string[]) => JSON.stringify([...new Set(list)].sort());
  return grant.Name === req.Name && grant.GranteePrincipal === req.GranteePrincipal && grant.GranteeServicePrincipal === req.GranteeServicePrincipal
    && grant.RetiringPrincipal === req.RetiringPrincipal && grant.RetiringServicePrincipal === req.RetiringServicePrincipal
    && ops(grant.Operations) === ops(req.Operations) && canonical(grant.Constraints ?? {}) === canonical(req.Constraints ?? {});
}

/** JSON with every map's keys in order: two constraints that say the same compare equal. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

export async function createGrant(ctx: RequestContext, req: CreateGrantRequest): Promise<KmsResponse> {
  return updateKey(ctx, req.KeyId, (key) => {
    checkKeyState(key, 'CreateGrant');
    checkGrant(key, req);
    if (req.DryRun) throw dryRunSucceeded();
    const grants = (key.Grants ??= []);
    const existing = req.Name === undefined ? undefined : grants.find((g) => sameGrant(g, req));
    if (existing) return { GrantToken: grantToken(key.Arn, existing.GrantId), GrantId: existing.GrantId };
    if (grants.length >= MAX_GRANTS_PER_KEY) throw new KmsError('LimitExceededException', `The request was rejected because a quota was exceeded: KMS key ${key.Arn} has ${MAX_GRANTS_PER_KEY} grants.`);
    const grant: Grant = compact({
      GrantId: randomBytes(32).toString('hex'),
      Name: req.Name,
      CreationDate: ctx.now().getTime(),
      GranteePrincipal: req.GranteePrincipal,
      GranteeServicePrincipal: req.GranteeServicePrincipal,
      RetiringPrincipal: req.RetiringPrincipal,
      RetiringServicePrincipal: req.RetiringServicePrincipal,
      Operations: req.Operations,
      Constraints: req.Constraints && Object.keys(req.Constraints).length > 0 ? req.Constraints : undefined,
    }) as unknown as Grant;
    grants.push(grant);
    return { GrantToken: grantToken(key.Arn, grant.GrantId), GrantId: grant.GrantId };
  });
}

/** A grant as ListGrants shows it: the key by ARN, the issuing account as its root principal. */
function grantEntry(ctx: RequestContext, key: KeyRecord, grant: Grant): Record<string, unknown> {
  return compact({
    KeyId: key.Arn,
    GrantId: grant.GrantId,
    Name: grant.Name ?? '',
    CreationDate: new Date(grant.CreationDate),
    GranteePrincipal: grant.GranteePrincipal,
    RetiringPrincipal: grant.RetiringPrincipal,
    IssuingAccount: `arn:${ctx.partition}:iam::${key.AWSAccountId}:root`,
    Operations: grant.Operations,
    Constraints: grant.Constraints,
    GranteeServicePrincipal: grant.GranteeServicePrincipal,
    RetiringServicePrincipal: grant.RetiringServicePrincipal,
  });
}

interface ListGrantsRequest { KeyId: string; GrantId?: string; GranteePrincipal?: string; GranteeServicePrincipal?: string; Limit?: number; Marker?: string }

export async function listGrants(ctx: RequestContext, req: ListGrantsRequest): Promise<KmsResponse> {
  if (req.GranteePrincipal !== undefined && req.GranteeServicePrincipal !== undefined) {
    throw validation('You can specify either GranteePrincipal or GranteeServicePrincipal, but not both.');
  }
  const key = findKeyNotAlias(ctx, req.KeyId);
  const grants = (key.Grants ?? []).filter((g) =>
    (req.GrantId === undefined || g.GrantId === req.GrantId)
    && (req.GranteePrincipal === undefined || g.GranteePrincipal === req.GranteePrincipal)
    && (req.GranteeServicePrincipal === undefined || g.GranteeServicePrincipal === req.GranteeServicePrincipal));
  const { entries, nextMarker, truncated } = pageByPosition(grants.map((g) => grantEntry(ctx, key, g)), req, PAGE_SIZES.ListGrants);
  return compact({ Grants: entries, NextMarker: nextMarker, Truncated: truncated });
}

export async function listRetirableGrants(ctx: RequestContext, req: { RetiringPrincipal?: string; RetiringServicePrincipal?: string; Limit?: number; Marker?: string }): Promise<KmsResponse> {
  if ((req.RetiringPrincipal === undefined) === (req.RetiringServicePrincipal === undefined)) {
    throw validation('You must specify either RetiringPrincipal or RetiringServicePrincipal, but not both.');
  }
  const entries: Record<string, unknown>[] = [];
  for (const id of ctx.store.list('keys')) {
    const key = unlessDamaged(() => loadKey(ctx, id));
    for (const grant of key?.Grants ?? []) {
      const retiring = req.RetiringPrincipal !== undefined ? grant.RetiringPrincipal === req.RetiringPrincipal : grant.RetiringServicePrincipal === req.RetiringServicePrincipal;
      if (retiring) entries.push(grantEntry(ctx, key!, grant));
    }
  }
  const page = pageByPosition(entries, req, PAGE_SIZES.ListRetirableGrants);
  return compact({ Grants: page.entries, NextMarker: page.nextMarker, Truncated: page.truncated });
}

function grantNotFound(grantId: string): KmsError {
  return new KmsError('NotFoundException', `Grant ID ${grantId} not found`);
}

/** Removes a grant from its key (RetireGrant, RevokeGrant). */
async function removeGrant(ctx: RequestContext, keyIdentifier: string, grantId: string, dryRun: boolean | undefined): Promise<void> {
  await updateKey(ctx, keyIdentifier, (key) => {
    const grants = key.Grants ?? [];
    if (!grants.some((g) => g.GrantId === grantId)) throw grantNotFound(grantId);
    if (dryRun) throw dryRunSucceeded();
    key.Grants = grants.filter((g) => g.GrantId !== grantId);
  });
}

export async function retireGrant(ctx: RequestContext, req: { GrantToken?: string; KeyId?: string; GrantId?: string; DryRun?: boolean }): Promise<KmsResponse> {
  if (req.GrantToken !== undefined) {
    const named = readGrantToken(req.GrantToken);
    if (!named) throw new KmsError('InvalidGrantTokenException', 'The grant token is not valid.');
    const arn = /^arn:[^:]+:kms:([^:]+):(\d{12}):key\/(.+)$/.exec(named.arn);
    // a token of another account or Region names a key that is not here
    if (!arn || keyArn(ctx, arn[3]) !== named.arn) throw new KmsError('NotFoundException', `Key '${named.arn}' does not exist`);
    if (req.GrantId !== undefined && req.GrantId !== named.grantId) throw new KmsError('InvalidGrantIdException', 'The grant ID does not match the grant token.');
    await removeGrant(ctx, arn[3], named.grantId, req.DryRun);
    return {};
  }
  if (req.KeyId === undefined || req.GrantId === undefined) throw validation('Grant token OR (grant ID, key ID) must be specified');
  await removeGrant(ctx, req.KeyId, req.GrantId, req.DryRun);
  return {};
}

export async function revokeGrant(ctx: RequestContext, req: { KeyId: string; GrantId: string; DryRun?: boolean }): Promise<KmsResponse> {
  await removeGrant(ctx, req.KeyId, req.GrantId, req.DryRun);
  return {};
}
