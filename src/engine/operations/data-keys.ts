// GenerateDataKey, GenerateDataKeyWithoutPlaintext and GenerateRandom.
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../context.js';
import type { EncryptionContext } from '../encryption-context.js';
import { dryRunSucceeded, KmsError } from '../errors.js';
import { findKey } from '../key-lookup.js';
import { forRecipient, recipientKey, type RecipientInfo } from '../recipient.js';
import { checkWrappingKey } from './shared.js';
import { sealWith } from '../envelope.js';
import { compact, type KmsResponse } from '../operation.js';

interface GenerateDataKeyRequest {
  KeyId: string;
  EncryptionContext?: EncryptionContext;
  NumberOfBytes?: number;
  KeySpec?: 'AES_256' | 'AES_128';
  Recipient?: RecipientInfo;
  DryRun?: boolean;
}

function dataKeyLength(req: GenerateDataKeyRequest): number {
  if ((req.NumberOfBytes === undefined) === (req.KeySpec === undefined)) {
    throw new KmsError('ValidationException', 'Please specify either number of bytes or key spec.');
  }
  return req.NumberOfBytes ?? (req.KeySpec === 'AES_128' ? 16 : 32);
}

async function generateDataKeyWith(ctx: RequestContext, req: GenerateDataKeyRequest, operation: 'GenerateDataKey' | 'GenerateDataKeyWithoutPlaintext') {
  // AWS checks the KeySpec / NumberOfBytes pair after finding the key, before its usage or state
  const key = findKey(ctx, req.KeyId);
  const length = dataKeyLength(req);
  checkWrappingKey(key, operation, 'You cannot generate a data key with an asymmetric CMK');
  const recipient = await recipientKey(ctx, req.Recipient);
  if (req.DryRun) throw dryRunSucceeded();
  const plaintext = randomBytes(length);
  return { plaintext, recipient, sealed: await sealWith(key, 'SYMMETRIC_DEFAULT', plaintext, req.EncryptionContext) };
}

export async function generateDataKey(ctx: RequestContext, req: GenerateDataKeyRequest): Promise<KmsResponse> {
  const { plaintext, recipient, sealed } = await generateDataKeyWith(ctx, req, 'GenerateDataKey');
  // for a Recipient, the data key travels only inside CiphertextForRecipient
  return compact({
    CiphertextBlob: sealed.CiphertextBlob,
    Plaintext: recipient ? undefined : new Uint8Array(plaintext),
    KeyId: sealed.key.Arn,
    CiphertextForRecipient: recipient && forRecipient(recipient, plaintext),
    KeyMaterialId: recipient ? undefined : sealed.KeyMaterialId,
  });
}

export async function generateDataKeyWithoutPlaintext(ctx: RequestContext, req: GenerateDataKeyRequest): Promise<KmsResponse> {
  const { sealed } = await generateDataKeyWith(ctx, req, 'GenerateDataKeyWithoutPlaintext');
  return compact({ CiphertextBlob: sealed.CiphertextBlob, KeyId: sealed.key.Arn, KeyMaterialId: sealed.KeyMaterialId });
}

export async function generateRandom(ctx: RequestContext, req: { NumberOfBytes?: number; CustomKeyStoreId?: string; Recipient?: RecipientInfo }): Promise<KmsResponse> {
  if (req.CustomKeyStoreId !== undefined) await (await import('./key-stores.js')).checkRandomSource(ctx, req.CustomKeyStoreId);
  if (req.NumberOfBytes === undefined) throw new KmsError('ValidationException', 'NumberOfBytes is required.');
  const recipient = await recipientKey(ctx, req.Recipient);
  const random = new Uint8Array(randomBytes(req.NumberOfBytes));
  return recipient ? { CiphertextForRecipient: forRecipient(recipient, random) } : { Plaintext: random };
}
