// Sign and Verify.
import { signDigest, signMessage, verifyDigest, verifyMessage } from '../../crypto/signatures.js';
import { digestLength } from '../../crypto/hashes.js';
import type { RequestContext } from '../context.js';
import { dryRunSucceeded, KmsError } from '../errors.js';
import { findUsableKey } from '../key-lookup.js';
import { privateKeyOf, publicKeyOf, type KeyRecord } from '../key-record.js';
import { algorithmsFor, signatureScheme } from '../key-specs.js';
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
  const scheme = signatureScheme(key.KeySpec, req.SigningAlgorithm);
  const messageType = req.MessageType ?? 'RAW';
  if (messageType === 'EXTERNAL_MU') {
    throw new KmsError('InvalidKeyUsageException', `MessageType EXTERNAL_MU is not supported for key spec ${key.KeySpec}.`);
  }
  if (messageType === 'DIGEST' && req.Message.length !== digestLength(scheme.hash)) {
    throw new KmsError('ValidationException', `Digest is invalid length for algorithm ${req.SigningAlgorithm}.`);
  }
  if (req.DryRun) throw dryRunSucceeded();
  return { key, scheme, digest: messageType === 'DIGEST' };
}

export async function sign(ctx: RequestContext, req: SignRequest): Promise<KmsResponse> {
  const { key, scheme, digest } = prepare(ctx, req, 'Sign');
  const privateKey = privateKeyOf(key);
  const signature = digest ? await signDigest(privateKey, scheme, req.Message) : signMessage(privateKey, scheme, req.Message);
  return { KeyId: key.Arn, Signature: signature, SigningAlgorithm: req.SigningAlgorithm };
}

export async function verify(ctx: RequestContext, req: SignRequest & { Signature: Uint8Array }): Promise<KmsResponse> {
  const { key, scheme, digest } = prepare(ctx, req, 'Verify');
  const publicKey = publicKeyOf(key);
  const valid = digest
    ? await verifyDigest(publicKey, scheme, req.Message, req.Signature)
    : verifyMessage(publicKey, scheme, req.Message, req.Signature);
  if (!valid) throw new KmsError('KMSInvalidSignatureException', '');
  return { KeyId: key.Arn, SignatureValid: true, SigningAlgorithm: req.SigningAlgorithm };
}
