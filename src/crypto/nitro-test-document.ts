// Attestation documents signed by a test root, shaped as the Nitro Secure Module shapes them,
// so that enclave code can be exercised without an enclave.
import { createPrivateKey, sign } from 'node:crypto';
import type { IssuedCertificate } from './test-pki.js';
import { issueCertificate } from './test-pki.js';

export interface TestDocumentOptions {
  publicKey: Uint8Array;
  userData?: Uint8Array;
  nonce?: Uint8Array;
  /** PCR index → 48-byte value; the rest are zero */
  pcrs?: Map<number, Uint8Array>;
}

const TEST_ROOT_NAME = 'pskms Nitro Enclaves test root';

/** A root for test documents, valid for 20 years (certificate times stay UTCTime). */
export function makeTestRoot(): Promise<IssuedCertificate> {
  return issueCertificate({ commonName: TEST_ROOT_NAME, ca: true, validForMs: 20 * 365 * 86_400_000 });
}

/** A document for `publicKey`, signed by a fresh 3-hour leaf certificate under `root`. */
export async function makeAttestationDocument(root: IssuedCertificate, options: TestDocumentOptions): Promise<Uint8Array> {
  const { encode } = await import('cborg');
  const leaf = await issueCertificate({ commonName: 'i-00000000000000000-enc0000000000000000.pskms.test', ca: false, validForMs: 3 * 3600_000, issuer: { commonName: TEST_ROOT_NAME, privateKey: root.privateKey } });
  const pcrs = new Map<number, Uint8Array>();
  for (let i = 0; i < 16; i++) pcrs.set(i, options.pcrs?.get(i) ?? new Uint8Array(48));
  const payload = encode(new Map<string, unknown>([
    ['module_id', 'i-00000000000000000-enc0000000000000000'],
    ['digest', 'SHA384'],
    ['timestamp', Date.now()],
    ['pcrs', pcrs],
    ['certificate', leaf.der],
    ['cabundle', [root.der]],
    ['public_key', options.publicKey],
    ['user_data', options.userData ?? null],
    ['nonce', options.nonce ?? null],
  ]));
  const protectedHeader = encode(new Map([[1, -35]]));
  const toSign = encode(['Signature1', protectedHeader, new Uint8Array(0), payload]);
  const signature = sign('sha384', toSign, { key: createPrivateKey({ key: Buffer.from(leaf.privateKey), format: 'der', type: 'pkcs8' }), dsaEncoding: 'ieee-p1363' });
  return encode([protectedHeader, new Map(), payload, new Uint8Array(signature)]);
}
