// Recipient (AWS Nitro Enclaves): the attestation document is verified against the trusted
// root (AWS's, or the PEM file in PSKMS_NITRO_ROOT), and the secret a call would have returned
// in plaintext is returned instead as CMS EnvelopedData for the document's public key.
import { readFileSync } from 'node:fs';
import { X509Certificate, type KeyObject } from 'node:crypto';
import { publicKeyFromUntrustedSpki } from '../crypto/spki.js';
import { envelopeForRecipient } from '../crypto/cms-recipient.js';
import { AttestationError, verifyAttestationDocument } from '../crypto/nitro-attestation.js';
import type { RequestContext } from './context.js';
import { KmsError, validationError } from './errors.js';
import { AWS_NITRO_ROOT_PEM } from './nitro-root.js';
import { missingMember } from './validation.js';

export interface RecipientInfo {
  KeyEncryptionAlgorithm?: string;
  AttestationDocument?: Uint8Array;
}

function trustedRoot(ctx: RequestContext): X509Certificate {
  if (!ctx.nitroRootPath) return new X509Certificate(AWS_NITRO_ROOT_PEM);
  try {
    return new X509Certificate(readFileSync(ctx.nitroRootPath));
  } catch {
    throw new KmsError('KMSInternalException', `PSKMS_NITRO_ROOT does not name a readable PEM certificate: ${ctx.nitroRootPath}`);
  }
}

function invalid(reason: string): KmsError {
  return new KmsError('ValidationException', `The attestation document is not valid: ${reason}.`);
}

/** The enclave key to encrypt for, when the request names a Recipient; undefined otherwise. */
export async function recipientKey(ctx: RequestContext, recipient: RecipientInfo | undefined): Promise<KeyObject | undefined> {
  if (recipient === undefined) return undefined;
  if (recipient.AttestationDocument === undefined) throw validationError([missingMember(undefined, 'recipient.attestationDocument')]);
  let publicKey: Uint8Array | undefined;
  try {
    publicKey = (await verifyAttestationDocument(recipient.AttestationDocument, trustedRoot(ctx), ctx.now())).publicKey;
  } catch (e) {
    if (e instanceof AttestationError) throw invalid(e.message);
    throw e;
  }
  if (!publicKey) throw invalid('it carries no public_key');
  let key: KeyObject;
  try {
    key = publicKeyFromUntrustedSpki(publicKey);
  } catch {
    throw invalid('its public_key is not a DER SubjectPublicKeyInfo');
  }
  if (key.asymmetricKeyType !== 'rsa') throw invalid('its public_key is not an RSA key');
  if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) throw invalid('its public_key is an RSA key of fewer than 2048 bits');
  return key;
}

/** CiphertextForRecipient: the secret, enveloped for the enclave key. */
export function forRecipient(key: KeyObject, secret: Uint8Array): Uint8Array {
  return envelopeForRecipient(key, secret);
}
