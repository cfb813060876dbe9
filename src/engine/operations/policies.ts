// Key policies: GetKeyPolicy, PutKeyPolicy, ListKeyPolicies. Every key has one policy, named
// "default" (CreateKey's Policy, or AWS's default key policy). pskms stores and validates policies;
// it does not evaluate them, so BypassPolicyLockoutSafetyCheck has no lock-out to check.
import type { RequestContext } from '../context.js';
import { KmsError } from '../errors.js';
import { findKeyNotAlias } from '../key-lookup.js';
import { compact, type KmsResponse } from '../operation.js';
import { defaultPolicy, page, PAGE_SIZES, updateKey } from './keys.js';

const POLICY_NAME = 'default';
/** KMS's quota on a key policy's size. */
const MAX_POLICY_BYTES = 32 * 1024;

function noSuchPolicy(): KmsError {
  return new KmsError('NotFoundException', 'No such policy exists');
}

function malformed(): KmsError {
  return new KmsError('MalformedPolicyDocumentException', 'The request was rejected because the specified policy is not syntactically or semantically correct.');
}

/** A policy document: JSON, an object with a Statement, within KMS's size quota. */
export function checkPolicy(policy: string): void {
  if (Buffer.byteLength(policy, 'utf8') > MAX_POLICY_BYTES) throw malformed();
  let document: unknown;
  try {
    document = JSON.parse(policy);
  } catch {
    throw malformed();
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw malformed();
  const statement = (document as Record<string, unknown>).Statement;
  if (statement === undefined || (typeof statement !== 'object') || statement === null) throw malformed();
}

export async function getKeyPolicy(ctx: RequestContext, req: { KeyId: string; PolicyName?: string }): Promise<KmsResponse> {
  const key = findKeyNotAlias(ctx, req.KeyId);
  if ((req.PolicyName ?? POLICY_NAME) !== POLICY_NAME) throw noSuchPolicy();
  return { Policy: key.Policy ?? defaultPolicy(ctx), PolicyName: POLICY_NAME };
}

export async function putKeyPolicy(ctx: RequestContext, req: { KeyId: string; PolicyName?: string; Policy: string; BypassPolicyLockoutSafetyCheck?: boolean }): Promise<KmsResponse> {
  if ((req.PolicyName ?? POLICY_NAME) !== POLICY_NAME) throw noSuchPolicy();
  checkPolicy(req.Policy);
  await updateKey(ctx, req.KeyId, (key) => {
    key.Policy = req.Policy;
  });
  return {};
}

export async function listKeyPolicies(ctx: RequestContext, req: { KeyId: string; Limit?: number; Marker?: string }): Promise<KmsResponse> {
  findKeyNotAlias(ctx, req.KeyId);
  const { slice, truncated, nextMarker } = page([POLICY_NAME], (name) => name, req.Limit, req.Marker, PAGE_SIZES.ListKeyPolicies);
  return compact({ PolicyNames: slice, NextMarker: nextMarker, Truncated: truncated });
}
