// The elliptic curves KMS key specs name, with OpenSSL's curve names and their sizes.
import { createPublicKey, type KeyObject } from 'node:crypto';

export type CurveName = 'P-256' | 'P-384' | 'P-521' | 'secp256k1' | 'SM2';

export interface CurveInfo {
  name: CurveName;
  /** the name node:crypto / OpenSSL give the curve */
  opensslName: string;
  /** bytes in a field element (and in an ECDH shared secret) */
  fieldBytes: number;
}

export const CURVES: Readonly<Record<CurveName, CurveInfo>> = {
  'P-256': { name: 'P-256', opensslName: 'prime256v1', fieldBytes: 32 },
  'P-384': { name: 'P-384', opensslName: 'secp384r1', fieldBytes: 48 },
  'P-521': { name: 'P-521', opensslName: 'secp521r1', fieldBytes: 66 },
  secp256k1: { name: 'secp256k1', opensslName: 'secp256k1', fieldBytes: 32 },
  SM2: { name: 'SM2', opensslName: 'SM2', fieldBytes: 32 },
};


const SM2_CURVE_OID = Buffer.from('06082a811ccf5501822d', 'hex');

/**
 * The OpenSSL name of an EC key's curve. OpenSSL 3 loads a DER SM2 key as its own key type,
 * for which node reports no curve, so that one is recognised by its curve OID.
 */
export function namedCurveOf(key: KeyObject): string | undefined {
  const named = key.asymmetricKeyDetails?.namedCurve;
  if (named) return named;
  if (key.asymmetricKeyType !== undefined) return undefined;
  const spki = (key.type === 'public' ? key : createPublicKey(key)).export({ format: 'der', type: 'spki' });
  return spki.includes(SM2_CURVE_OID) ? 'SM2' : undefined;
}
