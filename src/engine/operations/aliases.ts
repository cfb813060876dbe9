// Aliases: CreateAlias, UpdateAlias, DeleteAlias, ListAliases.
import { aliasArn, type RequestContext } from '../context.js';
import { KmsError } from '../errors.js';
import { aliasNotFound, findKeyNotAlias, loadAlias, loadKey, unlessDamaged, type AliasRecord } from '../key-lookup.js';
import { checkKeyState } from '../key-states.js';
import type { KeyRecord } from '../key-record.js';
import { compact, type KmsResponse } from '../operation.js';
import { PAGE_SIZES, page } from './keys.js';

export function checkAliasName(aliasName: string): void {
  if (!aliasName.startsWith('alias/') || aliasName.length <= 'alias/'.length) {
    throw new KmsError('ValidationException', 'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html');
  }
  if (aliasName.includes(':')) throw new KmsError('ValidationException', `${aliasName} contains invalid characters for an alias`);
  // the names of AWS managed keys' aliases are AWS's own
  if (aliasName.startsWith('alias/aws/')) throw new KmsError('NotAuthorizedException', '');
}

/** An alias targets a key by key id or key ARN, never through another alias. */
function findTargetKey(ctx: RequestContext, targetKeyId: string): KeyRecord {
  const key = findKeyNotAlias(ctx, targetKeyId);
  checkKeyState(key, 'CreateAlias');
  return key;
}

export async function createAlias(ctx: RequestContext, req: { AliasName: string; TargetKeyId: string }): Promise<KmsResponse> {
  checkAliasName(req.AliasName);
  await ctx.store.transact(() => {
    if (loadAlias(ctx, req.AliasName)) {
      throw new KmsError('AlreadyExistsException', `An alias with the name ${aliasArn(ctx, req.AliasName)} already exists`);
    }
    const key = findTargetKey(ctx, req.TargetKeyId);
    const now = ctx.now().getTime();
    const alias: AliasRecord = { AliasName: req.AliasName, TargetKeyId: key.KeyId, CreationDate: now, LastUpdatedDate: now };
    ctx.store.put('aliases', req.AliasName, alias);
  });
  return {};
}

export async function updateAlias(ctx: RequestContext, req: { AliasName: string; TargetKeyId: string }): Promise<KmsResponse> {
  checkAliasName(req.AliasName);
  await ctx.store.transact(() => {
    const alias = loadAlias(ctx, req.AliasName);
    if (!alias) throw aliasNotFound(ctx, req.AliasName);
    const key = findTargetKey(ctx, req.TargetKeyId);
    const current = loadKey(ctx, alias.TargetKeyId);
    if (current && (current.KeyUsage !== key.KeyUsage || (current.KeySpec === 'SYMMETRIC_DEFAULT') !== (key.KeySpec === 'SYMMETRIC_DEFAULT'))) {
      throw new KmsError('ValidationException', `${current.Arn} and ${key.Arn} are not the same key type and key usage. An alias can be associated only with KMS keys of the same type and key usage.`);
    }
    ctx.store.put('aliases', req.AliasName, { ...alias, TargetKeyId: key.KeyId, LastUpdatedDate: ctx.now().getTime() });
  });
  return {};
}

export async function deleteAlias(ctx: RequestContext, req: { AliasName: string }): Promise<KmsResponse> {
  await ctx.store.transact(() => {
    if (!loadAlias(ctx, req.AliasName)) throw aliasNotFound(ctx, req.AliasName);
    ctx.store.delete('aliases', req.AliasName);
  });
  return {};
}

export async function listAliases(ctx: RequestContext, req: { KeyId?: string; Limit?: number; Marker?: string }): Promise<KmsResponse> {
  const keyId = req.KeyId === undefined ? undefined : findKeyNotAlias(ctx, req.KeyId).KeyId;
  const aliases = ctx.store
    .list('aliases')
    .map((name) => unlessDamaged(() => loadAlias(ctx, name)))
    .filter((a): a is AliasRecord => a !== undefined)
    .filter((a) => keyId === undefined || a.TargetKeyId === keyId);
  const { slice, truncated, nextMarker } = page(aliases, (a) => a.AliasName, req.Limit, req.Marker, PAGE_SIZES.ListAliases);
  return compact({
    Aliases: slice.map((a) => ({
      AliasName: a.AliasName,
      AliasArn: aliasArn(ctx, a.AliasName),
      TargetKeyId: a.TargetKeyId,
      CreationDate: new Date(a.CreationDate),
      LastUpdatedDate: new Date(a.LastUpdatedDate),
    })),
    NextMarker: nextMarker,
    Truncated: truncated,
  });
}
