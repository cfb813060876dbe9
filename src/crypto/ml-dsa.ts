// ML-DSA (FIPS 204) through @noble/post-quantum, loaded only when an ML-DSA key is used:
// node:crypto in Node 20 has no ML-DSA. Keys are kept as their 32-byte seed ξ; the public key
// is carried as a DER SubjectPublicKeyInfo with the NIST OIDs 2.16.840.1.101.3.4.3.17/18/19.

export type MlDsaLevel = 44 | 65 | 87;

interface MlDsa {
  keygen(seed?: Uint8Array): { publicKey: Uint8Array; secretKey: Uint8Array };
  sign(msg: Uint8Array, secretKey: Uint8Array, opts?: { context?: Uint8Array; extraEntropy?: Uint8Array | false }): Uint8Array;
  verify(sig: Uint8Array, msg: Uint8Array, publicKey: Uint8Array, opts?: { context?: Uint8Array }): boolean;
  internal: {
    sign(mu: Uint8Array, secretKey: Uint8Array, opts: { externalMu: true; extraEntropy?: Uint8Array | false }): Uint8Array;
    verify(sig: Uint8Array, mu: Uint8Array, publicKey: Uint8Array, opts: { externalMu: true }): boolean;
  };
}

async function mlDsa(level: MlDsaLevel): Promise<MlDsa> {
  const m = await import('@noble/post-quantum/ml-dsa.js');
  return ({ 44: m.ml_dsa44, 65: m.ml_dsa65, 87: m.ml_dsa87 } as unknown as Record<MlDsaLevel, MlDsa>)[level];
}

/** SEQUENCE { SEQUENCE { OID id-ml-dsa-N }, BIT STRING pk }: a fixed 22-byte header, then the key. */
const SPKI_HEADER: Readonly<Record<MlDsaLevel, string>> = {
  44: '30820532300b06096086480165030403110382052100',
  65: '308207b2300b0609608648016503040312038207a100',
  87: '30820a32300b060960864801650304031303820a2100',
};

export function mlDsaSpki(level: MlDsaLevel, publicKey: Uint8Array): Uint8Array {
  return Buffer.concat([Buffer.from(SPKI_HEADER[level], 'hex'), publicKey]);
}

export function mlDsaPublicKeyOfSpki(level: MlDsaLevel, spki: Uint8Array): Uint8Array {
  return spki.subarray(SPKI_HEADER[level].length / 2);
}

export async function mlDsaKeygen(level: MlDsaLevel, seed: Uint8Array): Promise<{ publicKey: Uint8Array; secretKey: Uint8Array }> {
  return (await mlDsa(level)).keygen(seed);
}

export interface MlDsaSignOptions {
  /** FIPS 204's context string (KMS: always empty) */
  context?: Uint8Array;
  /** false: the deterministic variant; by default hedged, with fresh randomness */
  random?: false;
}

/** Pure ML-DSA over a message (FIPS 204 Algorithm 2), or over an external μ (64 bytes). */
export async function mlDsaSign(level: MlDsaLevel, seed: Uint8Array, input: Uint8Array, externalMu: boolean, options: MlDsaSignOptions = {}): Promise<Uint8Array> {
  const { secretKey } = await mlDsaKeygen(level, seed);
  return mlDsaSignWithSecretKey(level, secretKey, input, externalMu, options);
}

export async function mlDsaVerify(level: MlDsaLevel, publicKey: Uint8Array, input: Uint8Array, externalMu: boolean, signature: Uint8Array): Promise<boolean> {
  const scheme = await mlDsa(level);
  try {
    return externalMu ? scheme.internal.verify(signature, input, publicKey, { externalMu: true }) : scheme.verify(signature, input, publicKey);
  } catch {
    return false;
  }
}

/** Signs with an expanded secret key, as known-answer tests give it. */
export async function mlDsaSignWithSecretKey(level: MlDsaLevel, secretKey: Uint8Array, input: Uint8Array, externalMu: boolean, options: MlDsaSignOptions = {}): Promise<Uint8Array> {
  const scheme = await mlDsa(level);
  const entropy = options.random === false ? { extraEntropy: false as const } : {};
  return externalMu
    ? scheme.internal.sign(input, secretKey, { externalMu: true, ...entropy })
    : scheme.sign(input, secretKey, { ...(options.context ? { context: options.context } : {}), ...entropy });
}
