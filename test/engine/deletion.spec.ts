// A key past its deletion date is gone from disk, its aliases with it (issue 12, items 4, 7, 8):
// before, the document (private key included) stayed, a clock set back brought the key back,
// ListKeys paged before dropping deleted keys, and a deleted key's aliases blocked CreateAlias.
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestContext } from '../../src/engine/index.js';
import { invoke } from '../../src/engine/index.js';
import { testStore, type TestStore } from '../helpers/store.js';

const DAY = 86_400_000;

/** Every file under a directory, as text. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [readFileSync(path, 'latin1')];
  });
}

describe('deleted keys', () => {
  let store: TestStore;
  let later: RequestContext;
  beforeEach(() => {
    store = testStore();
    // the same store, eight days on
    later = { ...store.ctx, now: () => new Date(Date.now() + 8 * DAY) };
  });
  afterEach(() => store.cleanup());

  const at = (ctx: RequestContext) => ({
    call: (operation: Parameters<typeof invoke>[1], request: Record<string, unknown> = {}): Promise<any> => invoke(ctx, operation, request),
    error: async (operation: Parameters<typeof invoke>[1], request: Record<string, unknown> = {}) => {
      try {
        await invoke(ctx, operation, request);
      } catch (e) {
        return { type: (e as { type: string }).type, message: (e as Error).message };
      }
      throw new Error(`${operation} succeeded`);
    },
  });

  it('are removed from disk, material and aliases, by the first call past the date, and do not come back with the clock', async () => {
    const key = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    await store.call('CreateAlias', { AliasName: 'alias/doomed', TargetKeyId: key.KeyId });
    await store.call('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 7 });
    expect(filesUnder(store.home).some((text) => text.includes(key.KeyId))).to.equal(true);

    expect(await at(later).error('Sign', { KeyId: 'alias/doomed', Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' })).to.deep.equal({
      type: 'NotFoundException', message: `Alias arn:aws:kms:us-east-1:111122223333:alias/doomed is not found.`,
    });
    // nothing on disk names the key any more: no key document, no alias
    expect(filesUnder(store.home).filter((text) => text.includes(key.KeyId))).to.deep.equal([]);
    expect(store.ctx.store.list('keys')).to.deep.equal([]);
    expect(store.ctx.store.list('aliases')).to.deep.equal([]);
    // today again: still gone
    expect((await store.error('DescribeKey', { KeyId: key.KeyId })).type).to.equal('NotFoundException');
  });

  it('a cancelled deletion keeps the key', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    await store.call('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 7 });
    await store.call('CancelKeyDeletion', { KeyId: key.KeyId });
    expect((await at(later).call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.KeyState).to.equal('Disabled');
    expect(store.ctx.store.list('keys')).to.deep.equal([key.KeyId]);
  });

  it('ListKeys drops deleted keys before it pages: Limit keys a page while more exist', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await store.call('CreateKey')).KeyMetadata.KeyId);
    const sorted = [...ids].sort();
    // delete every other key in id order, so that deleted keys fall inside each page
    const deleted = sorted.filter((_, i) => i % 2 === 0);
    for (const id of deleted) await store.call('ScheduleKeyDeletion', { KeyId: id, PendingWindowInDays: 7 });
    const live = sorted.filter((id) => !deleted.includes(id));
    const pages: string[][] = [];
    let marker: string | undefined;
    for (;;) {
      const page = await at(later).call('ListKeys', { Limit: 2, ...(marker ? { Marker: marker } : {}) });
      pages.push(page.Keys.map((k: { KeyId: string }) => k.KeyId));
      if (!page.Truncated) break;
      marker = page.NextMarker;
    }
    expect(pages).to.deep.equal([live.slice(0, 2), live.slice(2)]);
  });

  it('a deleted key\'s alias is gone: CreateAlias may take its name, Update and DeleteAlias say NotFound, ListAliases omits it', async () => {
    const old = (await store.call('CreateKey')).KeyMetadata;
    const fresh = (await store.call('CreateKey')).KeyMetadata;
    await store.call('CreateAlias', { AliasName: 'alias/reused', TargetKeyId: old.KeyId });
    await store.call('CreateAlias', { AliasName: 'alias/orphan', TargetKeyId: old.KeyId });
    await store.call('ScheduleKeyDeletion', { KeyId: old.KeyId, PendingWindowInDays: 7 });
    const kms = at(later);
    const notFound = (name: string) => ({ type: 'NotFoundException', message: `Alias arn:aws:kms:us-east-1:111122223333:${name} is not found.` });
    expect(await kms.error('UpdateAlias', { AliasName: 'alias/orphan', TargetKeyId: fresh.KeyId })).to.deep.equal(notFound('alias/orphan'));
    expect(await kms.error('DeleteAlias', { AliasName: 'alias/orphan' })).to.deep.equal(notFound('alias/orphan'));
    await kms.call('CreateAlias', { AliasName: 'alias/reused', TargetKeyId: fresh.KeyId });
    const listed = (await kms.call('ListAliases')).Aliases;
    expect(listed.map((a: { AliasName: string; TargetKeyId: string }) => [a.AliasName, a.TargetKeyId])).to.deep.equal([['alias/reused', fresh.KeyId]]);
  });
});
