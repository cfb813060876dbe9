// AWS Nitro Enclaves attestation documents: a COSE_Sign1 (CBOR; tagged 18 or not) whose ES384
// signature is made by the leaf certificate, which chains through the document's cabundle to a
// trusted root. Parsed with cborg; certificates checked with node:crypto's X509Certificate.
import { createHash, verify, X509Certificate } from 'node:crypto';

/** Why a document was refused; the message names the failed check, never any secret. */
export class AttestationError extends Error {}

export interface AttestationDocument {
  moduleId: string;
  timestamp: number;
  /** DER SubjectPublicKeyInfo of the enclave's key, if the document carries one */
  publicKey?: Uint8Array;
  userData?: Uint8Array;
  nonce?: Uint8Array;
  pcrs: Map<number, Uint8Array>;
}

const ES384 = -35;

function bytesOf(value: unknown, field: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new AttestationError(`${field} is not a byte string`);
  return value;
}

function certificate(der: Uint8Array, what: string): X509Certificate {
  try {
    return new X509Certificate(Buffer.from(der));
  } catch {
    throw new AttestationError(`${what} is not a DER certificate`);
  }
}

export async function verifyAttestationDocument(document: Uint8Array, trustedRoot: X509Certificate, now: Date): Promise<AttestationDocument> {
  const { decode, encode } = await import('cborg');
  let cose: unknown;
  try {
    // tag 18 (COSE_Sign1) is optional; NSM emits the bare array
    cose = decode(document, { tags: Object.assign([], { 18: (inner: () => unknown) => (typeof inner === 'function' ? inner() : inner) }), useMaps: true, rejectDuplicateMapKeys: true });
  } catch {
    throw new AttestationError('it is not CBOR');
  }
  if (!Array.isArray(cose) || cose.length !== 4) throw new AttestationError('it is not a COSE_Sign1 structure');
  const [protectedHeader, , payloadBytes, signature] = cose;
  const decodeField = (bytes: unknown, what: string): unknown => {
    try {
      return decode(bytesOf(bytes, what), { useMaps: true });
    } catch (e) {
      throw e instanceof AttestationError ? e : new AttestationError(`${what} is not CBOR`);
    }
  };
  const header = decodeField(protectedHeader, 'the protected header') as Map<number, unknown>;
  if (!(header instanceof Map) || header.get(1) !== ES384) throw new AttestationError('its signature algorithm is not ES384');
  const payload = decodeField(payloadBytes, 'the payload') as Map<string, unknown>;
  if (!(payload instanceof Map)) throw new AttestationError('its payload is not a map');

  const field = (name: string): unknown => payload.get(name) ?? undefined;
  if (typeof field('module_id') !== 'string' || field('digest') !== 'SHA384' || typeof field('timestamp') !== 'number') {
    throw new AttestationError('its module_id, digest or timestamp is missing or malformed');
  }
  const leaf = certificate(bytesOf(field('certificate'), 'certificate'), 'the certificate');
  const bundle = field('cabundle');
  if (!Array.isArray(bundle) || bundle.length === 0) throw new AttestationError('its cabundle is empty');
  // cabundle is root first: the chain runs leaf → last intermediate → … → root
  const chain = [leaf, ...bundle.map((c, i) => certificate(bytesOf(c, 'a cabundle entry'), `cabundle entry ${i}`)).reverse()];
  const root = chain[chain.length - 1];
  if (root.fingerprint256 !== trustedRoot.fingerprint256) throw new AttestationError('its certificate chain does not end at the trusted root');
  for (let i = 0; i < chain.length - 1; i++) {
    if (!chain[i + 1].ca || !chain[i].checkIssued(chain[i + 1]) || !chain[i].verify(chain[i + 1].publicKey)) throw new AttestationError('its certificate chain does not verify');
  }
  if (leaf.publicKey.asymmetricKeyType !== 'ec' || leaf.publicKey.asymmetricKeyDetails?.namedCurve !== 'secp384r1') {
    throw new AttestationError('its certificate is not a P-384 key');
  }
  for (const cert of chain) {
    if (now < new Date(cert.validFrom) || now > new Date(cert.validTo)) throw new AttestationError('a certificate in its chain is not valid now');
  }
  const sigStructure = encode(['Signature1', protectedHeader, new Uint8Array(0), payloadBytes]);
  const sig = bytesOf(signature, 'the signature');
  if (sig.length !== 96 || !verify('sha384', sigStructure, { key: leaf.publicKey, dsaEncoding: 'ieee-p1363' }, sig)) {
    throw new AttestationError('its signature does not verify');
  }
  const optional = (name: string): Uint8Array | undefined => (field(name) === undefined ? undefined : bytesOf(field(name), name));
  const pcrs = field('pcrs');
  return {
    moduleId: field('module_id') as string,
    timestamp: field('timestamp') as number,
    publicKey: optional('public_key'),
    userData: optional('user_data'),
    nonce: optional('nonce'),
    pcrs: pcrs instanceof Map ? (pcrs as Map<number, Uint8Array>) : new Map(),
  };
}

export function fingerprint(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('hex');
}
