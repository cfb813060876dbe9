// One table of KMS key specs: which key usages AWS allows for each, the algorithms each
// (spec, usage) pair offers, and how pskms makes the key material.
import type { CurveName } from '../crypto/curves.js';
import type { KeyPairKind } from '../crypto/key-pairs.js';
import type { MlDsaLevel } from '../crypto/ml-dsa.js';
import type { ShaName, SignatureScheme } from '../crypto/signatures.js';
import type { HashName } from '../crypto/hashes.js';
import type { EncryptionAlgorithm, KeySpec, KeyUsage, MacAlgorithm, MessageType, SigningAlgorithm } from './model.js';

export interface UsageAlgorithms {
  EncryptionAlgorithms?: readonly EncryptionAlgorithm[];
  SigningAlgorithms?: readonly SigningAlgorithm[];
  KeyAgreementAlgorithms?: readonly 'ECDH'[];
  MacAlgorithms?: readonly MacAlgorithm[];
}

interface KeySpecInfo {
  /** how pskms makes the material; undefined where pskms does not implement the spec yet */
  material?:
    | { kind: 'symmetric' }
    | { kind: 'hmac'; bytes: number; hash: 'sha224' | 'sha256' | 'sha384' | 'sha512' }
    | { kind: 'ml-dsa'; level: MlDsaLevel }
    | KeyPairKind;
  usages: Partial<Record<KeyUsage, UsageAlgorithms>>;
}

const RSA_SIGNING: readonly SigningAlgorithm[] = [
  'RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512',
];
const RSA_ENCRYPTION: readonly EncryptionAlgorithm[] = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'];

const rsa = (bits: number): KeySpecInfo => ({
  material: { kind: 'rsa', bits },
  usages: { ENCRYPT_DECRYPT: { EncryptionAlgorithms: RSA_ENCRYPTION }, SIGN_VERIFY: { SigningAlgorithms: RSA_SIGNING } },
});
const nistCurve = (curve: CurveName, ecdsa: SigningAlgorithm): KeySpecInfo => ({
  material: { kind: 'ec', curve },
  usages: { SIGN_VERIFY: { SigningAlgorithms: [ecdsa] }, KEY_AGREEMENT: { KeyAgreementAlgorithms: ['ECDH'] } },
});

/** An HMAC key of the spec's size, for the one HMAC_SHA_* algorithm of the same size. */
const hmac = (bits: 224 | 256 | 384 | 512): KeySpecInfo => ({
  material: { kind: 'hmac', bytes: bits / 8, hash: `sha${bits}` },
  usages: { GENERATE_VERIFY_MAC: { MacAlgorithms: [`HMAC_SHA_${bits}`] } },
});

const mlDsa = (level: MlDsaLevel): KeySpecInfo => ({ material: { kind: 'ml-dsa', level }, usages: { SIGN_VERIFY: { SigningAlgorithms: ['ML_DSA_SHAKE_256'] } } });

export const KEY_SPEC_TABLE: Readonly<Record<KeySpec, KeySpecInfo>> = {
  SYMMETRIC_DEFAULT: { material: { kind: 'symmetric' }, usages: { ENCRYPT_DECRYPT: { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] } } },
  RSA_2048: rsa(2048),
  RSA_3072: rsa(3072),
  RSA_4096: rsa(4096),
  ECC_NIST_P256: nistCurve('P-256', 'ECDSA_SHA_256'),
  ECC_NIST_P384: nistCurve('P-384', 'ECDSA_SHA_384'),
  ECC_NIST_P521: nistCurve('P-521', 'ECDSA_SHA_512'),
  ECC_SECG_P256K1: { material: { kind: 'ec', curve: 'secp256k1' }, usages: { SIGN_VERIFY: { SigningAlgorithms: ['ECDSA_SHA_256'] } } },
  HMAC_224: hmac(224),
  HMAC_256: hmac(256),
  HMAC_384: hmac(384),
  HMAC_512: hmac(512),
  SM2: {
    material: { kind: 'ec', curve: 'SM2' },
    usages: { ENCRYPT_DECRYPT: { EncryptionAlgorithms: ['SM2PKE'] }, SIGN_VERIFY: { SigningAlgorithms: ['SM2DSA'] }, KEY_AGREEMENT: { KeyAgreementAlgorithms: ['ECDH'] } },
  },
  ML_DSA_44: mlDsa(44),
  ML_DSA_65: mlDsa(65),
  ML_DSA_87: mlDsa(87),
  ECC_NIST_EDWARDS25519: { material: { kind: 'ed25519' }, usages: { SIGN_VERIFY: { SigningAlgorithms: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'] } } },
};

export function specInfo(spec: KeySpec): KeySpecInfo {
  return KEY_SPEC_TABLE[spec];
}

/** The algorithm lists DescribeKey and GetPublicKey report for a key. */
export function algorithmsFor(spec: KeySpec, usage: KeyUsage): UsageAlgorithms {
  return KEY_SPEC_TABLE[spec].usages[usage] ?? {};
}

interface SigningAlgorithmInfo {
  kind: 'rsa-pss' | 'rsa-pkcs1' | 'ecdsa' | 'ed25519' | 'ed25519ph' | 'sm2dsa' | 'ml-dsa';
  /** the digest a DIGEST message must be (and RAW is hashed with) */
  hash?: ShaName | 'sm3';
  messageTypes: readonly MessageType[];
  /** what AWS's "Message type X is incompatible with …" names: the algorithm or the key spec */
  incompatibility: 'algorithm' | 'key spec';
}

const RAW_OR_DIGEST: readonly MessageType[] = ['RAW', 'DIGEST'];
const rsaPss = (hash: ShaName): SigningAlgorithmInfo => ({ kind: 'rsa-pss', hash, messageTypes: RAW_OR_DIGEST, incompatibility: 'key spec' });
const rsaPkcs1 = (hash: ShaName): SigningAlgorithmInfo => ({ kind: 'rsa-pkcs1', hash, messageTypes: RAW_OR_DIGEST, incompatibility: 'key spec' });
const ecdsa = (hash: ShaName): SigningAlgorithmInfo => ({ kind: 'ecdsa', hash, messageTypes: RAW_OR_DIGEST, incompatibility: 'key spec' });

const SIGNING: Readonly<Partial<Record<SigningAlgorithm, SigningAlgorithmInfo>>> = {
  RSASSA_PSS_SHA_256: rsaPss('sha256'),
  RSASSA_PSS_SHA_384: rsaPss('sha384'),
  RSASSA_PSS_SHA_512: rsaPss('sha512'),
  RSASSA_PKCS1_V1_5_SHA_256: rsaPkcs1('sha256'),
  RSASSA_PKCS1_V1_5_SHA_384: rsaPkcs1('sha384'),
  RSASSA_PKCS1_V1_5_SHA_512: rsaPkcs1('sha512'),
  ECDSA_SHA_256: ecdsa('sha256'),
  ECDSA_SHA_384: ecdsa('sha384'),
  ECDSA_SHA_512: ecdsa('sha512'),
  ED25519_SHA_512: { kind: 'ed25519', messageTypes: ['RAW'], incompatibility: 'algorithm' },
  ED25519_PH_SHA_512: { kind: 'ed25519ph', hash: 'sha512', messageTypes: ['DIGEST'], incompatibility: 'algorithm' },
  SM2DSA: { kind: 'sm2dsa', hash: 'sm3', messageTypes: RAW_OR_DIGEST, incompatibility: 'key spec' },
  ML_DSA_SHAKE_256: { kind: 'ml-dsa', messageTypes: ['RAW', 'EXTERNAL_MU'], incompatibility: 'key spec' },
};

/** The HMAC key lengths (bytes) KMS accepts for each HMAC key spec's imported material. */
export const HMAC_KEY_BYTES: Readonly<Record<string, readonly [number, number]>> = {
  HMAC_224: [28, 64], HMAC_256: [32, 64], HMAC_384: [48, 128], HMAC_512: [64, 128],
};

/** AWS offers SM2 keys only in its China Regions. */
export const SM2_REGIONS: readonly string[] = ['cn-north-1', 'cn-northwest-1'];

export function signingAlgorithmInfo(algorithm: SigningAlgorithm): SigningAlgorithmInfo {
  const info = SIGNING[algorithm];
  if (!info) throw new Error(`no signing algorithm ${algorithm}`);
  return info;
}

/** The signature scheme of a signing algorithm on a key spec (the algorithm must suit the spec). */
export function signatureScheme(spec: KeySpec, algorithm: SigningAlgorithm): SignatureScheme {
  const info = signingAlgorithmInfo(algorithm);
  const material = KEY_SPEC_TABLE[spec].material;
  switch (info.kind) {
    case 'ecdsa':
      if (material?.kind !== 'ec') throw new Error(`${spec} is not an EC key spec`);
      return { kind: 'ecdsa', hash: info.hash as ShaName, curve: material.curve };
    case 'ed25519':
      return { kind: 'ed25519' };
    case 'ed25519ph':
      return { kind: 'ed25519ph', hash: 'sha512' };
    case 'sm2dsa':
      return { kind: 'sm2dsa', hash: 'sm3' };
    case 'ml-dsa':
      throw new Error('ML-DSA keys are not node:crypto keys');
    default:
      return { kind: info.kind, hash: info.hash as ShaName };
  }
}

export const OAEP_HASH: Readonly<Partial<Record<EncryptionAlgorithm, HashName>>> = {
  RSAES_OAEP_SHA_1: 'sha1',
  RSAES_OAEP_SHA_256: 'sha256',
};
