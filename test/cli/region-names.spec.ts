// A Region name over 63 characters (botocore's limit) passed validation, then failed in the file
// system: a 500 from serve, KMSInternalException from the CLI (issue 12, item 11). Now each
// front end refuses it as its model does, before anything is written.
import { expect } from 'chai';
import { pskms } from '../helpers/cli.js';
import { kmsPost, startServe, type RunningServer } from '../helpers/serve.js';
import { tempHome } from '../helpers/store.js';

const LONG = `us-${'a'.repeat(60)}-1`; // 65 characters, of a Region's shape
const MESSAGE = `Provided region_name '${LONG}' doesn't match a supported format.`;

describe('Region names over 63 characters', () => {
  const home = tempHome();

  it('pskms kms refuses them as the AWS CLI does (exit 255), from --region and from AWS_REGION', () => {
    for (const res of [pskms(home, ['kms', 'create-key', '--region', LONG]), pskms(home, ['kms', 'create-key'], { AWS_REGION: LONG })]) {
      expect(res.code).to.equal(255);
      expect(res.stderr.trim()).to.equal(MESSAGE);
    }
    // a name of 63 characters is still a Region name
    const longest = `us-${'a'.repeat(58)}-1`;
    expect(longest).to.have.length(63);
    expect(pskms(home, ['kms', 'create-key', '--region', longest]).code).to.equal(0);
  });

  it('the cmdlets refuse them with AWS.Tools\' ArgumentException', () => {
    const res = pskms(home, ['New-KMSKey', '-Region', LONG]);
    expect(res.code).to.equal(1);
    expect(res.stderr.split('\n')[0]).to.equal(`New-KMSKey: ${MESSAGE}`);
  });

  describe('pskms serve', () => {
    let server: RunningServer;
    before(async () => (server = await startServe(home)));
    after(() => server.stop());

    it('answers a credential scope naming one with InvalidSignatureException, not a 500', async () => {
      const res = await kmsPost(server.url, 'CreateKey', '{}', {
        Authorization: `AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261207/${LONG}/kms/aws4_request, SignedHeaders=host, Signature=00`,
      });
      expect(res.status).to.equal(400);
      expect((await res.json()).__type).to.equal('InvalidSignatureException');
    });
  });
});
