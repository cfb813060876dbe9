// Encrypt, Decrypt and ReEncrypt.
import type { RequestContext } from '../context.js';
import type { EncryptionContext } from '../encryption-context.js';
import { dryRunSucceeded } from '../errors.js';
import { checkPlaintextFits, findSealingKey, openWith, sealWith } from '../envelope.js';
import type { EncryptionAlgorithm } from '../model.js';
import { compact, type KmsResponse } from '../operation.js';

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
  const sealed = sealWith(key, algorithm, req.Plaintext, req.EncryptionContext);
  return compact({
    CiphertextBlob: sealed.CiphertextBlob,
    KeyId: key.Arn,
    EncryptionAlgorithm: sealed.EncryptionAlgorithm,
    KeyMaterialId: sealed.KeyMaterialId,
  });
}

interface DecryptRequest {
  CiphertextBlob: Uint8Array;
  EncryptionContext?: EncryptionContext;
  KeyId?: string;
  EncryptionAlgorithm?: EncryptionAlgorithm;
  DryRun?: boolean;
  DryRunModifiers?: string[];
}

const ignoresCiphertext = (req: { DryRun?: boolean; DryRunModifiers?: string[] }): boolean =>
  req.DryRun === true && (req.DryRunModifiers ?? []).includes('IGNORE_CIPHERTEXT');

export async function decrypt(ctx: RequestContext, req: DecryptRequest): Promise<KmsResponse> {
  const opened = openWith(ctx, {
    ciphertext: req.CiphertextBlob, keyIdentifier: req.KeyId, context: req.EncryptionContext,
    algorithm: req.EncryptionAlgorithm, operation: 'Decrypt', ignoreCiphertext: ignoresCiphertext(req),
  });
  if (req.DryRun || !opened) throw dryRunSucceeded();
  return compact({
    KeyId: opened.key.Arn,
    Plaintext: opened.Plaintext,
    EncryptionAlgorithm: opened.EncryptionAlgorithm,
    KeyMaterialId: opened.KeyMaterialId,
  });
}

interface ReEncryptRequest {
  CiphertextBlob: Uint8Array;
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
  const source = openWith(ctx, {
    ciphertext: req.CiphertextBlob, keyIdentifier: req.SourceKeyId, context: req.SourceEncryptionContext,
    algorithm: req.SourceEncryptionAlgorithm, operation: 'ReEncrypt', ignoreCiphertext: ignoresCiphertext(req),
  });
  const destination = findSealingKey(ctx, {
    keyIdentifier: req.DestinationKeyId, context: req.DestinationEncryptionContext,
    algorithm: req.DestinationEncryptionAlgorithm, operation: 'ReEncrypt',
  });
  if (source) checkPlaintextFits(destination.key, destination.algorithm, source.Plaintext);
  if (req.DryRun || !source) throw dryRunSucceeded();
  const sealed = sealWith(destination.key, destination.algorithm, source.Plaintext, req.DestinationEncryptionContext);
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
