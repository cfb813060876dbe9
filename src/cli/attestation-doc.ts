// pskms attestation-doc: a Nitro Enclaves attestation document for a given RSA public key,
// signed by a local test root (made once, kept in the store directory), so that enclave code
// and Recipient flows can be exercised without an enclave.
//   pskms attestation-doc --public-key fileb://enclave.der [--user-data <b64>] [--nonce <b64>] [--out doc.cbor]
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeHome } from '../engine/context.js';
import { makeAttestationDocument, makeTestRoot } from '../crypto/nitro-test-document.js';
import type { IssuedCertificate } from '../crypto/test-pki.js';
import { optionValue } from './aws-cli/values.js';

async function testRoot(dir: string): Promise<{ root: IssuedCertificate; pemPath: string }> {
  const pemPath = join(dir, 'root.pem');
  const keyPath = join(dir, 'root-key.der');
  if (existsSync(pemPath) && existsSync(keyPath)) {
    return { root: { der: new Uint8Array(new X509Certificate(readFileSync(pemPath)).raw), privateKey: new Uint8Array(readFileSync(keyPath)) }, pemPath };
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const root = await makeTestRoot();
  writeFileSync(keyPath, root.privateKey, { mode: 0o600 });
  writeFileSync(pemPath, new X509Certificate(Buffer.from(root.der)).toString(), { mode: 0o644 });
  return { root, pemPath };
}

export async function runAttestationDoc(argv: string[]): Promise<number> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) options.set(argv[i], argv[i + 1] ?? '');
  const unknown = [...options.keys()].filter((k) => !['--public-key', '--user-data', '--nonce', '--out'].includes(k));
  if (!options.has('--public-key') || unknown.length > 0) {
    process.stderr.write('usage: pskms attestation-doc --public-key fileb://enclave-spki.der [--user-data <base64>] [--nonce <base64>] [--out doc.cbor]\n');
    return 252;
  }
  const blob = (name: string) => (options.has(name) ? (optionValue(name, { type: 'blob' }, [options.get(name)!], 'base64') as Uint8Array) : undefined);
  const { root, pemPath } = await testRoot(join(storeHome(), 'nitro-test-root'));
  const document = await makeAttestationDocument(root, { publicKey: blob('--public-key')!, userData: blob('--user-data'), nonce: blob('--nonce') });
  const out = options.get('--out');
  if (out) writeFileSync(out, document);
  else process.stdout.write(`${Buffer.from(document).toString('base64')}\n`);
  process.stderr.write(`Signed by the test root ${pemPath}; set PSKMS_NITRO_ROOT=${pemPath} for pskms to trust it.\n`);
  return 0;
}
