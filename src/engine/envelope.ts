// Encrypting under a KMS key and decrypting what it made: the one implementation behind
// Encrypt, Decrypt, ReEncrypt, GenerateDataKey and GenerateDataKeyPair.
import { oaepDecrypt, oaepEncrypt, oaepMaxPlaintextLength } from '../crypto/rsa-oaep.js';
import { sm2Decrypt, sm2Encrypt } from '../crypto/sm2.js';
import { openCiphertextBlob, parseCiphertextBlob, sealCiphertextBlob } from './ciphertext-blob.js';
import type { RequestContext } from './context.js';
import type { EncryptionContext } from './encryption-context.js';
import { KmsError } from './errors.js';
import { findKey, invalidKeyUsage, loadKey, requireUsage } from './key-lookup.js';
import { checkKeyState } from './key-states.js';
import { privateKeyOf, publicKeyOf, symmetricKey, type KeyRecord } from './key-record.js';
import { algorithmsFor, OAEP_HASH } from './key-specs.js';
import type { EncryptionAlgorithm } from './model.js';

export interface Sealed {
  key: KeyRecord;
  CiphertextBlob: Uint8Array;
  EncryptionAlgorithm: EncryptionAlgorithm;
  KeyMaterialId?: string;
}

export interface Opened {
  key: KeyRecord;
  Plaintext: Uint8Array;
  EncryptionAlgorithm: EncryptionAlgorithm;
  KeyMaterialId?: string;
}

function checkAlgorithm(key: KeyRecord, algorithm: EncryptionAlgorithm): void {
  if (!algorithmsFor(key.KeySpec, key.KeyUsage).EncryptionAlgorithms?.includes(algorithm)) {
    throw new KmsError('InvalidKeyUsageException', `Algorithm ${algorithm} is incompatible with key spec ${key.KeySpec}.`);
  }
}

function checkNoContextForAsymmetric(key: KeyRecord, context: EncryptionContext | undefined): void {
  if (key.Material.kind === 'asymmetric' && context !== undefined && Object.keys(context).length > 0) {
    throw new KmsError('ValidationException', 'EncryptionContext is not supported when encrypting/decrypting with asymmetric CMKs.');
  }
}

export interface SealRequest {
  keyIdentifier: string;
  plaintext: Uint8Array;
  context?: EncryptionContext;
  algorithm?: EncryptionAlgorithm;
  operation: 'Encrypt' | 'ReEncrypt' | 'GenerateDataKey' | 'GenerateDataKeyWithoutPlaintext' | 'GenerateDataKeyPair' | 'GenerateDataKeyPairWithoutPlaintext';
}

/** The checks AWS makes on a key a request encrypts with, in its order; returns the algorithm. */
export function checkSealingKey(key: KeyRecord, req: Omit<SealRequest, 'plaintext' | 'keyIdentifier'>): EncryptionAlgorithm {
  requireUsage(key, 'ENCRYPT_DECRYPT', req.operation);
  checkKeyState(key, req.operation);
  const algorithm = req.algorithm ?? 'SYMMETRIC_DEFAULT';
  checkAlgorithm(key, algorithm);
  checkNoContextForAsymmetric(key, req.context);
  return algorithm;
}

export function findSealingKey(ctx: RequestContext, req: Omit<SealRequest, 'plaintext'>): { key: KeyRecord; algorithm: EncryptionAlgorithm } {
  const key = findKey(ctx, req.keyIdentifier);
  return { key, algorithm: checkSealingKey(key, req) };
}

/** SM2PKE carries up to 1024 bytes, as AWS documents. */
const SM2PKE_MAX_PLAINTEXT = 1024;

export function checkPlaintextFits(key: KeyRecord, algorithm: EncryptionAlgorithm, plaintext: Uint8Array): void {
  const hash = OAEP_HASH[algorithm];
  if (!hash && algorithm !== 'SM2PKE') return;
  const max = hash ? oaepMaxPlaintextLength(Number(key.KeySpec.slice(4)), hash) : SM2PKE_MAX_PLAINTEXT;
  if (plaintext.length > max) {
    throw new KmsError('ValidationException', `Algorithm ${algorithm} and key spec ${key.KeySpec} cannot encrypt data larger than ${max} bytes.`);
  }
}

export async function sealWith(key: KeyRecord, algorithm: EncryptionAlgorithm, plaintext: Uint8Array, context: EncryptionContext | undefined): Promise<Sealed> {
  if (key.Material.kind === 'symmetric') {
    const materialId = key.Material.current;
    const material = symmetricKey(key.Material, materialId)!;
    const blob = sealCiphertextBlob(key.Arn, Buffer.from(materialId, 'hex'), material, plaintext, context);
    return { key, CiphertextBlob: blob, EncryptionAlgorithm: algorithm, KeyMaterialId: materialId };
  }
  checkPlaintextFits(key, algorithm, plaintext);
  const ciphertext = algorithm === 'SM2PKE' ? await sm2Encrypt(publicKeyOf(key), plaintext) : oaepEncrypt(publicKeyOf(key), OAEP_HASH[algorithm]!, plaintext);
  return { key, CiphertextBlob: ciphertext, EncryptionAlgorithm: algorithm };
}

export interface OpenRequest {
  ciphertext: Uint8Array;
  keyIdentifier?: string;
  context?: EncryptionContext;
  algorithm?: EncryptionAlgorithm;
  operation: 'Decrypt' | 'ReEncrypt';
  /** DryRun with IGNORE_CIPHERTEXT: check the key only */
  ignoreCiphertext?: boolean;
}

function invalidCiphertext(): KmsError {
  return new KmsError('InvalidCiphertextException', '');
}

function incorrectKey(): KmsError {
  return new KmsError('IncorrectKeyException', 'The key ID in the request does not identify a CMK that can perform this operation.');
}

/**
 * Finds the key that can open a ciphertext and checks it. A symmetric ciphertext names its key;
 * an RSA ciphertext needs the key id. Returns undefined when only the checks were asked for.
 */
export async function openWith(ctx: RequestContext, req: OpenRequest): Promise<Opened | undefined> {
  const requested = req.keyIdentifier === undefined ? undefined : findKey(ctx, req.keyIdentifier);
  // An RSA or SM2 ciphertext is opened only when its algorithm is named; otherwise AWS reads the
  // blob as a symmetric one first (InvalidCiphertextException, IncorrectKeyException).
  const asymmetric = req.algorithm !== undefined && req.algorithm !== 'SYMMETRIC_DEFAULT';
  if (requested && asymmetric) return openAsymmetric(requested, req);
  if (req.ignoreCiphertext) {
    if (requested) checkOpeningKey(requested, req);
    return undefined;
  }
  const blob = parseCiphertextBlob(req.ciphertext);
  if (!blob) throw invalidCiphertext();
  const arn = /^arn:[^:]+:kms:([^:]*):(\d{12}):key\/([A-Za-z0-9-]+)$/.exec(blob.keyArn);
  // a multi-Region key's ciphertext opens with any related key: the one in this Region
  const related = arn !== null && arn[2] === ctx.accountId && (arn[1] === ctx.region || arn[3].startsWith('mrk-'));
  if (requested && (requested.KeyId !== arn?.[3] || !related)) throw incorrectKey();
  const key = related ? loadKey(ctx, arn[3]) : undefined;
  if (!key || key.Material.kind !== 'symmetric') throw invalidCiphertext();
  checkOpeningKey(key, req);
  const materialId = Buffer.from(blob.materialId).toString('hex');
  const material = symmetricKey(key.Material, materialId);
  const plaintext = material && openCiphertextBlob(blob, material, req.context);
  if (!plaintext) throw invalidCiphertext();
  return { key, Plaintext: plaintext, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT', KeyMaterialId: materialId };
}

function checkOpeningKey(key: KeyRecord, req: OpenRequest): void {
  if (key.KeyUsage !== 'ENCRYPT_DECRYPT') throw invalidKeyUsage(key, req.operation);
  checkKeyState(key, req.operation);
  checkAlgorithm(key, req.algorithm ?? 'SYMMETRIC_DEFAULT');
}

async function openAsymmetric(key: KeyRecord, req: OpenRequest): Promise<Opened | undefined> {
  checkOpeningKey(key, req);
  checkNoContextForAsymmetric(key, req.context);
  if (req.ignoreCiphertext) return undefined;
  const algorithm = req.algorithm!;
  const plaintext = algorithm === 'SM2PKE' ? await sm2Decrypt(privateKeyOf(key), req.ciphertext) : oaepDecrypt(privateKeyOf(key), OAEP_HASH[algorithm]!, req.ciphertext);
  if (!plaintext) throw invalidCiphertext();
  return { key, Plaintext: plaintext, EncryptionAlgorithm: algorithm };
}
