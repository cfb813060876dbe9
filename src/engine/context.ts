// Who is calling and where: the account and region a request is scoped to, and the store
// that holds that scope's keys.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ScopeStore } from '../store/scope-store.js';

/**
 * What the engine keeps in a scope's store, with the member that holds each document's id: keys,
 * aliases, each key's last cryptographic use (GetKeyLastUsage) and the custom key stores.
 */
const COLLECTIONS = { keys: 'KeyId', aliases: 'AliasName', usage: 'KeyId', keystores: 'CustomKeyStoreId' } as const;
type EngineCollection = keyof typeof COLLECTIONS;

export const DEFAULT_ACCOUNT_ID = '111122223333';
export const DEFAULT_REGION = 'us-east-1';

export interface RequestContext {
  readonly accountId: string;
  readonly region: string;
  readonly partition: string;
  readonly store: ScopeStore<EngineCollection>;
  /** a PEM root certificate trusted for Nitro attestation documents instead of AWS's (PSKMS_NITRO_ROOT) */
  readonly nitroRootPath?: string;
  now(): Date;
}

/**
 * The shape of a Region name: us-east-1, cn-north-1, us-gov-west-1; and, as botocore requires
 * (VALID_REGION_NAME), at most 63 characters: a longer one would also be too long a directory name.
 */
export const REGION_NAME = /^(?=.{1,63}$)[a-z]{2}(-[a-z]+)+-\d+$/;

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function storeHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.PSKMS_HOME || join(homedir(), '.pskms');
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: HOUR_MS, d: DAY_MS };

/**
 * PSKMS_CLOCK_OFFSET: a signed duration (8d, -2h, 90s, 1500ms) added to pskms's idea of "now", so
 * that deletion windows and other dates can be tried in seconds. What a moved clock makes happen
 * (a key past its deletion date is purged) happens for real: a clock moved back does not undo it.
 */
export function clockOffsetMs(text: string | undefined): number {
  if (text === undefined || text === '') return 0;
  const match = /^([+-]?\d+)(ms|s|m|h|d)$/.exec(text.trim());
  if (!match) throw new Error(`PSKMS_CLOCK_OFFSET must be a signed duration such as 8d, -2h, 90s or 1500ms, not '${text}'`);
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** Region: the explicit one, then AWS_REGION, AWS_DEFAULT_REGION, else us-east-1. Account: PSKMS_ACCOUNT_ID, else 111122223333. */
export function createContext(options: { region?: string; accountId?: string; env?: NodeJS.ProcessEnv } = {}): RequestContext {
  const env = options.env ?? process.env;
  const region = options.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || DEFAULT_REGION;
  const accountId = options.accountId || env.PSKMS_ACCOUNT_ID || DEFAULT_ACCOUNT_ID;
  if (!/^\d{12}$/.test(accountId)) throw new Error(`PSKMS_ACCOUNT_ID must be 12 digits, not '${accountId}'`);
  if (!REGION_NAME.test(region)) throw new Error(`Provided region_name '${region}' doesn't match a supported format.`);
  const offset = clockOffsetMs(env.PSKMS_CLOCK_OFFSET);
  return {
    accountId,
    region,
    partition: partitionOf(region),
    store: new ScopeStore(storeHome(env), accountId, region, COLLECTIONS),
    ...(env.PSKMS_NITRO_ROOT ? { nitroRootPath: env.PSKMS_NITRO_ROOT } : {}),
    now: offset === 0 ? () => new Date() : () => new Date(Date.now() + offset),
  };
}

/** The same caller in another Region of the same account (a multi-Region key's related keys). */
export function regionContext(ctx: RequestContext, region: string): RequestContext {
  return region === ctx.region ? ctx : { ...ctx, region, store: ctx.store.sibling(region) };
}

export function keyArn(ctx: RequestContext, keyId: string): string {
  return `arn:${ctx.partition}:kms:${ctx.region}:${ctx.accountId}:key/${keyId}`;
}

export function aliasArn(ctx: RequestContext, aliasName: string): string {
  return `arn:${ctx.partition}:kms:${ctx.region}:${ctx.accountId}:${aliasName}`;
}
