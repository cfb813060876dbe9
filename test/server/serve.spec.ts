// pskms serve: the KMS wire protocol over HTTP, exercised with raw requests for the protocol's
// edges and with real KMS clients (botocore, the AWS CLI) where they are installed.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { pskms } from '../helpers/cli.js';
import { startServe, type RunningServer } from '../helpers/serve.js';
import { tempHome } from '../helpers/store.js';

const HAS_BOTOCORE = spawnSync('python3', ['-c', 'import botocore']).status === 0;

describe('pskms serve', function () {
  const home = tempHome();
  let server: RunningServer;
  let url: string;
  let log = '';

  before(async () => {
    server = await startServe(home);
    server.child.stderr!.on('data', (d) => (log += d));
    url = server.url;
  });
  after(() => server.stop());

  const call = async (target: string, body: string | object, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': target, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  it('serves operations as awsJson1.1: base64 blobs, epoch-second timestamps, the CLI\'s store', async () => {
    const created = await call('TrentService.CreateKey', { Description: 'over http' });
    expect(created.status).to.equal(200);
    expect(created.body.KeyMetadata.CreationDate).to.be.a('number');
    const keyId = created.body.KeyMetadata.KeyId;
    const enc = await call('TrentService.Encrypt', { KeyId: keyId, Plaintext: Buffer.from('wire secret').toString('base64') });
    const dec = await call('TrentService.Decrypt', { CiphertextBlob: enc.body.CiphertextBlob });
    expect(Buffer.from(dec.body.Plaintext, 'base64').toString()).to.equal('wire secret');
    expect(pskms(home, ['kms', 'describe-key', '--key-id', keyId]).json().KeyMetadata.Description).to.equal('over http');
  });

  it('answers a 1 MiB body of invalid members with a short ValidationException (it once replied with 68 MB)', async () => {
    const tokens = Array(300_000).fill('""').join(',');
    const res = await call('TrentService.Encrypt', `{"KeyId":"alias/x","Plaintext":"eA==","GrantTokens":[${tokens}]}`);
    expect(res.status).to.equal(400);
    expect(res.body.__type).to.equal('ValidationException');
    // the list's length, and each empty token
    expect(res.body.message).to.match(/^300001 validation errors detected: /);
    expect(res.body.message.length).to.be.below(4000);
  });

  it('answers a peer point at infinity with ValidationException and goes on serving (it once killed the server)', async () => {
    const key = (await call('TrentService.CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' })).body.KeyMetadata;
    const res = await call('TrentService.DeriveSharedSecret', { KeyId: key.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: 'MBkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDAgAA' });
    expect(res.status).to.equal(400);
    expect(res.body.__type).to.equal('ValidationException');
    expect((await call('TrentService.DescribeKey', { KeyId: key.KeyId })).status).to.equal(200);
    expect(server.child.exitCode).to.equal(null);
  });

  it('answers errors as {"__type","message"} with AWS\'s status codes', async () => {
    expect(await call('TrentService.DescribeKey', { KeyId: 'alias/none' })).to.deep.equal({
      status: 400, body: { __type: 'NotFoundException', message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.' },
    });
    expect(await call('TrentService.Decrypt', { CiphertextBlob: Buffer.from('garbage').toString('base64') })).to.deep.equal({ status: 400, body: { __type: 'InvalidCiphertextException' } });
    expect((await call('TrentService.NoSuchThing', {})).body).to.deep.equal({ __type: 'UnknownOperationException' });
    expect((await call('TrentService.Encrypt', '{not json')).body.__type).to.equal('SerializationException');
    expect((await call('TrentService.Encrypt', { KeyId: 5, Plaintext: 'aGk=' })).body.__type).to.equal('SerializationException');
    const big = await call('TrentService.Encrypt', { KeyId: 'x', Plaintext: 'A'.repeat(1024 * 1024 + 10) });
    expect(big.status).to.equal(413);
  });

  it('takes the region from the SigV4 credential scope', async () => {
    const auth = 'AWS4-HMAC-SHA256 Credential=test/20260101/eu-central-1/kms/aws4_request, SignedHeaders=host, Signature=00';
    const created = await call('TrentService.CreateKey', {}, { Authorization: auth });
    expect(created.body.KeyMetadata.Arn).to.match(/^arn:aws:kms:eu-central-1:/);
    expect((await call('TrentService.DescribeKey', { KeyId: created.body.KeyMetadata.KeyId })).status).to.equal(400);
  });

  it('refuses a credential scope that is not a Region as AWS does, not as an internal error', async () => {
    // found by test/reliability/fuzz.spec.ts: createContext threw on the region, answered 500 KMSInternalException (which SDKs retry)
    const auth = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/local/kms/aws4_request, SignedHeaders=host, Signature=00';
    expect(await call('TrentService.Encrypt', '', { Authorization: auth })).to.deep.equal({
      status: 400, body: { __type: 'InvalidSignatureException', message: 'Credential should be scoped to a valid region.' },
    });
  });

  it('works with botocore as the client, which parses the error types', function () {
    if (!HAS_BOTOCORE) {
      console.warn('    (skipped: python3 with botocore is not installed)');
      this.skip();
    }
    const script = `
import botocore.session, base64
c = botocore.session.get_session().create_client('kms', region_name='ap-south-1', endpoint_url='${url}', aws_access_key_id='a', aws_secret_access_key='b')
k = c.create_key(KeySpec='ECC_NIST_P384', KeyUsage='SIGN_VERIFY')['KeyMetadata']
s = c.sign(KeyId=k['KeyId'], Message=b'botocore', SigningAlgorithm='ECDSA_SHA_384')
assert c.verify(KeyId=k['Arn'], Message=b'botocore', Signature=s['Signature'], SigningAlgorithm='ECDSA_SHA_384')['SignatureValid']
try:
    c.verify(KeyId=k['Arn'], Message=b'other', Signature=s['Signature'], SigningAlgorithm='ECDSA_SHA_384')
    print('no error')
except c.exceptions.KMSInvalidSignatureException:
    print('KMSInvalidSignatureException', k['Arn'].split(':')[3])
`;
    const res = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
    expect(res.stdout.trim(), res.stderr).to.equal('KMSInvalidSignatureException ap-south-1');
  });

  it('works with the AWS CLI as the client (--endpoint-url)', function () {
    const aws = spawnSync('aws', ['--version'], { encoding: 'utf8' });
    if (aws.status !== 0) {
      console.warn('    (skipped: the aws command is not installed)');
      this.skip();
    }
    const env = { ...process.env, AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_DEFAULT_REGION: 'us-east-1' };
    const created = spawnSync('aws', ['--endpoint-url', url, 'kms', 'create-key', '--description', 'from aws'], { env, encoding: 'utf8' });
    expect(created.status, created.stderr).to.equal(0);
    const id = JSON.parse(created.stdout).KeyMetadata.KeyId;
    const missing = spawnSync('aws', ['--endpoint-url', url, 'kms', 'describe-key', '--key-id', 'alias/none'], { env, encoding: 'utf8' });
    expect(missing.stderr).to.contain('An error occurred (NotFoundException) when calling the DescribeKey operation: Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.');
    expect(pskms(home, ['kms', 'describe-key', '--key-id', id]).json().KeyMetadata.Description).to.equal('from aws');
  });

  it('logs one line per request, without bodies', () => {
    const lines = log.trim().split('\n');
    expect(lines.length).to.be.greaterThan(5);
    expect(lines.every((l) => /^\S+ \S+ \d{3} \d+ms$/.test(l))).to.equal(true);
    expect(log).to.not.contain(Buffer.from('wire secret').toString('base64'));
  });
});
