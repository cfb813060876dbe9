// Key policies (issue 13, item 5): every key has one, named default: AWS's default key policy, or
// CreateKey's Policy; PutKeyPolicy replaces it after checking it is a policy document.
import { expect } from 'chai';
import { testStore, type TestStore } from '../helpers/store.js';

const MALFORMED = { type: 'MalformedPolicyDocumentException', message: 'The request was rejected because the specified policy is not syntactically or semantically correct.' };

describe('key policies', () => {
  let store: TestStore;
  before(() => (store = testStore()));
  after(() => store.cleanup());

  it('a new key has AWS\'s default key policy, named default', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    const res = await store.call('GetKeyPolicy', { KeyId: key.KeyId });
    expect(res.PolicyName).to.equal('default');
    expect(JSON.parse(res.Policy)).to.deep.equal({
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }],
    });
    expect(await store.call('ListKeyPolicies', { KeyId: key.Arn })).to.deep.equal({ PolicyNames: ['default'], Truncated: false });
  });

  it('CreateKey keeps its Policy; PutKeyPolicy replaces it, by key id or ARN', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Encrypt', Resource: '*' }] });
    const key = (await store.call('CreateKey', { Policy: policy })).KeyMetadata;
    expect((await store.call('GetKeyPolicy', { KeyId: key.KeyId, PolicyName: 'default' })).Policy).to.equal(policy);
    const next = JSON.stringify({ Version: '2012-10-17', Statement: [] });
    expect(await store.call('PutKeyPolicy', { KeyId: key.Arn, Policy: next, BypassPolicyLockoutSafetyCheck: true })).to.deep.equal({});
    expect((await store.call('GetKeyPolicy', { KeyId: key.KeyId })).Policy).to.equal(next);
  });

  it('refuses a document that is not a policy (not JSON, no Statement, over 32 KiB) with MalformedPolicyDocumentException', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    const huge = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'x'.repeat(33_000) }] });
    for (const Policy of ['not json', '[]', '{"Version":"2012-10-17"}', huge]) {
      expect(await store.error('PutKeyPolicy', { KeyId: key.KeyId, Policy }), Policy.slice(0, 20)).to.deep.equal(MALFORMED);
    }
    expect(await store.error('CreateKey', { Policy: 'not json' })).to.deep.equal(MALFORMED);
  });

  it('knows no policy but default, and takes no alias', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    await store.call('CreateAlias', { AliasName: 'alias/policy', TargetKeyId: key.KeyId });
    expect(await store.error('GetKeyPolicy', { KeyId: key.KeyId, PolicyName: 'other' })).to.deep.equal({ type: 'NotFoundException', message: 'No such policy exists' });
    expect(await store.error('PutKeyPolicy', { KeyId: key.KeyId, PolicyName: 'other', Policy: '{"Statement":[]}' })).to.deep.equal({ type: 'NotFoundException', message: 'No such policy exists' });
    expect(await store.error('GetKeyPolicy', { KeyId: 'alias/policy' })).to.deep.equal({ type: 'InvalidArnException', message: 'Key Aliases are not supported for this operation.' });
  });
});
