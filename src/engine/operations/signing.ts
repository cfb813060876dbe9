// Sign and Verify: node:crypto / noble signature schemes, and ML-DSA keys (kept as seeds).
import { signDigest, signMessage, verifyDigest, verifyMessage } from '../../crypto/signatures.js';
import { digestLength } from '../../crypto/hashes.js';
import { mlDsaPublicKeyOfSpki, mlDsaSign, mlDsaVerify } from '../../crypto/ml-dsa.js';
import type { RequestContext } from '../context.js';
import { dryRunSucceeded, KmsError } from '../errors.js';
import { findUsableKey } from '../key-lookup.js';
import { privateKeyOf, publicKeyDerOf, publicKeyOf, type KeyRecord } from '../key-record.js';
import { algorithmsFor, signatureScheme, signingAlgorithmInfo, specInfo } from '../key-specs.js';
import type { MessageType, SigningAlgorithm } from '../model.js';
import type { KmsResponse } from '../operation.js';

interface SignRequest {
  KeyId: string;
  Message: Uint8Array;
  MessageType?: MessageType;
  SigningAlgorithm: SigningAlgorithm;
  DryRun?: boolean;
}

function prepare(ctx: RequestContext, req: SignRequest, operation: 'Sign' | 'Verify') {
  const key: KeyRecord = findUsableKey(ctx, req.KeyId, 'SIGN_VERIFY', operation);
  if (!algorithmsFor(key.KeySpec, key.KeyUsage).SigningAlgorithms?.includes(req.SigningAlgorithm)) {
    throw new KmsError('InvalidKeyUsageException', `Algorithm ${req.SigningAlgorithm} is incompatible with key spec ${key.KeySpec}.`);
  }
  const info = signingAlgorithmInfo(req.SigningAlgorithm);
  const messageType = req.MessageType ?? 'RAW';
  if (!info.messageTypes.includes(messageType)) {
    const subject = info.incompatibility === 'algorithm' ? `algorithm ${req.SigningAlgorithm}` : `key spec ${key.KeySpec}`;
    throw new KmsError('ValidationException', `Message type ${messageType} is incompatible with ${subject}.`);
  }
  // a DIGEST is the algorithm's digest; an external μ is 64 bytes (FIPS 204)
  const expected = messageType === 'DIGEST' ? digestLength(info.hash!) : messageType === 'EXTERNAL_MU' ? 64 : undefined;
  if (expected !== undefined && req.Message.length !== expected) {
    throw new KmsError('ValidationException', `Digest is invalid length for algorithm ${req.SigningAlgorithm}.`);
  }
  if (req.DryRun) throw dryRunSucceeded();
  return { key, messageType };
}

function mlDsaParts(key: KeyRecord) {
  const recipe = specInfo(key.KeySpec).material;
  if (recipe?.kind !== 'ml-dsa' || key.Material.kind !== 'ml-dsa') throw new Error('not an ML-DSA key');
  return { level: recipe.level, seed: Buffer.from(key.Material.seed, 'base64'), publicKey: mlDsaPublicKeyOfSpki(recipe.level, publicKeyDerOf(key)) };
}

export async function sign(ctx: RequestContext, req: SignRequest): Promise<KmsResponse> {
  const { key, messageType } = prepare(ctx, req, 'Sign');
  let signature: Uint8Array;
  if (key.Material.kind === 'ml-dsa') {
    const { level, seed } = mlDsaParts(key);
    signature = await mlDsaSign(level, seed, req.Message, messageType === 'EXTERNAL_MU');
  } else {
    const scheme = signatureScheme(key.KeySpec, req.SigningAlgorithm);
    const privateKey = privateKeyOf(key);
    signature = messageType === 'DIGEST' ? await signDigest(privateKey, scheme, req.Message) : await signMessage(privateKey, scheme, req.Message);
  }
  return { KeyId: key.Arn, Signature: signature, SigningAlgorithm: req.SigningAlgorithm };
}

export async function verify(ctx: RequestContext, req: SignRequest & { Signature: Uint8Array }): Promise<KmsResponse> {
  const { key, messageType } = prepare(ctx, req, 'Verify');
  let valid: boolean;
  if (key.Material.kind === 'ml-dsa') {
    const { level, publicKey } = mlDsaParts(key);
    valid = await mlDsaVerify(level, publicKey, req.Message, messageType === 'EXTERNAL_MU', req.Signature);
  } else {
    const scheme = signatureScheme(key.KeySpec, req.SigningAlgorithm);
    const publicKey = publicKeyOf(key);
    valid = messageType === 'DIGEST'
      ? await verifyDigest(publicKey, scheme, req.Message, req.Signature)
      : await verifyMessage(publicKey, scheme, req.Message, req.Signature);
  }
  if (!valid) throw new KmsError('KMSInvalidSignatureException', '');
  return { KeyId: key.Arn, SignatureValid: true, SigningAlgorithm: req.SigningAlgorithm };
}
