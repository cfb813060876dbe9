// The AWS-CLI dialect end to end, one process per call as from bash: the four seed flows
// checked with openssl, then the CLI's own behaviour (exit codes, error texts, input forms,
// output formats, region and account scoping, pagination).
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PSKMS_BIN, pskms, type CliResult } from '../helpers/cli.js';
import { openssl, opensslSucceeds, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { tempHome } from '../helpers/store.js';

const b64 = (s: string) => Buffer.from(s, 'base64');

describe('pskms kms (AWS-CLI dialect)', function () {
  const home = tempHome();
  const scratch = new Scratch();
  const kms = (...args: string[]): CliResult => pskms(home, ['kms', ...args]);

  describe('the seed flows, checked with openssl', function () {
    before(function () {
      requireOpenssl(this);
    });

    it('derive-shared-secret equals openssl pkeyutl -derive', () => {
      const key = kms('create-key', '--key-spec', 'ECC_NIST_P384', '--key-usage', 'KEY_AGREEMENT').json().KeyMetadata;
      expect(kms('create-alias', '--alias-name', 'alias/ecdh', '--target-key-id', key.KeyId).code).to.equal(0);
      const peerPriv = scratch.write('peer.pem', openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384']));
      scratch.write('peer.der', openssl(['pkey', '-in', peerPriv, '-pubout', '-outform', 'DER']));
      const res = kms('derive-shared-secret', '--key-id', 'alias/ecdh', '--key-agreement-algorithm', 'ECDH', '--public-key', `fileb://${scratch.path('peer.der')}`).json();
      expect(Object.keys(res)).to.deep.equal(['KeyId', 'SharedSecret', 'KeyAgreementAlgorithm', 'KeyOrigin']);
      expect(res.KeyId).to.equal(key.Arn);
      scratch.write('kms.der', b64(kms('get-public-key', '--key-id', 'alias/ecdh').json().PublicKey));
      const expected = openssl(['pkeyutl', '-derive', '-inkey', peerPriv, '-peerkey', scratch.path('kms.der'), '-peerform', 'DER']);
      expect(res.SharedSecret).to.equal(expected.toString('base64'));
    });

    it('sign output verifies with openssl; verify accepts it and raises KMSInvalidSignatureException otherwise', () => {
      const key = kms('create-key', '--key-spec', 'RSA_2048', '--key-usage', 'SIGN_VERIFY').json().KeyMetadata;
      const msg = scratch.write('msg.txt', 'release-1.2.3.tar.gz contents');
      const sig = kms('sign', '--key-id', key.KeyId, '--message', `fileb://${msg}`, '--signing-algorithm', 'RSASSA_PSS_SHA_256').json();
      scratch.write('sig.bin', b64(sig.Signature));
      scratch.write('rsa.der', b64(kms('get-public-key', '--key-id', key.Arn).json().PublicKey));
      expect(opensslSucceeds(['dgst', '-sha256', '-verify', scratch.path('rsa.der'), '-keyform', 'DER', '-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:32', '-signature', scratch.path('sig.bin'), msg])).to.equal(true);
      const ok = kms('verify', '--key-id', key.KeyId, '--message', `fileb://${msg}`, '--signature', sig.Signature, '--signing-algorithm', 'RSASSA_PSS_SHA_256').json();
      expect(ok).to.deep.equal({ KeyId: key.Arn, SignatureValid: true, SigningAlgorithm: 'RSASSA_PSS_SHA_256' });
      const bad = kms('verify', '--key-id', key.KeyId, '--message', Buffer.from('tampered').toString('base64'), '--signature', sig.Signature, '--signing-algorithm', 'RSASSA_PSS_SHA_256');
      expect(bad.code).to.equal(254);
      expect(bad.stderr).to.equal('\nAn error occurred (KMSInvalidSignatureException) when calling the Verify operation: \n');
      // a precomputed digest, as MessageType DIGEST
      const digest = createHash('sha256').update('release-1.2.3.tar.gz contents').digest();
      const dsig = kms('sign', '--key-id', key.KeyId, '--message', digest.toString('base64'), '--message-type', 'DIGEST', '--signing-algorithm', 'RSASSA_PKCS1_V1_5_SHA_256').json();
      scratch.write('dsig.bin', b64(dsig.Signature));
      expect(opensslSucceeds(['dgst', '-sha256', '-verify', scratch.path('rsa.der'), '-keyform', 'DER', '-signature', scratch.path('dsig.bin'), msg])).to.equal(true);
    });

    it('re-encrypt output decrypts under the new key, and not under the old one', () => {
      const a = kms('create-key').json().KeyMetadata;
      const b = kms('create-key', '--description', 'new key').json().KeyMetadata;
      const enc = kms('encrypt', '--key-id', a.KeyId, '--plaintext', 'c2VjcmV0', '--encryption-context', 'app=web,stage=prod').json();
      const re = kms('re-encrypt', '--ciphertext-blob', enc.CiphertextBlob, '--source-encryption-context', '{"stage":"prod","app":"web"}', '--destination-key-id', b.Arn, '--destination-encryption-context', 'app=web').json();
      expect(re.SourceKeyId).to.equal(a.Arn);
      expect(re.KeyId).to.equal(b.Arn);
      const dec = kms('decrypt', '--ciphertext-blob', re.CiphertextBlob, '--encryption-context', 'app=web').json();
      expect(dec.KeyId).to.equal(b.Arn);
      expect(b64(dec.Plaintext).toString()).to.equal('secret');
      const wrong = kms('decrypt', '--ciphertext-blob', re.CiphertextBlob, '--encryption-context', 'app=web', '--key-id', a.KeyId);
      expect(wrong.code).to.equal(254);
      expect(wrong.stderr).to.contain('(IncorrectKeyException)');
    });

    it('generate-data-key-pair keys parse with openssl and match; the ciphertext decrypts to the private key', () => {
      const key = kms('create-key').json().KeyMetadata;
      const pair = kms('generate-data-key-pair', '--key-id', key.KeyId, '--key-pair-spec', 'ECC_NIST_P521', '--encryption-context', 'purpose=test').json();
      const priv = scratch.write('pair.p8', b64(pair.PrivateKeyPlaintext));
      expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-noout', '-text']).toString()).to.contain('NIST CURVE: P-521');
      expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-pubout', '-outform', 'DER']).toString('base64')).to.equal(pair.PublicKey);
      const dec = kms('decrypt', '--ciphertext-blob', pair.PrivateKeyCiphertextBlob, '--encryption-context', 'purpose=test').json();
      expect(dec.Plaintext).to.equal(pair.PrivateKeyPlaintext);
    });
  });

  describe('errors and exit codes', () => {
    it('a service error: stderr framed as the AWS CLI frames it, exit 254', () => {
      const res = kms('describe-key', '--key-id', 'alias/missing');
      expect(res.code).to.equal(254);
      expect(res.stdout).to.equal('');
      expect(res.stderr).to.equal('\nAn error occurred (NotFoundException) when calling the DescribeKey operation: Alias arn:aws:kms:us-east-1:111122223333:alias/missing is not found.\n');
    });

    it('a missing required option, an unknown option, a bad enum value or operation: usage error, exit 252', () => {
      const missing = kms('encrypt', '--key-id', 'x');
      expect(missing.code).to.equal(252);
      expect(missing.stderr).to.match(/^\nusage: pskms \[options\] <command> <subcommand>/);
      expect(missing.stderr).to.match(/\npskms: error: the following arguments are required: --plaintext\n\n$/);
      const unknown = kms('describe-key', '--key-id', 'x', '--bogus', 'value');
      expect(unknown.code).to.equal(252);
      expect(unknown.stderr).to.match(/\nUnknown options: --bogus, value\n\n$/);
      // the AWS CLI sends a value its model does not list; KMS refuses it (exit 254)
      const badEnum = kms('sign', '--key-id', 'x', '--message', 'aGk=', '--signing-algorithm', 'ECDSA_SHA_1');
      expect(badEnum.code).to.equal(254);
      expect(badEnum.stderr).to.equal("\nAn error occurred (ValidationException) when calling the Sign operation: 1 validation error detected: Value 'ECDSA_SHA_1' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, ED25519_SHA_512, ED25519_PH_SHA_512, SM2DSA, ML_DSA_SHAKE_256]\n");
      const badOp = kms('describe-kez');
      expect(badOp.code).to.equal(252);
      expect(badOp.stderr).to.contain("Invalid choice: 'describe-kez', maybe you meant:\n\n  * describe-key");
      const noValue = kms('describe-key', '--key-id');
      expect(noValue.stderr).to.contain('pskms: error: argument --key-id: expected one argument');
    });

    it('bad parameter values: 252 for paramfile/JSON/shorthand/validation errors, 255 for base64 and integers', () => {
      const file = kms('encrypt', '--key-id', 'x', '--plaintext', 'fileb:///no/such/file');
      expect([file.code, file.stderr]).to.deep.equal([252, "\nError parsing parameter '--plaintext': Unable to load paramfile fileb:///no/such/file: [Errno 2] No such file or directory: '/no/such/file'\n"]);
      const shorthand = kms('encrypt', '--key-id', 'x', '--plaintext', 'aGk=', '--encryption-context', 'k');
      expect([shorthand.code, shorthand.stderr]).to.deep.equal([252, "\nError parsing parameter '--encryption-context': Expected: '=', received: 'EOF' for input:\nk\n ^\n"]);
      const type = kms('encrypt', '--key-id', 'x', '--plaintext', 'aGk=', '--encryption-context', '{"a": 1}');
      expect([type.code, type.stderr]).to.deep.equal([252, "\nParameter validation failed:\nInvalid type for parameter EncryptionContext.a, value: 1, type: <class 'int'>, valid types: <class 'str'>\n"]);
      const base64 = kms('encrypt', '--key-id', 'x', '--plaintext', 'hello world');
      expect([base64.code, base64.stderr]).to.deep.equal([255, '\nInvalid base64: "hello world"\n']);
      const int = kms('generate-random', '--number-of-bytes', 'ten');
      expect([int.code, int.stderr]).to.deep.equal([255, "\ninvalid literal for int() with base 10: 'ten'\n"]);
    });

    it('a failed call writes nothing to the store', () => {
      const fresh = tempHome();
      expect(pskms(fresh, ['kms', 'create-key', '--key-spec', 'ECC_NIST_P256']).code).to.equal(254);
      expect(pskms(fresh, ['kms', 'create-key', '--tags', 'TagKey=a']).code).to.equal(252);
      expect(pskms(fresh, ['kms', 'list-keys']).json()).to.deep.equal({ Keys: [] });
    });
  });

  describe('input forms', () => {
    it('blobs: base64 by default, fileb:// raw bytes, file:// base64 text, raw-in-base64-out text', () => {
      const key = kms('create-key').json().KeyMetadata;
      const raw = scratch.write('raw.bin', Buffer.from([0, 1, 2, 255]));
      const asText = scratch.write('b64.txt', Buffer.from('from a file').toString('base64'));
      const cases: [string[], Buffer][] = [
        [['--plaintext', Buffer.from('inline').toString('base64')], Buffer.from('inline')],
        [['--plaintext', `fileb://${raw}`], Buffer.from([0, 1, 2, 255])],
        [['--plaintext', `file://${asText}`], Buffer.from('from a file')],
        [['--plaintext', 'plain text', '--cli-binary-format', 'raw-in-base64-out'], Buffer.from('plain text')],
      ];
      for (const [args, expected] of cases) {
        const enc = kms('encrypt', '--key-id', key.KeyId, ...args).json();
        expect(b64(kms('decrypt', '--ciphertext-blob', enc.CiphertextBlob).json().Plaintext).equals(expected), args.join(' ')).to.equal(true);
      }
    });

    it('lists take several words; structures take shorthand or JSON; --no-x negates a boolean; prefixes abbreviate', () => {
      const key = kms('create-key', '--tags', 'TagKey=a,TagValue=1', 'TagKey=b,TagValue="x,y"', '--desc', 'abbrev').json().KeyMetadata;
      expect(key.Description).to.equal('abbrev');
      expect(kms('list-resource-tags', '--key-id', key.KeyId).json().Tags).to.deep.equal([{ TagKey: 'a', TagValue: '1' }, { TagKey: 'b', TagValue: 'x,y' }]);
      const enc = kms('encrypt', '--key-id', key.KeyId, '--plaintext', 'aGk=', '--grant-tokens', 't1', 't2', '--no-dry-run').json();
      expect(enc.KeyId).to.equal(key.Arn);
      const dry = kms('encrypt', '--key-id', key.KeyId, '--plaintext', 'aGk=', '--dry-run');
      expect(dry.stderr).to.contain('(DryRunOperationException) when calling the Encrypt operation: The request would have succeeded, but the DryRun option is set.');
    });
  });

  describe('output', () => {
    it('json: 4-space indent, AWS member order, ISO 8601 timestamps; empty responses print nothing', () => {
      const res = kms('create-key', '--description', 'héllo');
      expect(res.stdout).to.match(/^\{\n {4}"KeyMetadata": \{\n {8}"AWSAccountId": "111122223333",\n/);
      expect(res.stdout).to.contain('"Description": "héllo"');
      expect(res.json().KeyMetadata.CreationDate).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/);
      const disable = kms('disable-key', '--key-id', res.json().KeyMetadata.KeyId);
      expect([disable.code, disable.stdout]).to.deep.equal([0, '']);
    });

    it('text: the same lines the AWS CLI\'s own text formatter prints for the same response', function () {
      const probe = spawnSync('python3', ['-c', 'import awscli.text'], { encoding: 'utf8' });
      if (probe.status !== 0) {
        console.warn('    (skipped: the AWS CLI\'s python package is not installed)');
        this.skip();
      }
      const key = kms('create-key', '--key-spec', 'RSA_2048', '--key-usage', 'SIGN_VERIFY').json().KeyMetadata;
      kms('create-alias', '--alias-name', 'alias/text-a', '--target-key-id', key.KeyId);
      for (const args of [['describe-key', '--key-id', key.KeyId], ['list-aliases'], ['get-public-key', '--key-id', key.KeyId], ['list-keys', '--no-paginate']]) {
        const json = kms(...args).stdout;
        const text = kms(...args, '--output', 'text').stdout;
        const oracle = spawnSync('python3', ['-c', 'import json,sys,io; from awscli.text import format_text; out=io.StringIO(); format_text(json.load(sys.stdin), out); sys.stdout.write(out.getvalue())'], { input: json, encoding: 'utf8' });
        expect(oracle.status, oracle.stderr).to.equal(0);
        expect(text, args[0]).to.equal(oracle.stdout);
      }
    });
  });

  describe('scoping', () => {
    it('--region, then AWS_REGION, then AWS_DEFAULT_REGION pick the region; PSKMS_ACCOUNT_ID the account', () => {
      const scoped = tempHome();
      const west = pskms(scoped, ['kms', 'create-key', '--region', 'eu-west-1'], { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'ap-south-1' }).json().KeyMetadata;
      expect(west.Arn).to.match(/^arn:aws:kms:eu-west-1:111122223333:key\//);
      const env = pskms(scoped, ['kms', 'create-key'], { AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'ap-south-1' }).json().KeyMetadata;
      expect(env.Arn).to.match(/^arn:aws:kms:us-east-2:/);
      const fallback = pskms(scoped, ['kms', 'create-key'], { AWS_DEFAULT_REGION: 'ap-south-1', PSKMS_ACCOUNT_ID: '444455556666' }).json().KeyMetadata;
      expect(fallback.Arn).to.match(/^arn:aws:kms:ap-south-1:444455556666:key\//);
      expect(pskms(scoped, ['kms', 'list-keys']).json().Keys).to.deep.equal([]);
      expect(pskms(scoped, ['kms', 'list-keys', '--region', 'eu-west-1']).json().Keys.map((k: { KeyId: string }) => k.KeyId)).to.deep.equal([west.KeyId]);
      const other = pskms(scoped, ['kms', 'describe-key', '--key-id', west.KeyId, '--region', 'us-east-2']);
      expect(other.code).to.equal(254);
    });

    it('the store persists between calls and defaults to ~/.pskms', () => {
      const fakeHome = tempHome();
      const res = spawnSync(process.execPath, [PSKMS_BIN, 'kms', 'create-key'], { env: { PATH: process.env.PATH, HOME: fakeHome }, encoding: 'utf8' });
      expect(res.status, res.stderr).to.equal(0);
      const id = JSON.parse(res.stdout).KeyMetadata.KeyId;
      const again = spawnSync(process.execPath, [PSKMS_BIN, 'kms', 'describe-key', '--key-id', id], { env: { PATH: process.env.PATH, HOME: fakeHome }, encoding: 'utf8' });
      expect(again.status).to.equal(0);
      expect(existsSync(join(fakeHome, '.pskms', '111122223333', 'us-east-1', 'keys', `${id}.json`))).to.equal(true);
    });
  });

  describe('pagination', () => {
    it('list-keys follows the pages; --max-items adds a NextToken that --starting-token resumes from; --limit turns it off', () => {
      const paged = tempHome();
      const ids = [1, 2, 3].map(() => pskms(paged, ['kms', 'create-key']).json().KeyMetadata.KeyId).sort();
      const all = pskms(paged, ['kms', 'list-keys', '--page-size', '1']).json();
      expect(Object.keys(all)).to.deep.equal(['Keys']);
      expect(all.Keys.map((k: { KeyId: string }) => k.KeyId)).to.deep.equal(ids);
      const first = pskms(paged, ['kms', 'list-keys', '--max-items', '2']).json();
      expect(first.Keys).to.have.length(2);
      expect(JSON.parse(b64(first.NextToken).toString())).to.deep.equal({ boto_truncate_amount: 2 });
      const rest = pskms(paged, ['kms', 'list-keys', '--starting-token', first.NextToken]).json();
      expect([...first.Keys, ...rest.Keys].map((k: { KeyId: string }) => k.KeyId)).to.deep.equal(ids);
      const raw = pskms(paged, ['kms', 'list-keys', '--limit', '1']).json();
      expect(raw.Truncated).to.equal(true);
      expect(raw.NextMarker).to.equal(ids[0]);
    });
  });
});
