// Imported key material: unwrapping what a caller wrapped under a GetParametersForImport public
// key, and reading an imported private key. The wrapping formats are KMS's:
// - RSAES_OAEP_SHA_1 / _256: the material itself, RSA-OAEP encrypted (same hash for MGF1);
// - RSA_AES_KEY_WRAP_SHA_1 / _256: an ephemeral AES-256 key, RSA-OAEP encrypted, followed by the
//   material wrapped under it with AES key wrap with padding (RFC 5649), as
//   `openssl enc -id-aes256-wrap-pad` makes it;
// - SM2PKE: the material, SM2 encrypted (China Regions).
import { createDecipheriv, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { namedCurveOf, CURVES } from './curves.js';
import type { KeyPairKind } from './key-pairs.js';
import { oaepDecrypt } from './rsa-oaep.js';
import { sm2Decrypt } from './sm2.js';

export type WrappingAlgorithm = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256' | 'RSA_AES_KEY_WRAP_SHA_1' | 'RSA_AES_KEY_WRAP_SHA_256' | 'SM2PKE';

/** RFC 5649's alternative initial value. */
const KWP_IV = Buffer.from('A65959A6', 'hex');

function aesKeyUnwrapPadded(kek: Uint8Array, wrapped: Uint8Array): Uint8Array | undefined {
  if (kek.length !== 32 || wrapped.length < 16 || wrapped.length % 8 !== 0) return undefined;
  try {
    const decipher = createDecipheriv('id-aes256-wrap-pad', kek, KWP_IV);
    return new Uint8Array(Buffer.concat([decipher.update(wrapped), decipher.final()]));
  } catch {
    return undefined;
  }
}

/** The material, or undefined when the wrapped bytes do not unwrap under this wrapping key. */
export async function unwrapKeyMaterial(wrappingKey: KeyObject, algorithm: WrappingAlgorithm, wrapped: Uint8Array): Promise<Uint8Array | undefined> {
  switch (algorithm) {
    case 'RSAES_OAEP_SHA_1':
      return oaepDecrypt(wrappingKey, 'sha1', wrapped);
    case 'RSAES_OAEP_SHA_256':
      return oaepDecrypt(wrappingKey, 'sha256', wrapped);
    case 'RSA_AES_KEY_WRAP_SHA_1':
    case 'RSA_AES_KEY_WRAP_SHA_256': {
      const modulusBytes = (wrappingKey.asymmetricKeyDetails?.modulusLength ?? 0) / 8;
      if (wrapped.length <= modulusBytes) return undefined;
      const kek = oaepDecrypt(wrappingKey, algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256', wrapped.subarray(0, modulusBytes));
      return kek && aesKeyUnwrapPadded(kek, wrapped.subarray(modulusBytes));
    }
    case 'SM2PKE':
      return sm2Decrypt(wrappingKey, wrapped);
  }
}

export interface ImportedKeyPair {
  /** DER PKCS#8, as node:crypto writes it */
  privateKey: Uint8Array;
  /** DER SubjectPublicKeyInfo */
  publicKey: Uint8Array;
}

/**
 * A PKCS#8 private key of the kind a key spec names (RSA of that size, EC on that curve,
 * Ed25519), re-encoded; undefined when it is not one.
 */
export function readImportedPrivateKey(pkcs8: Uint8Array, kind: KeyPairKind): ImportedKeyPair | undefined {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  } catch {
    return undefined;
  }
  const fits =
    kind.kind === 'rsa'
      ? key.asymmetricKeyType === 'rsa' && key.asymmetricKeyDetails?.modulusLength === kind.bits
      : kind.kind === 'ec'
        ? namedCurveOf(key) === CURVES[kind.curve].opensslName
        : key.asymmetricKeyType === 'ed25519';
  if (!fits) return undefined;
  return {
    privateKey: new Uint8Array(key.export({ format: 'der', type: 'pkcs8' })),
    publicKey: new Uint8Array(createPublicKey(key).export({ format: 'der', type: 'spki' })),
  };
}
