// pskms seed and pskms export (issue 13, item 9): a store made from a file that a test then uses,
// checked with node:crypto and openssl holding the same material; seeding again changes nothing;
// an export seeds a fresh store that opens the old store's ciphertexts.
import { expect } from 'chai';
import { createCipheriv, createHmac, generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pskms } from '../helpers/cli.js';
import { scratchDir } from '../helpers/scratch-root.js';
import { tempHome } from '../helpers/store.js';

const SYMMETRIC = '11111111-2222-3333-4444-555555555555';
const SIGNER = '22222222-2222-3333-4444-555555555555';
const MAC = '33333333-2222-3333-4444-555555555555';

/** Every file under a directory with its modification time: what a second seed must not touch. */
function snapshot(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.startsWith('.lock')) out[path] = statSync(path).mtimeMs;
    }
  };
  walk(dir);
  return out;
}

describe('pskms seed and pskms export', function () {
  this.timeout(60_000);
  const dir = scratchDir('seed-');
  const aes = randomBytes(32);
  const hmacKey = randomBytes(40);
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const seedFile = join(dir, 'keys.yaml');
  writeFileSync(seedFile, [
    'Keys:',
    `  - KeyId: ${SYMMETRIC}`,
    '    Description: app data key',
    '    Aliases: [alias/app, alias/app-current]',
    '    Tags: { team: payments }',
    `    KeyMaterial: ${aes.toString('base64')}`,
    '    KeyRotationEnabled: true',
    '    RotationPeriodInDays: 180',
    `  - KeyId: ${SIGNER}`,
    '    KeySpec: ECC_NIST_P256',
    '    KeyUsage: SIGN_VERIFY',
    '    KeyMaterial: |',
    ...ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString().trim().split('\n').map((l) => `      ${l}`),
    `  - KeyId: ${MAC}`,
    '    KeySpec: HMAC_256',
    '    Region: eu-west-1',
    '    Enabled: false',
    `    KeyMaterial: ${hmacKey.toString('base64')}`,
    '    Policy: { Version: "2012-10-17", Statement: [] }',
  ].join('\n'));

  it('makes the keys the file describes, with the given material, aliases, tags, policy and rotation', () => {
    const home = tempHome();
    expect(pskms(home, ['seed', seedFile]).stdout).to.equal('3 keys: 3 created, 0 updated, 0 unchanged\n');
    const key = pskms(home, ['kms', 'describe-key', '--key-id', 'alias/app-current']).json().KeyMetadata;
    expect(key).to.include({ KeyId: SYMMETRIC, Description: 'app data key', KeyState: 'Enabled' });
    expect(pskms(home, ['kms', 'list-resource-tags', '--key-id', SYMMETRIC]).json().Tags).to.deep.equal([{ TagKey: 'team', TagValue: 'payments' }]);
    expect(pskms(home, ['kms', 'get-key-rotation-status', '--key-id', SYMMETRIC]).json()).to.include({ KeyRotationEnabled: true, RotationPeriodInDays: 180 });

    // the seeded AES key is the one in use: a blob sealed by node:crypto with it decrypts
    const blob = Buffer.from(pskms(home, ['kms', 'encrypt', '--key-id', 'alias/app', '--plaintext', Buffer.from('seeded').toString('base64')]).json().CiphertextBlob, 'base64');
    const header = blob.subarray(0, blob.length - 12 - 16 - 6);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', aes, iv);
    // (the AAD is the header and the encoded encryption context: none, a zero count)
    cipher.setAAD(Buffer.concat([header, Buffer.alloc(4)]));
    const forged = Buffer.concat([header, iv, cipher.update('by node'), cipher.final(), cipher.getAuthTag()]);
    expect(Buffer.from(pskms(home, ['kms', 'decrypt', '--ciphertext-blob', forged.toString('base64')]).json().Plaintext, 'base64').toString()).to.equal('by node');

    const signature = pskms(home, ['kms', 'sign', '--key-id', SIGNER, '--message', Buffer.from('m').toString('base64'), '--signing-algorithm', 'ECDSA_SHA_256']).json().Signature;
    expect(verify('sha256', Buffer.from('m'), ec.publicKey, Buffer.from(signature, 'base64'))).to.equal(true);

    const inWest = (args: string[]) => pskms(home, [...args, '--region', 'eu-west-1']);
    expect(inWest(['kms', 'describe-key', '--key-id', MAC]).json().KeyMetadata.KeyState).to.equal('Disabled');
    inWest(['kms', 'enable-key', '--key-id', MAC]);
    const mac = inWest(['kms', 'generate-mac', '--key-id', MAC, '--message', Buffer.from('m').toString('base64'), '--mac-algorithm', 'HMAC_SHA_256']).json().Mac;
    expect(mac).to.equal(createHmac('sha256', hmacKey).update('m').digest('base64'));
    expect(inWest(['kms', 'get-key-policy', '--key-id', MAC]).json().Policy).to.contain('"Statement": []');
  });

  it('seeding again changes nothing: no file is written', () => {
    const home = tempHome();
    pskms(home, ['seed', seedFile]);
    const before = snapshot(home);
    expect(pskms(home, ['seed', seedFile]).stdout).to.equal('3 keys: 0 created, 0 updated, 3 unchanged\n');
    expect(snapshot(home)).to.deep.equal(before);
  });

  it('an export seeds a fresh store that decrypts what the old one encrypted, after a rotation too', () => {
    const home = tempHome();
    pskms(home, ['seed', seedFile]);
    const before = pskms(home, ['kms', 'encrypt', '--key-id', 'alias/app', '--plaintext', 'YmVmb3Jl']).json().CiphertextBlob;
    pskms(home, ['kms', 'rotate-key-on-demand', '--key-id', SYMMETRIC]);
    const after = pskms(home, ['kms', 'encrypt', '--key-id', 'alias/app', '--plaintext', 'YWZ0ZXI=']).json().CiphertextBlob;
    const exported = join(dir, 'export.json');
    expect(pskms(home, ['export', '--all', '--out', exported]).code).to.equal(0);
    expect(statSync(exported).mode & 0o777).to.equal(0o600);
    const copy = tempHome();
    expect(pskms(copy, ['seed', exported]).stdout).to.equal('3 keys: 3 created, 0 updated, 0 unchanged\n');
    for (const [blob, text] of [[before, 'before'], [after, 'after']]) {
      expect(Buffer.from(pskms(copy, ['kms', 'decrypt', '--ciphertext-blob', blob]).json().Plaintext, 'base64').toString()).to.equal(text);
    }
    expect(pskms(copy, ['kms', 'describe-key', '--key-id', 'alias/app']).json().KeyMetadata.CurrentKeyMaterialId)
      .to.equal(pskms(home, ['kms', 'describe-key', '--key-id', 'alias/app']).json().KeyMetadata.CurrentKeyMaterialId);
    expect(pskms(copy, ['seed', exported]).stdout).to.equal('3 keys: 0 created, 0 updated, 3 unchanged\n');
  });

  it('a malformed file is refused by position, never quoting it; an export leaves out what a seed cannot make, and replaces a file 0600', () => {
    const home = tempHome();
    const file = join(dir, 'broken.json');
    const secret = randomBytes(32).toString('base64');
    writeFileSync(file, `{ "Keys": [ { "KeyId": "${SYMMETRIC}", "KeyMaterial": ${secret} } ] }`);
    const res = pskms(home, ['seed', file]);
    expect(res.code).to.equal(252);
    expect(res.stderr).to.match(/^pskms seed: error: .*broken\.json: not valid JSON/);
    expect(res.stderr).to.not.contain(secret.slice(0, 8));
    writeFileSync(join(dir, 'broken.yaml'), `Keys:\n  - KeyId: ${SYMMETRIC}\n    KeyMaterial: [${secret}\n`);
    const yamlRes = pskms(home, ['seed', join(dir, 'broken.yaml')]);
    expect([yamlRes.code, yamlRes.stderr.includes(secret.slice(0, 8))]).to.deep.equal([252, false]);

    pskms(home, ['seed', seedFile]);
    const mrk = pskms(home, ['kms', 'create-key', '--multi-region']).json().KeyMetadata.KeyId;
    const out = join(dir, 'existing.yaml');
    writeFileSync(out, 'old', { mode: 0o644 });
    const exported = pskms(home, ['export', '--out', out]);
    expect(exported.stderr).to.equal(`pskms export: left out 1 key(s) that a seed cannot make (multi-Region keys, keys in custom key stores): ${mrk}\n`);
    expect(statSync(out).mode & 0o777).to.equal(0o600);
    expect(pskms(tempHome(), ['seed', out]).code).to.equal(0);
  });

  it('updates what a file changes, and refuses what it cannot change', () => {
    const home = tempHome();
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify({ Keys: [{ KeyId: SYMMETRIC, Description: 'one' }] }));
    pskms(home, ['seed', file]);
    writeFileSync(file, JSON.stringify({ Keys: [{ KeyId: SYMMETRIC, Description: 'two', Aliases: ['alias/x'] }] }));
    expect(pskms(home, ['seed', file]).stdout).to.equal('1 keys: 0 created, 1 updated, 0 unchanged\n');
    expect(pskms(home, ['kms', 'describe-key', '--key-id', 'alias/x']).json().KeyMetadata.Description).to.equal('two');
    const refuse = (document: unknown, message: string) => {
      writeFileSync(file, JSON.stringify(document));
      const res = pskms(home, ['seed', file]);
      expect([res.code, res.stderr]).to.deep.equal([252, `pskms seed: error: ${file}: ${message}\n`]);
    };
    refuse({ Keys: [{ KeyId: SYMMETRIC, KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }] }, `Keys[0]: key ${SYMMETRIC} exists as SYMMETRIC_DEFAULT ENCRYPT_DECRYPT AWS_KMS, not RSA_2048 SIGN_VERIFY AWS_KMS`);
    refuse({ Keys: [{ KeyId: SYMMETRIC, KeyMaterial: randomBytes(32).toString('base64') }] }, `Keys[0]: key ${SYMMETRIC} exists with other key material`);
    refuse({ Keys: [{ KeyId: 'not-an-id' }] }, 'Keys[0].KeyId must be a key id such as 1234abcd-12ab-34cd-56ef-1234567890ab');
    refuse({ Keys: [{ KeyId: SIGNER, KeySpec: 'ECC_NIST_P256' }] }, 'Keys[0].KeyUsage is needed for a ECC_NIST_P256 key');
    refuse({ Keys: [{ KeyId: SIGNER, Colour: 'red' }] }, `Keys[0]: unknown field Colour (fields: KeyId, Region, Account, KeySpec, KeyUsage, Origin, Description, Enabled, Aliases, Tags, Policy, KeyRotationEnabled, RotationPeriodInDays, KeyMaterial, KeyMaterials)`);
    refuse({ Keys: [{ KeyId: SIGNER, Aliases: ['alias/aws/s3'] }] }, 'Keys[0].Aliases: alias/aws/s3: the alias/aws/ prefix is reserved for AWS managed keys');
    refuse({ Keys: [{ KeyId: SIGNER, KeySpec: 'HMAC_512', KeyMaterial: randomBytes(16).toString('base64') }] }, 'Keys[0].KeyMaterial must be 64 to 128 bytes for a HMAC_512 key');
    refuse({ Keys: [{ KeyId: SIGNER }, { KeyId: SIGNER }] }, `Keys[1]: key ${SIGNER} is named by Keys[0] too`);
    refuse({ Keys: [{ KeyId: SIGNER, Aliases: ['alias/a'] }, { KeyId: MAC, Aliases: ['alias/a'] }] }, 'Keys[1]: alias/a is named by Keys[0] too');
    // a refused document writes nothing
    expect(pskms(home, ['kms', 'describe-key', '--key-id', SIGNER]).code).to.equal(254);
  });
});
