// GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext: a fresh key pair whose private
// key (DER PKCS#8) comes back encrypted under a symmetric KMS key.
import { generateDerKeyPair } from '../../crypto/key-pairs.js';
import type { RequestContext } from '../context.js';
import type { EncryptionContext } from '../encryption-context.js';
import { dryRunSucceeded, KmsError } from '../errors.js';
import { sealWith } from '../envelope.js';
import { SM2_REGIONS, specInfo } from '../key-specs.js';
import type { DataKeyPairSpec } from '../model.js';
import { compact, type KmsResponse } from '../operation.js';
import { findKey } from '../key-lookup.js';
import { forRecipient, recipientKey, type RecipientInfo } from '../recipient.js';
import { checkWrappingKey } from './shared.js';

interface GenerateDataKeyPairRequest {
  KeyId: string;
  KeyPairSpec: DataKeyPairSpec;
  EncryptionContext?: EncryptionContext;
  Recipient?: RecipientInfo;
  DryRun?: boolean;
}

async function generateWith(ctx: RequestContext, req: GenerateDataKeyPairRequest, operation: 'GenerateDataKeyPair' | 'GenerateDataKeyPairWithoutPlaintext') {
  const key = findKey(ctx, req.KeyId);
  checkWrappingKey(key, operation, 'You cannot generate a data key pair with an asymmetric CMK');
  if (key.CustomKeyStoreId) throw new KmsError('UnsupportedOperationException', `${key.Arn} is in a custom key store, which does not generate data key pairs.`);
  if (req.KeyPairSpec === 'SM2' && !SM2_REGIONS.includes(ctx.region)) {
    throw new KmsError('UnsupportedOperationException', 'KeyPairSpec SM2 is not supported in this Region');
  }
  const recipe = specInfo(req.KeyPairSpec).material;
  if (!recipe || recipe.kind === 'symmetric' || recipe.kind === 'hmac' || recipe.kind === 'ml-dsa') {
    throw new KmsError('UnsupportedOperationException', `pskms does not support KeyPairSpec ${req.KeyPairSpec} yet.`);
  }
  const recipient = await recipientKey(ctx, req.Recipient);
  if (req.DryRun) throw dryRunSucceeded();
  const pair = await generateDerKeyPair(recipe);
  return { pair, recipient, sealed: await sealWith(key, 'SYMMETRIC_DEFAULT', pair.privateKey, req.EncryptionContext) };
}

export async function generateDataKeyPair(ctx: RequestContext, req: GenerateDataKeyPairRequest): Promise<KmsResponse> {
  const { pair, recipient, sealed } = await generateWith(ctx, req, 'GenerateDataKeyPair');
  return compact({
    PrivateKeyCiphertextBlob: sealed.CiphertextBlob,
    PrivateKeyPlaintext: recipient ? undefined : pair.privateKey,
    PublicKey: pair.publicKey,
    KeyId: sealed.key.Arn,
    KeyPairSpec: req.KeyPairSpec,
    CiphertextForRecipient: recipient && forRecipient(recipient, pair.privateKey),
    KeyMaterialId: sealed.KeyMaterialId,
  });
}

export async function generateDataKeyPairWithoutPlaintext(ctx: RequestContext, req: GenerateDataKeyPairRequest): Promise<KmsResponse> {
  const { pair, sealed } = await generateWith(ctx, req, 'GenerateDataKeyPairWithoutPlaintext');
  return compact({
    PrivateKeyCiphertextBlob: sealed.CiphertextBlob,
    PublicKey: pair.publicKey,
    KeyId: sealed.key.Arn,
    KeyPairSpec: req.KeyPairSpec,
    KeyMaterialId: sealed.KeyMaterialId,
  });
}
