// The AWS CLI's client-side rules, and its words for calls that never reach KMS (issue 12,
// item 14); the cmdlets give AWS.Tools' equivalents. No stack trace, whatever goes wrong.
import { expect } from 'chai';
import { createServer, type Server } from 'node:net';
import { pskms } from '../helpers/cli.js';
import { tempHome } from '../helpers/store.js';

describe('client-side rules and failures before KMS', () => {
  const home = tempHome();
  const keys = { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'us-east-1' };
  let closedPort: number;
  before(async () => {
    // a port nothing listens on: take one, then let it go
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closedPort = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
  });

  const noTrace = (stderr: string) => expect(stderr).to.not.match(/\n\s+at |Node\.js v/);

  it('--cli-input-json with a member the model lacks is refused (252), at the top and inside structures', () => {
    const top = pskms(home, ['kms', 'describe-key', '--cli-input-json', '{"KeyId":"x","Bogus":1}']);
    expect([top.code, top.stderr]).to.deep.equal([252, '\nParameter validation failed:\nUnknown parameter in input: "Bogus", must be one of: KeyId, GrantTokens\n']);
    const nested = pskms(home, ['kms', 'create-key', '--cli-input-json', '{"Tags":[{"TagKey":"a","TagValue":"b","Extra":1}]}']);
    expect(nested.code).to.equal(252);
    expect(nested.stderr).to.contain('Unknown parameter in Tags[0]: "Extra", must be one of: TagKey, TagValue');
    expect(pskms(home, ['kms', 'list-keys']).json().Keys).to.deep.equal([]);
  });

  it('--page-size 0 is refused as botocore refuses Limit 0 (252)', () => {
    const res = pskms(home, ['kms', 'list-keys', '--page-size', '0']);
    expect([res.code, res.stderr]).to.deep.equal([252, '\nParameter validation failed:\nInvalid value for parameter Limit, value: 0, valid min value: 1\n']);
  });

  it('an unknown --profile or AWS_PROFILE fails a local call too (255)', () => {
    for (const res of [pskms(home, ['kms', 'list-keys', '--profile', 'nope']), pskms(home, ['kms', 'list-keys'], { AWS_PROFILE: 'nope' })]) {
      expect([res.code, res.stderr]).to.deep.equal([255, '\nThe config profile (nope) could not be found\n']);
    }
  });

  it('no credentials for a remote call: 253 and the CLI\'s words', () => {
    const res = pskms(home, ['kms', 'list-keys', '--endpoint-url', `http://127.0.0.1:${closedPort}`, '--region', 'us-east-1'], { HOME: home, AWS_EC2_METADATA_DISABLED: 'true' });
    expect([res.code, res.stderr]).to.deep.equal([253, '\nUnable to locate credentials. You can configure credentials by running "aws configure".\n']);
  });

  it('an endpoint nothing listens on: 255, "Could not connect to the endpoint URL"; the cmdlets: a connection-refused record', () => {
    const cli = pskms(home, ['kms', 'list-keys', '--endpoint-url', `http://127.0.0.1:${closedPort}`], keys);
    expect([cli.code, cli.stderr]).to.deep.equal([255, `\nCould not connect to the endpoint URL: "http://127.0.0.1:${closedPort}/"\n`]);
    const cmdlet = pskms(home, ['Get-KMSKeyList', '-EndpointUrl', `http://127.0.0.1:${closedPort}`, '-Region', 'us-east-1', '-AccessKey', 'a', '-SecretKey', 'b']);
    expect(cmdlet.code).to.equal(1);
    expect(cmdlet.stderr.split('\n')[0]).to.equal(`Get-KMSKeyList: Connection refused (127.0.0.1:${closedPort})`);
    expect(cmdlet.stderr).to.contain('FullyQualifiedErrorId : System.Net.Http.HttpRequestException,');
    noTrace(cli.stderr);
    noTrace(cmdlet.stderr);
  });

  it('an endpoint that is not a URL: 255 and the CLI\'s words; the cmdlets: .NET\'s UriFormatException text', () => {
    const cli = pskms(home, ['kms', 'list-keys', '--endpoint-url', 'not a url'], keys);
    expect([cli.code, cli.stderr]).to.deep.equal([255, '\nBad value for --endpoint-url "not a url": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/\n']);
    const cmdlet = pskms(home, ['Get-KMSKeyList', '-EndpointUrl', 'not a url', '-Region', 'us-east-1', '-AccessKey', 'a', '-SecretKey', 'b']);
    expect(cmdlet.stderr.split('\n')[0]).to.equal('Get-KMSKeyList: Invalid URI: The format of the URI could not be determined.');
    noTrace(cli.stderr);
  });
});
