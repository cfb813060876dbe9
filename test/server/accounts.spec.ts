// One pskms serve for many accounts: an access-key → account map picks the account of each
// SigV4-signed request; callers outside the map are refused as AWS refuses them.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KMSClient, CreateKeyCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { readAccountMap, serve } from '../../src/server/serve.js';
import { tempHome } from '../helpers/store.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

describe('pskms serve with an access-key → account map', function () {
  const home = tempHome();
  let server: { url: string; close: () => Promise<void> };
  const previousHome = process.env.PSKMS_HOME;

  before(async () => {
    process.env.PSKMS_HOME = home;
    const file = join(home, 'accounts.json');
    writeFileSync(file, JSON.stringify({ AKIAALICE: '111111111111', AKIABOB: '222222222222' }));
    server = await serve({ host: '127.0.0.1', port: 0, accounts: readAccountMap(file), log: () => {} });
  });
  after(async () => {
    await server.close();
    if (previousHome === undefined) delete process.env.PSKMS_HOME;
    else process.env.PSKMS_HOME = previousHome;
  });

  const client = (accessKeyId: string, region = 'us-east-1') =>
    new KMSClient({ endpoint: server.url, region, credentials: { accessKeyId, secretAccessKey: 'x' }, maxAttempts: 1 });

  it("keeps each account's keys apart, per region", async () => {
    const alice = client('AKIAALICE');
    const bob = client('AKIABOB');
    const bobWest = client('AKIABOB', 'us-west-2');
    const aliceKey = (await alice.send(new CreateKeyCommand({}))).KeyMetadata!;
    const bobKey = (await bob.send(new CreateKeyCommand({}))).KeyMetadata!;
    expect(aliceKey.Arn).to.match(/^arn:aws:kms:us-east-1:111111111111:key\//);
    expect(bobKey.AWSAccountId).to.equal('222222222222');
    expect((await alice.send(new ListKeysCommand({}))).Keys!.map((k) => k.KeyId)).to.deep.equal([aliceKey.KeyId]);
    expect((await bob.send(new ListKeysCommand({}))).Keys!.map((k) => k.KeyId)).to.deep.equal([bobKey.KeyId]);
    expect((await bobWest.send(new ListKeysCommand({}))).Keys).to.deep.equal([]);
    for (const c of [alice, bob, bobWest]) c.destroy();
  });

  it('refuses an access key outside the map, and an unsigned request, with AWS\'s exception names', async () => {
    const stranger = client('AKIAMALLORY');
    const error = await stranger.send(new ListKeysCommand({})).then(() => undefined, (e: Error) => e);
    stranger.destroy();
    expect(error?.name).to.equal('UnrecognizedClientException');
    expect(error?.message).to.equal('The security token included in the request is invalid.');
    const res = await fetch(`${server.url}/`, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'TrentService.ListKeys' }, body: '{}' });
    expect(res.status).to.equal(400);
    expect(await res.json()).to.deep.equal({ __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
    // the caller is checked before the call is read, as AWS does
    const unknownCall = await fetch(`${server.url}/`, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'TrentService.NoSuchThing', Authorization: 'AWS4-HMAC-SHA256 Credential=AKIAMALLORY/20260101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=00' }, body: '{not json' });
    expect((await unknownCall.json()).__type).to.equal('UnrecognizedClientException');
  });

  it('refuses a credential scope that names no valid region', async () => {
    const auth = 'AWS4-HMAC-SHA256 Credential=AKIAALICE/20260101/not_a_region/kms/aws4_request, SignedHeaders=host, Signature=00';
    const res = await fetch(`${server.url}/`, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'TrentService.ListKeys', Authorization: auth }, body: '{}' });
    expect(res.status).to.equal(400);
    expect((await res.json()).__type).to.equal('InvalidSignatureException');
  });

  it('rejects a map whose accounts are not 12 digits', () => {
    const file = join(home, 'bad.json');
    writeFileSync(file, JSON.stringify({ AKIA: '123' }));
    expect(() => readAccountMap(file)).to.throw('the account of AKIA must be 12 digits');
  });
});
