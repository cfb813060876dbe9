// GetKeyLastUsage: each key's last successful cryptographic operation. invoke() records it from
// the response (the KeyId the operation answers with), so no operation has code for it.
// Recording costs no write on most calls: the stored record is replaced only when it is more
// than USAGE_STALENESS_MS old, so what GetKeyLastUsage reports is at most that stale.
import type { RequestContext } from './context.js';
import { findKeyNotAlias } from './key-lookup.js';
import type { OperationName } from './model.js';
import { compact, type KmsResponse } from './operation.js';

const USAGE_STALENESS_MS = 60_000;

/** The operations GetKeyLastUsage reports (KeyLastUsageTrackingOperation), and the response members naming their keys. */
const TRACKED: Readonly<Partial<Record<OperationName, readonly string[]>>> = {
  Decrypt: ['KeyId'], DeriveSharedSecret: ['KeyId'], Encrypt: ['KeyId'], GenerateDataKey: ['KeyId'], GenerateDataKeyPair: ['KeyId'],
  GenerateDataKeyPairWithoutPlaintext: ['KeyId'], GenerateDataKeyWithoutPlaintext: ['KeyId'], GenerateMac: ['KeyId'],
  ReEncrypt: ['SourceKeyId', 'KeyId'], Sign: ['KeyId'], Verify: ['KeyId'], VerifyMac: ['KeyId'],
};

interface UsageRecord {
  KeyId: string;
  Operation: string;
  /** epoch milliseconds */
  Timestamp: number;
}

/** What this process last wrote or read, by store directory and key: spares the read on a warm path. */
const known = new Map<string, number>();

function keyIdOf(arn: unknown): string | undefined {
  if (typeof arn !== 'string') return undefined;
  const slash = arn.lastIndexOf(':key/');
  return slash < 0 ? undefined : arn.slice(slash + 5);
}

/**
 * Notes a successful operation's use of its keys; never fails the call it follows. Synchronous,
 * and free of I/O, when the record is fresh enough (the hot path); a promise when it writes.
 */
export function recordUsage(ctx: RequestContext, operation: OperationName, response: KmsResponse): Promise<void> | undefined {
  const members = TRACKED[operation];
  if (!members) return undefined;
  const now = ctx.now().getTime();
  let stale: string[] | undefined;
  for (const member of members) {
    const keyId = keyIdOf(response[member]);
    if (!keyId || stale?.includes(keyId)) continue;
    const cacheKey = `${ctx.store.dir}\0${keyId}`;
    let last = known.get(cacheKey);
    if (last === undefined) {
      last = storedUsage(ctx, keyId)?.Timestamp;
      if (last !== undefined) known.set(cacheKey, last);
    }
    if (last === undefined || now - last >= USAGE_STALENESS_MS || now < last) (stale ??= []).push(keyId);
  }
  return stale === undefined ? undefined : write(ctx, operation, stale, now);
}

/** The stored record; a damaged one counts as none (it is replaced). */
function storedUsage(ctx: RequestContext, keyId: string): UsageRecord | undefined {
  try {
    const usage = ctx.store.get<UsageRecord>('usage', keyId);
    return typeof usage?.Timestamp === 'number' && typeof usage.Operation === 'string' ? usage : undefined;
  } catch {
    return undefined;
  }
}

async function write(ctx: RequestContext, operation: OperationName, keyIds: readonly string[], now: number): Promise<void> {
  try {
    await ctx.store.transact(() => {
      for (const keyId of keyIds) ctx.store.put('usage', keyId, { KeyId: keyId, Operation: operation, Timestamp: now } satisfies UsageRecord);
    });
    for (const keyId of keyIds) known.set(`${ctx.store.dir}\0${keyId}`, now);
  } catch {
    // usage is a report: a failure to record it leaves the older record
  }
}

export async function getKeyLastUsage(ctx: RequestContext, req: { KeyId: string }): Promise<KmsResponse> {
  const key = findKeyNotAlias(ctx, req.KeyId);
  const usage = storedUsage(ctx, key.KeyId);
  return compact({
    KeyId: key.KeyId,
    KeyLastUsage: usage ? { Operation: usage.Operation, Timestamp: new Date(usage.Timestamp) } : undefined,
    // pskms records use from a key's creation on
    TrackingStartDate: new Date(key.CreationDate),
    KeyCreationDate: new Date(key.CreationDate),
  });
}
