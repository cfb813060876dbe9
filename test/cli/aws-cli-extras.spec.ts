// The rest of the AWS CLI's surface: --query (checked against the jmespath package the AWS CLI
// itself uses), --output yaml, --cli-input-json / --cli-input-yaml, --generate-cli-skeleton.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { pskms } from '../helpers/cli.js';
import { Scratch } from '../helpers/openssl.js';
import { tempHome } from '../helpers/store.js';

const python = (code: string, input: string) => spawnSync('python3', ['-c', code], { input, encoding: 'utf8' });
const HAS_PY_JMESPATH = spawnSync('python3', ['-c', 'import jmespath, yaml']).status === 0;

describe('pskms kms: --query, yaml, cli input and skeletons', function () {
  const home = tempHome();
  const scratch = new Scratch();
  const kms = (...args: string[]) => pskms(home, ['kms', ...args]);

  before(() => {
    kms('create-key', '--description', 'one');
    const key = kms('create-key', '--key-spec', 'RSA_2048', '--key-usage', 'SIGN_VERIFY').json().KeyMetadata;
    kms('create-alias', '--alias-name', 'alias/q', '--target-key-id', key.KeyId);
  });

  it('--query gives what the jmespath package the AWS CLI uses gives, in json and text', function () {
    if (!HAS_PY_JMESPATH) {
      console.warn('    (skipped: python3 with jmespath and yaml is not installed)');
      this.skip();
    }
    const full = kms('describe-key', '--key-id', 'alias/q').stdout;
    for (const query of ['KeyMetadata.KeyState', 'KeyMetadata.SigningAlgorithms[?contains(@, `PSS`)]', 'KeyMetadata.[KeyId, Enabled, Nope]', 'length(KeyMetadata.SigningAlgorithms)', 'KeyMetadata.Nope']) {
      const ours = JSON.parse(kms('describe-key', '--key-id', 'alias/q', '--query', query).stdout);
      const oracle = JSON.parse(python(`import sys, json, jmespath\nprint(json.dumps(jmespath.search(${JSON.stringify(query)}, json.load(sys.stdin))))`, full).stdout);
      expect(ours, query).to.deep.equal(oracle);
    }
    expect(kms('describe-key', '--key-id', 'alias/q', '--query', 'KeyMetadata.[KeyState,Enabled,Nope]', '--output', 'text').stdout).to.equal('Enabled\tTrue\tNone\n');
    const bad = kms('list-keys', '--query', 'Keys[');
    expect(bad.code).to.equal(252);
    expect(bad.stderr).to.match(/^\nBad value for --query Keys\[: /);
  });

  it('--output yaml is the same data as --output json', function () {
    if (!HAS_PY_JMESPATH) this.skip();
    const json = kms('list-aliases').stdout;
    const yaml = kms('list-aliases', '--output', 'yaml').stdout;
    const oracle = python('import sys, yaml, json\nprint(json.dumps(yaml.safe_load(sys.stdin), default=str))', yaml);
    expect(JSON.parse(oracle.stdout)).to.deep.equal(JSON.parse(json));
  });

  it('--cli-input-json and --cli-input-yaml give the request; options on the command line win', () => {
    const json = scratch.write('in.json', JSON.stringify({ KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY', Description: 'from json' }));
    const fromJson = kms('create-key', '--cli-input-json', `file://${json}`, '--description', 'from the command line').json().KeyMetadata;
    expect(fromJson).to.include({ KeySpec: 'ECC_NIST_P384', Description: 'from the command line' });
    const yaml = scratch.write('in.yaml', `KeyId: alias/q\nMessage: ${Buffer.from('yaml').toString('base64')}\nSigningAlgorithm: RSASSA_PSS_SHA_256\n`);
    expect(kms('sign', '--cli-input-yaml', `file://${yaml}`, '--query', 'SigningAlgorithm').json()).to.equal('RSASSA_PSS_SHA_256');
    expect(kms('sign', '--cli-input-yaml', `file://${yaml}`, '--signing-algorithm', 'RSASSA_PKCS1_V1_5_SHA_256', '--query', 'SigningAlgorithm').json()).to.equal('RSASSA_PKCS1_V1_5_SHA_256');
    const missing = kms('sign', '--cli-input-json', '{"KeyId": "alias/q"}');
    expect(missing.stderr).to.contain('the following arguments are required: --message, --signing-algorithm');
  });

  it('--generate-cli-skeleton prints the request (json or yaml) or the response to fill in, and calls nothing', () => {
    const input = kms('encrypt', '--generate-cli-skeleton').json();
    expect(Object.keys(input)).to.deep.equal(['KeyId', 'Plaintext', 'EncryptionContext', 'GrantTokens', 'EncryptionAlgorithm', 'DryRun']);
    expect(kms('encrypt', '--generate-cli-skeleton', 'yaml-input').stdout).to.match(/^KeyId: ''\nPlaintext: ''\n/);
    expect(Object.keys(kms('sign', '--generate-cli-skeleton', 'output').json())).to.deep.equal(['KeyId', 'Signature', 'SigningAlgorithm']);
  });
});
