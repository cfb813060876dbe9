// Encrypt, Decrypt and ReEncrypt.
import type { RequestContext } from '../context.js';
import type { EncryptionContext } from '../encryption-context.js';
import { dryRunSucceeded, validationError } from '../errors.js';
import { missingMember } from '../validation.js';
import { checkPlaintextFits, findSealingKey, openWith, sealWith } from '../envelope.js';
import type { EncryptionAlgorithm } from '../model.js';
import { compact, type KmsResponse } from '../operation.js';
import { forRecipient, recipientKey, type RecipientInfo } from '../recipient.js';

interface EncryptRequest {
  KeyId: string;
  Plaintext: Uint8Array;
  EncryptionContext?: EncryptionContext;
  EncryptionAlgorithm?: EncryptionAlgorithm;
  DryRun?: boolean;
}

export async function encrypt(ctx: RequestContext, req: EncryptRequest): Promise<KmsResponse> {
  const { key, algorithm } = findSealingKey(ctx, {
    keyIdentifier: req.KeyId, context: req.EncryptionContext, algorithm: req.EncryptionAlgorithm, operation: 'Encrypt',
  });
  checkPlaintextFits(key, algorithm, req.Plaintext);
  if (req.DryRun) throw dryRunSucceeded();
  const sealed = await sealWith(key, algorithm, req.Plaintext, req.EncryptionContext);
  // AWS's Encrypt response has no KeyMaterialId (Decrypt's and GenerateDataKey's do)
  return { CiphertextBlob: sealed.CiphertextBlob, KeyId: key.Arn, EncryptionAlgorithm: sealed.EncryptionAlgorithm };
}

interface DecryptRequest {
  CiphertextBlob?: Uint8Array;
  EncryptionContext?: EncryptionContext;
  KeyId?: string;
  EncryptionAlgorithm?: EncryptionAlgorithm;
  DryRun?: boolean;
  DryRunModifiers?: string[];
  Recipient?: RecipientInfo;
}

/**
 * DryRun with IGNORE_CIPHERTEXT checks everything but the ciphertext, so the key must be named;
 * otherwise the ciphertext is required.
 */
function ignoresCiphertext(req: { CiphertextBlob?: Uint8Array; DryRun?: boolean; DryRunModifiers?: string[] }, keyId: string | undefined, keyMember: string): boolean {
  const ignore = req.DryRun === true && (req.DryRunModifiers ?? []).includes('IGNORE_CIPHERTEXT');
  if (ignore && keyId === undefined) throw validationError([missingMember(undefined, keyMember)]);
  if (!ignore && req.CiphertextBlob === undefined) throw validationError([missingMember(undefined, 'ciphertextBlob')]);
  return ignore;
}

export async function decrypt(ctx: RequestContext, req: DecryptRequest): Promise<KmsResponse> {
  const ignoreCiphertext = ignoresCiphertext(req, req.KeyId, 'keyId');
  const opened = await openWith(ctx, {
    ciphertext: req.CiphertextBlob ?? new Uint8Array(), keyIdentifier: req.KeyId, context: req.EncryptionContext,
    algorithm: req.EncryptionAlgorithm, operation: 'Decrypt', ignoreCiphertext,
  });
  const recipient = await recipientKey(ctx, req.Recipient);
  if (req.DryRun || !opened) throw dryRunSucceeded();
  return compact({
    KeyId: opened.key.Arn,
    Plaintext: recipient ? undefined : opened.Plaintext,
    EncryptionAlgorithm: opened.EncryptionAlgorithm,
    CiphertextForRecipient: recipient && forRecipient(recipient, opened.Plaintext),
    KeyMaterialId: recipient ? undefined : opened.KeyMaterialId,
  });
}

interface ReEncryptRequest {
  CiphertextBlob?: Uint8Array;
  SourceEncryptionContext?: EncryptionContext;
  SourceKeyId?: string;
  DestinationKeyId: string;
  DestinationEncryptionContext?: EncryptionContext;
  SourceEncryptionAlgorithm?: EncryptionAlgorithm;
  DestinationEncryptionAlgorithm?: EncryptionAlgorithm;
  DryRun?: boolean;
  DryRunModifiers?: string[];
}

export async function reEncrypt(ctx: RequestContext, req: ReEncryptRequest): Promise<KmsResponse> {
  const ignoreCiphertext = ignoresCiphertext(req, req.SourceKeyId, 'sourceKeyId');
  const source = await openWith(ctx, {
    ciphertext: req.CiphertextBlob ?? new Uint8Array(), keyIdentifier: req.SourceKeyId, context: req.SourceEncryptionContext,
    algorithm: req.SourceEncryptionAlgorithm, operation: 'ReEncrypt', ignoreCiphertext,
  });
  const destination = findSealingKey(ctx, {
    keyIdentifier: req.DestinationKeyId, context: req.DestinationEncryptionContext,
    algorithm: req.DestinationEncryptionAlgorithm, operation: 'ReEncrypt',
  });
  if (source) checkPlaintextFits(destination.key, destination.algorithm, source.Plaintext);
  if (req.DryRun || !source) throw dryRunSucceeded();
  const sealed = await sealWith(destination.key, destination.algorithm, source.Plaintext, req.DestinationEncryptionContext);
  return compact({
    CiphertextBlob: sealed.CiphertextBlob,
    SourceKeyId: source.key.Arn,
    KeyId: destination.key.Arn,
    SourceEncryptionAlgorithm: source.EncryptionAlgorithm,
    DestinationEncryptionAlgorithm: sealed.EncryptionAlgorithm,
    SourceKeyMaterialId: source.KeyMaterialId,
    DestinationKeyMaterialId: sealed.KeyMaterialId,
  });
}
