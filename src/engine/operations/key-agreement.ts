// DeriveSharedSecret: ECDH between a KEY_AGREEMENT key and the peer's public key.
import type { KeyObject } from 'node:crypto';
import { CURVES, namedCurveOf } from '../../crypto/curves.js';
import { ecdhSharedSecret } from '../../crypto/ecdh.js';
import { publicKeyFromUntrustedSpki } from '../../crypto/spki.js';
import type { RequestContext } from '../context.js';
import { dryRunSucceeded, KmsError } from '../errors.js';
import { findUsableKey } from '../key-lookup.js';
import { privateKeyOf, type KeyRecord } from '../key-record.js';
import { specInfo } from '../key-specs.js';
import { forRecipient, recipientKey, type RecipientInfo } from '../recipient.js';
import { compact, type KmsResponse } from '../operation.js';

interface DeriveSharedSecretRequest {
  KeyId: string;
  KeyAgreementAlgorithm: 'ECDH';
  PublicKey: Uint8Array;
  Recipient?: RecipientInfo;
  DryRun?: boolean;
}

function peerPublicKey(key: KeyRecord, spki: Uint8Array): KeyObject {
  let peer: KeyObject;
  try {
    peer = publicKeyFromUntrustedSpki(spki);
  } catch {
    // AWS answers a public key it cannot parse (or a point off the curve, or at infinity) with no message
    throw new KmsError('ValidationException', '');
  }
  const recipe = specInfo(key.KeySpec).material;
  const curve = recipe?.kind === 'ec' ? CURVES[recipe.curve].opensslName : undefined;
  if (namedCurveOf(peer) !== curve) {
    throw new KmsError('ValidationException', `The public key must be on the same curve as the KMS key (${key.KeySpec}).`);
  }
  return peer;
}

export async function deriveSharedSecret(ctx: RequestContext, req: DeriveSharedSecretRequest): Promise<KmsResponse> {
  const key = findUsableKey(ctx, req.KeyId, 'KEY_AGREEMENT', 'DeriveSharedSecret');
  const peer = peerPublicKey(key, req.PublicKey);
  const recipient = await recipientKey(ctx, req.Recipient);
  if (req.DryRun) throw dryRunSucceeded();
  const secret = ecdhSharedSecret(privateKeyOf(key), peer);
  return compact({
    KeyId: key.Arn,
    SharedSecret: recipient ? undefined : secret,
    CiphertextForRecipient: recipient && forRecipient(recipient, secret),
    KeyAgreementAlgorithm: req.KeyAgreementAlgorithm,
    KeyOrigin: 'AWS_KMS',
  });
}
