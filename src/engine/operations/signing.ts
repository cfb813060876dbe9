// Sign and Verify.
import { signDigest, signMessage, verifyDigest, verifyMessage } from '../../crypto/signatures.js';
import { digestLength } from '../../crypto/hashes.js';
import type { RequestContext } from '../context.js';
import { dryRunSucceeded, KmsError } from '../errors.js';
import { findUsableKey } from '../key-lookup.js';
import { privateKeyOf, publicKeyOf, type KeyRecord } from '../key-record.js';
import { algorithmsFor, signatureScheme, signingAlgorithmInfo } from '../key-specs.js';
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
  if (messageType === 'DIGEST' && req.Message.length !== digestLength(info.hash!)) {
    throw new KmsError('ValidationException', `Digest is invalid length for algorithm ${req.SigningAlgorithm}.`);
  }
  if (req.DryRun) throw dryRunSucceeded();
  return { key, scheme: signatureScheme(key.KeySpec, req.SigningAlgorithm), digest: messageType === 'DIGEST' };
}

export async function sign(ctx: RequestContext, req: SignRequest): Promise<KmsResponse> {
  const { key, scheme, digest } = prepare(ctx, req, 'Sign');
  const privateKey = privateKeyOf(key);
  const signature = digest ? await signDigest(privateKey, scheme, req.Message) : await signMessage(privateKey, scheme, req.Message);
  return { KeyId: key.Arn, Signature: signature, SigningAlgorithm: req.SigningAlgorithm };
}

export async function verify(ctx: RequestContext, req: SignRequest & { Signature: Uint8Array }): Promise<KmsResponse> {
  const { key, scheme, digest } = prepare(ctx, req, 'Verify');
  const publicKey = publicKeyOf(key);
  const valid = digest
    ? await verifyDigest(publicKey, scheme, req.Message, req.Signature)
    : await verifyMessage(publicKey, scheme, req.Message, req.Signature);
  if (!valid) throw new KmsError('KMSInvalidSignatureException', '');
  return { KeyId: key.Arn, SignatureValid: true, SigningAlgorithm: req.SigningAlgorithm };
}
