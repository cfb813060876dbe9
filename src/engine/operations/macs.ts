// GenerateMac and VerifyMac with HMAC keys.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RequestContext } from '../context.js';
import { dryRunSucceeded, KmsError } from '../errors.js';
import { findUsableKey } from '../key-lookup.js';
import type { KeyRecord } from '../key-record.js';
import { algorithmsFor, specInfo } from '../key-specs.js';
import type { MacAlgorithm } from '../model.js';
import type { KmsResponse } from '../operation.js';

interface MacRequest {
  KeyId: string;
  Message: Uint8Array;
  MacAlgorithm: MacAlgorithm;
  DryRun?: boolean;
}

function mac(ctx: RequestContext, req: MacRequest, operation: 'GenerateMac' | 'VerifyMac'): { key: KeyRecord; mac: () => Buffer } {
  const key = findUsableKey(ctx, req.KeyId, 'GENERATE_VERIFY_MAC', operation);
  if (!algorithmsFor(key.KeySpec, key.KeyUsage).MacAlgorithms?.includes(req.MacAlgorithm)) {
    throw new KmsError('InvalidKeyUsageException', `Algorithm ${req.MacAlgorithm} is incompatible with key spec ${key.KeySpec}.`);
  }
  if (req.DryRun) throw dryRunSucceeded();
  const recipe = specInfo(key.KeySpec).material;
  if (recipe?.kind !== 'hmac' || key.Material.kind !== 'hmac') throw new Error('not an HMAC key');
  const material = Buffer.from(key.Material.key, 'base64');
  return { key, mac: () => createHmac(recipe.hash, material).update(req.Message).digest() };
}

export async function generateMac(ctx: RequestContext, req: MacRequest): Promise<KmsResponse> {
  const { key, mac: compute } = mac(ctx, req, 'GenerateMac');
  return { Mac: new Uint8Array(compute()), MacAlgorithm: req.MacAlgorithm, KeyId: key.Arn };
}

export async function verifyMac(ctx: RequestContext, req: MacRequest & { Mac: Uint8Array }): Promise<KmsResponse> {
  const { key, mac: compute } = mac(ctx, req, 'VerifyMac');
  const expected = compute();
  // constant-time, and a MAC of another length is simply wrong
  const valid = expected.length === req.Mac.length && timingSafeEqual(expected, req.Mac);
  if (!valid) throw new KmsError('KMSInvalidMacException', '');
  return { KeyId: key.Arn, MacValid: true, MacAlgorithm: req.MacAlgorithm };
}
