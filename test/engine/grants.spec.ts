// Grants (issue 13, item 4): created, listed with their filters, retired by token or by id,
// revoked; named grants are idempotent; AWS's validation and key-state rules. And
// GetKeyLastUsage (item 7): the last successful cryptographic call per key.
import { expect } from 'chai';
import { invoke, type RequestContext } from '../../src/engine/index.js';
import { testStore, type TestStore } from '../helpers/store.js';

const ROLE = 'arn:aws:iam::111122223333:role/app';
const ADMIN = 'arn:aws:iam::111122223333:role/admin';

describe('grants', () => {
  let store: TestStore;
  beforeEach(() => (store = testStore()));
  afterEach(() => store.cleanup());

  it('creates a grant with its token, and lists it as AWS lists grants', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    const grant = await store.call('CreateGrant', {
      KeyId: key.KeyId, GranteePrincipal: ROLE, RetiringPrincipal: ADMIN, Operations: ['Encrypt', 'Decrypt'],
      Constraints: { EncryptionContextSubset: { Department: 'IT' } },
    });
    expect(grant.GrantId).to.match(/^[0-9a-f]{64}$/);
    expect(grant.GrantToken).to.match(/^[A-Za-z0-9_-]+$/);
    const { Grants, Truncated } = await store.call('ListGrants', { KeyId: key.KeyId });
    expect(Truncated).to.equal(false);
    expect(Grants).to.have.length(1);
    expect(Grants[0]).to.deep.include({
      KeyId: key.Arn, GrantId: grant.GrantId, Name: '', GranteePrincipal: ROLE, RetiringPrincipal: ADMIN,
      IssuingAccount: 'arn:aws:iam::111122223333:root', Operations: ['Encrypt', 'Decrypt'], Constraints: { EncryptionContextSubset: { Department: 'IT' } },
    });
    expect(Grants[0].CreationDate).to.be.instanceOf(Date);
  });

  it('a named grant made again with the same parameters is the same grant, with a new token', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    const request = { KeyId: key.KeyId, GranteePrincipal: ROLE, Operations: ['Decrypt'], Name: 'app-decrypt' };
    const first = await store.call('CreateGrant', request);
    const again = await store.call('CreateGrant', request);
    expect(again.GrantId).to.equal(first.GrantId);
    expect(again.GrantToken).to.not.equal(first.GrantToken);
    // the same constraints, their keys in another order, are the same grant
    const constrained = { ...request, Name: 'with-context', Constraints: { EncryptionContextSubset: { a: '1', b: '2' } } };
    const firstConstrained = await store.call('CreateGrant', constrained);
    expect((await store.call('CreateGrant', { ...constrained, Constraints: { EncryptionContextSubset: { b: '2', a: '1' } } })).GrantId).to.equal(firstConstrained.GrantId);
    const other = await store.call('CreateGrant', { ...request, Operations: ['Encrypt'] });
    expect(other.GrantId).to.not.equal(first.GrantId);
    // unnamed grants are always new
    const unnamed = { KeyId: key.KeyId, GranteePrincipal: ROLE, Operations: ['Decrypt'] };
    expect((await store.call('CreateGrant', unnamed)).GrantId).to.not.equal((await store.call('CreateGrant', unnamed)).GrantId);
    expect((await store.call('ListGrants', { KeyId: key.KeyId })).Grants).to.have.length(5);
  });

  it('filters by grant id and grantee, and pages 50 at a time by default, 100 at most', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    const ids: string[] = [];
    for (let i = 0; i < 105; i++) ids.push((await store.call('CreateGrant', { KeyId: key.KeyId, GranteePrincipal: i === 3 ? ADMIN : ROLE, Operations: ['Encrypt'] })).GrantId);
    const first = await store.call('ListGrants', { KeyId: key.KeyId });
    expect([first.Grants.length, first.Truncated]).to.deep.equal([50, true]);
    const rest = await store.call('ListGrants', { KeyId: key.KeyId, Marker: first.NextMarker });
    expect([rest.Grants.length, rest.Truncated]).to.deep.equal([50, true]);
    const last = await store.call('ListGrants', { KeyId: key.KeyId, Marker: rest.NextMarker });
    expect([last.Grants.length, last.Truncated]).to.deep.equal([5, false]);
    expect([...first.Grants, ...rest.Grants, ...last.Grants].map((g: { GrantId: string }) => g.GrantId)).to.deep.equal(ids);
    expect((await store.call('ListGrants', { KeyId: key.KeyId, GranteePrincipal: ADMIN })).Grants.map((g: { GrantId: string }) => g.GrantId)).to.deep.equal([ids[3]]);
    expect((await store.call('ListGrants', { KeyId: key.KeyId, GrantId: ids[7] })).Grants).to.have.length(1);
    expect((await store.call('ListGrants', { KeyId: key.KeyId, Limit: 1000 })).Grants).to.have.length(100);
  });

  it('retires by token or by key and grant id, revokes by id, and lists retirable grants across keys', async () => {
    const a = (await store.call('CreateKey')).KeyMetadata;
    const b = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    const g1 = await store.call('CreateGrant', { KeyId: a.KeyId, GranteePrincipal: ROLE, RetiringPrincipal: ADMIN, Operations: ['Encrypt'] });
    const g2 = await store.call('CreateGrant', { KeyId: b.Arn, GranteePrincipal: ROLE, RetiringPrincipal: ADMIN, Operations: ['Sign'] });
    const g3 = await store.call('CreateGrant', { KeyId: b.KeyId, GranteePrincipal: ROLE, Operations: ['Verify'] });
    const retirable = await store.call('ListRetirableGrants', { RetiringPrincipal: ADMIN });
    expect(retirable.Grants.map((g: { GrantId: string; KeyId: string }) => [g.KeyId, g.GrantId]).sort()).to.deep.equal([[a.Arn, g1.GrantId], [b.Arn, g2.GrantId]].sort());

    expect(await store.error('RetireGrant', { GrantToken: g1.GrantToken, DryRun: true })).to.deep.equal({ type: 'DryRunOperationException', message: 'The request would have succeeded, but the DryRun option is set.' });
    await store.call('RetireGrant', { GrantToken: g1.GrantToken });
    expect((await store.call('ListGrants', { KeyId: a.KeyId })).Grants).to.deep.equal([]);
    expect(await store.error('RetireGrant', { GrantToken: g1.GrantToken })).to.deep.equal({ type: 'NotFoundException', message: `Grant ID ${g1.GrantId} not found` });
    await store.call('RetireGrant', { KeyId: b.KeyId, GrantId: g2.GrantId });
    await store.call('RevokeGrant', { KeyId: b.Arn, GrantId: g3.GrantId });
    expect((await store.call('ListGrants', { KeyId: b.KeyId })).Grants).to.deep.equal([]);
    expect((await store.error('RevokeGrant', { KeyId: b.KeyId, GrantId: g3.GrantId })).type).to.equal('NotFoundException');
    expect(await store.error('RetireGrant', { GrantToken: 'not-a-token' })).to.deep.equal({ type: 'InvalidGrantTokenException', message: 'The grant token is not valid.' });
    expect((await store.error('RetireGrant', { GrantId: g2.GrantId })).type).to.equal('ValidationException');
  });

  it("validates as AWS does: operations for the key's kind, principals, constraints, and the key's state", async () => {
    const sym = (await store.call('CreateKey')).KeyMetadata;
    const sig = (await store.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    const hmac = (await store.call('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata;
    const error = (request: Record<string, unknown>) => store.error('CreateGrant', { GranteePrincipal: ROLE, ...request });
    expect(await error({ KeyId: sym.KeyId, Operations: ['CreateGrant'] })).to.deep.equal({ type: 'ValidationException', message: 'Grants must not contain only the CreateGrant operation.' });
    expect((await error({ KeyId: sym.KeyId, Operations: ['Sign'] })).type).to.equal('ValidationException');
    expect((await error({ KeyId: sig.KeyId, Operations: ['GenerateDataKey'] })).type).to.equal('ValidationException');
    expect((await error({ KeyId: hmac.KeyId, Operations: ['GenerateMac'], Constraints: { EncryptionContextEquals: { a: 'b' } } })).type).to.equal('ValidationException');
    expect(await error({ KeyId: sym.KeyId, Operations: ['Decrypt'], Constraints: { EncryptionContextEquals: { a: 'b' }, EncryptionContextSubset: { a: 'b' } } })).to.deep.equal({ type: 'ValidationException', message: 'More than one constraint supplied' });
    expect((await store.error('CreateGrant', { KeyId: sym.KeyId, Operations: ['Decrypt'] })).message).to.equal('You must specify either GranteePrincipal or GranteeServicePrincipal, but not both.');
    expect((await error({ KeyId: sym.KeyId, Operations: ['Decrypt'], GranteePrincipal: 'bad principal!' })).message).to.contain("at 'granteePrincipal' failed to satisfy constraint");
    expect(await error({ KeyId: sym.KeyId, Operations: ['Destroy'] })).to.include({ type: 'ValidationException' }).and.property('message').that.contains("Value 'Destroy' at 'operations.1.member'");
    expect(await error({ KeyId: 'alias/app', Operations: ['Decrypt'] })).to.deep.equal({ type: 'InvalidArnException', message: 'Key Aliases are not supported for this operation.' });
    // a service principal needs a SourceArn constraint and a retiring principal
    const service = { KeyId: sym.KeyId, Operations: ['Decrypt'], GranteeServicePrincipal: 'logs.us-east-1.amazonaws.com' };
    expect((await store.error('CreateGrant', service)).type).to.equal('ValidationException');
    const made = await store.call('CreateGrant', { ...service, Constraints: { SourceArn: 'arn:aws:logs:us-east-1:111122223333:log-group:app' }, RetiringPrincipal: ADMIN });
    expect((await store.call('ListGrants', { KeyId: sym.KeyId, GranteeServicePrincipal: 'logs.us-east-1.amazonaws.com' })).Grants.map((g: { GrantId: string }) => g.GrantId)).to.deep.equal([made.GrantId]);

    await store.call('DisableKey', { KeyId: sym.KeyId });
    expect(await error({ KeyId: sym.KeyId, Operations: ['Decrypt'] })).to.deep.equal({ type: 'DisabledException', message: `${sym.Arn} is disabled.` });
    expect((await store.call('ListGrants', { KeyId: sym.KeyId })).Grants).to.have.length(1);
    await store.call('ScheduleKeyDeletion', { KeyId: sig.KeyId, PendingWindowInDays: 7 });
    expect(await error({ KeyId: sig.KeyId, Operations: ['Sign'] })).to.deep.equal({ type: 'KMSInvalidStateException', message: `${sig.Arn} is pending deletion.` });
    expect((await store.error('CreateGrant', { KeyId: hmac.KeyId, GranteePrincipal: ROLE, Operations: ['VerifyMac'], DryRun: true })).type).to.equal('DryRunOperationException');
    expect((await store.call('ListGrants', { KeyId: hmac.KeyId })).Grants).to.deep.equal([]);
  });
});

describe('GetKeyLastUsage', () => {
  let store: TestStore;
  beforeEach(() => (store = testStore()));
  afterEach(() => store.cleanup());

  it('is empty until a successful cryptographic call, then names it; a failed call is not usage', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    const before = await store.call('GetKeyLastUsage', { KeyId: key.KeyId });
    expect(before).to.deep.equal({ KeyId: key.KeyId, TrackingStartDate: key.CreationDate, KeyCreationDate: key.CreationDate });
    const blob = (await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('x') })).CiphertextBlob;
    const used = (await store.call('GetKeyLastUsage', { KeyId: key.Arn })).KeyLastUsage;
    expect(used.Operation).to.equal('Encrypt');
    expect(Math.abs(used.Timestamp.getTime() - Date.now())).to.be.below(10_000);
    await store.error('Decrypt', { CiphertextBlob: blob, EncryptionContext: { wrong: 'context' } });
    expect((await store.call('GetKeyLastUsage', { KeyId: key.KeyId })).KeyLastUsage.Operation).to.equal('Encrypt');
    expect((await store.error('GetKeyLastUsage', { KeyId: 'alias/x' })).type).to.equal('InvalidArnException');
  });

  it('records at most once a minute per key, so a burst of calls costs no writes, and a later call updates it', async () => {
    const key = (await store.call('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata;
    const mac = (await store.call('GenerateMac', { KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_256' })).Mac;
    const path = store.ctx.store.pathOf('usage', key.KeyId);
    const { mtimeMs } = await import('node:fs').then((fs) => fs.statSync(path));
    for (let i = 0; i < 5; i++) await store.call('VerifyMac', { KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_256', Mac: mac });
    expect((await import('node:fs')).statSync(path).mtimeMs).to.equal(mtimeMs);
    const later: RequestContext = { ...store.ctx, now: () => new Date(Date.now() + 120_000) };
    await invoke(later, 'VerifyMac', { KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_256', Mac: mac });
    expect((await store.call('GetKeyLastUsage', { KeyId: key.KeyId })).KeyLastUsage.Operation).to.equal('VerifyMac');
  });

  it('a damaged usage record never fails the call that uses the key; the next record replaces it', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    const path = store.ctx.store.pathOf('usage', key.KeyId);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '{bad');
    const fresh = testStore({ home: store.home });
    expect((await fresh.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('x') })).KeyId).to.equal(key.Arn);
    expect((await fresh.call('GetKeyLastUsage', { KeyId: key.KeyId })).KeyLastUsage.Operation).to.equal('Encrypt');
  });

  it('ReEncrypt is a use of both keys', async () => {
    const a = (await store.call('CreateKey')).KeyMetadata;
    const b = (await store.call('CreateKey')).KeyMetadata;
    const blob = (await store.call('Encrypt', { KeyId: a.KeyId, Plaintext: Buffer.from('x') })).CiphertextBlob;
    const fresh = testStore({ home: store.home });
    await fresh.call('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: b.KeyId });
    expect((await fresh.call('GetKeyLastUsage', { KeyId: b.KeyId })).KeyLastUsage.Operation).to.equal('ReEncrypt');
  });
});
