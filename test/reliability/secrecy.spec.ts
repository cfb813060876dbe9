// Secrets stay secret: key material, plaintexts, data keys and shared secrets never appear in
// an error message, a log line or debug output, in any encoding — even when a stored key is
// corrupt and the engine fails inside the crypto. Store files are 0600, directories 0700.
import { expect } from 'chai';
import { diffieHellman, generateKeyPairSync, randomBytes, createPublicKey } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pskms } from '../helpers/cli.js';
import { startServe, type RunningServer } from '../helpers/serve.js';
import { ModuleHost, str } from '../helpers/module-host.js';
import { tempHome } from '../helpers/store.js';

/** The forms a secret could leak in: raw text, base64, base64url, hex, and a base64 chunk from its middle. */
function forms(secret: Buffer): string[] {
  const b64 = secret.toString('base64');
  const list = [b64, secret.toString('base64url'), secret.toString('hex'), secret.toString('hex').toUpperCase()];
  if (b64.length > 40) list.push(b64.slice(8, 32));
  if (/^[\x20-\x7e]+$/.test(secret.toString('latin1'))) list.push(secret.toString('latin1'));
  return list;
}

function expectNoSecret(where: string, text: string, secrets: Map<string, Buffer>): void {
  for (const [name, secret] of secrets) {
    for (const form of forms(secret)) expect(text.includes(form), `${name} appears in ${where}`).to.equal(false);
  }
}

function keyFiles(home: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.includes('/keys/')) found.push(path);
    }
  };
  walk(home);
  return found;
}

describe('reliability: secrecy', function () {
  this.timeout(120_000);
  const home = tempHome();
  const secrets = new Map<string, Buffer>();
  const seen: [string, string][] = [];
  let serveLog = '';
  let server: RunningServer;
  let url: string;

  const kms = (args: string[]) => {
    const res = pskms(home, ['kms', ...args, '--debug']);
    seen.push([`stderr of kms ${args[0]}`, res.stderr]);
    return res;
  };

  before(async () => {
    server = await startServe(home);
    server.child.stderr!.on('data', (d) => (serveLog += d));
    url = server.url;
  });
  after(() => server.stop());

  it('keeps every secret out of errors, logs and debug output, across the CLI, the module protocol and the server', async () => {
    const plaintext = randomBytes(48);
    secrets.set('a plaintext', plaintext);
    secrets.set('a text plaintext', Buffer.from(`TOPSECRET-${randomBytes(8).toString('hex')}`));
    const sym = kms(['create-key']).json().KeyMetadata.KeyId;
    const agree = kms(['create-key', '--key-spec', 'ECC_NIST_P256', '--key-usage', 'KEY_AGREEMENT']).json().KeyMetadata.KeyId;
    const signer = kms(['create-key', '--key-spec', 'RSA_2048', '--key-usage', 'SIGN_VERIFY']).json().KeyMetadata.KeyId;
    for (const file of keyFiles(home)) {
      const material = JSON.parse(readFileSync(file, 'utf8')).Material;
      for (const [field, value] of Object.entries(material)) {
        if (field === 'privateKey' || field === 'key') secrets.set(`stored ${field} of ${file}`, Buffer.from(value as string, 'base64'));
        if (field === 'versions') for (const v of Object.values(value as Record<string, string>)) secrets.set(`stored symmetric key of ${file}`, Buffer.from(v, 'base64'));
      }
    }
    expect([...secrets.keys()].filter((k) => k.startsWith('stored')).length, 'the stored key material was found').to.be.at.least(3);

    // successes and failures of the CLI, with --debug
    const blob = kms(['encrypt', '--key-id', sym, '--plaintext', plaintext.toString('base64'), '--encryption-context', 'purpose=test', '--query', 'CiphertextBlob', '--output', 'text']).stdout.trim();
    kms(['encrypt', '--key-id', sym, '--plaintext', secrets.get('a text plaintext')!.toString('base64')]);
    expect(kms(['decrypt', '--ciphertext-blob', blob]).code).to.equal(254); // wrong context
    expect(kms(['decrypt', '--ciphertext-blob', blob, '--encryption-context', 'purpose=test']).code).to.equal(0);
    expect(kms(['encrypt', '--key-id', signer, '--plaintext', plaintext.toString('base64')]).code).to.equal(254);
    expect(kms(['encrypt', '--key-id', sym, '--plaintext', Buffer.alloc(5000, 1).toString('base64')]).code).to.equal(254);
    const pair = kms(['generate-data-key-pair', '--key-id', sym, '--key-pair-spec', 'ECC_NIST_P256']).json();
    secrets.set('a data key pair private key', Buffer.from(pair.PrivateKeyPlaintext, 'base64'));
    const dataKey = kms(['generate-data-key', '--key-id', sym, '--number-of-bytes', '32']).json();
    secrets.set('a data key', Buffer.from(dataKey.Plaintext, 'base64'));
    const peer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const spki = peer.publicKey.export({ format: 'der', type: 'spki' });
    const shared = kms(['derive-shared-secret', '--key-id', agree, '--key-agreement-algorithm', 'ECDH', '--public-key', spki.toString('base64')]).json();
    secrets.set('a shared secret', Buffer.from(shared.SharedSecret, 'base64'));
    const kmsPublic = createPublicKey({ key: Buffer.from(kms(['get-public-key', '--key-id', agree]).json().PublicKey, 'base64'), format: 'der', type: 'spki' });
    expect(diffieHellman({ privateKey: peer.privateKey, publicKey: kmsPublic })).to.deep.equal(secrets.get('a shared secret'));
    const badPeer = Buffer.from(spki);
    badPeer[badPeer.length - 1] ^= 1; // off the curve
    expect(kms(['derive-shared-secret', '--key-id', agree, '--key-agreement-algorithm', 'ECDH', '--public-key', badPeer.toString('base64')]).code).to.equal(254);

    // the module protocol: errors carry records, never values
    const host = new ModuleHost(home);
    for (const [cmdlet, bound] of [
      ['Invoke-KMSDecrypt', { CiphertextBlob: str(blob) }],
      ['Invoke-KMSEncrypt', { KeyId: str(signer), Plaintext: str(secrets.get('a text plaintext')!.toString()) }],
      ['Get-KMSSharedSecret', { KeyId: str(agree), KeyAgreementAlgorithm: str('ECDH'), PublicKey: { t: 'bytes' as const, v: badPeer.toString('base64') } }],
    ] as const) {
      const reply = await host.invoke(cmdlet, bound as never);
      expect(reply.error, cmdlet).to.not.equal(null);
      seen.push([`the ${cmdlet} error record`, JSON.stringify(reply.error) + reply.warnings.join('\n')]);
    }
    host.close();

    // the server: requests full of secrets, some failing; its log must hold none of them
    const post = async (op: string, body: object) => (await fetch(`${url}/`, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `TrentService.${op}` }, body: JSON.stringify(body) })).text();
    seen.push(['a server error', await post('Decrypt', { CiphertextBlob: blob })]);
    await post('Encrypt', { KeyId: sym, Plaintext: plaintext.toString('base64') });
    seen.push(['a server error', await post('Encrypt', { KeyId: signer, Plaintext: plaintext.toString('base64') })]);
    await post('DeriveSharedSecret', { KeyId: agree, KeyAgreementAlgorithm: 'ECDH', PublicKey: spki.toString('base64') });

    // a corrupt stored key: the engine fails inside the crypto, and says nothing of the material
    const signerFile = keyFiles(home).find((f) => f.includes(signer))!;
    const document = JSON.parse(readFileSync(signerFile, 'utf8'));
    const corrupt = Buffer.from(document.Material.privateKey, 'base64');
    corrupt[3] ^= 0x01; // the outer length: the document no longer parses
    secrets.set('a corrupt private key', corrupt);
    writeFileSync(signerFile, JSON.stringify({ ...document, Material: { ...document.Material, privateKey: corrupt.toString('base64') } }), { mode: 0o600 });
    const failed = kms(['sign', '--key-id', signer, '--message', 'aGk=', '--signing-algorithm', 'RSASSA_PSS_SHA_256']);
    expect(failed.stderr).to.contain('KMSInternalException');
    seen.push(['a server error on a corrupt key', await post('Sign', { KeyId: signer, Message: 'aGk=', SigningAlgorithm: 'RSASSA_PSS_SHA_256' })]);

    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(serveLog.split('\n').filter(Boolean).length, 'the server logged its requests').to.be.at.least(5);
    seen.push(['the server log', serveLog]);
    for (const [where, text] of seen) expectNoSecret(where, text, secrets);
  });

  it('creates store files 0600 and directories 0700, through the CLI and the server alike', () => {
    const walk = (dir: string): number => {
      let files = 0;
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const mode = statSync(path).mode & 0o777;
        if (statSync(path).isDirectory()) {
          expect(mode, path).to.equal(0o700);
          files += walk(path);
        } else {
          expect(mode, path).to.equal(0o600);
          files++;
        }
      }
      return files;
    };
    expect(walk(join(home, '111122223333'))).to.be.at.least(3);
  });
});
