// The elliptic curves KMS key specs name, with OpenSSL's curve names and their sizes.
import { createPublicKey, type KeyObject } from 'node:crypto';

export type CurveName = 'P-256' | 'P-384' | 'P-521' | 'secp256k1' | 'SM2';

export interface CurveInfo {
  name: CurveName;
  /** the name node:crypto / OpenSSL give the curve */
  opensslName: string;
  /** bytes in a field element (and in an ECDH shared secret) */
  fieldBytes: number;
  /** the namedCurve OID, as the hex content of its DER (RFC 5480 §2.1.1.1; GM/T 0006 for SM2) */
  oid: string;
}

export const CURVES: Readonly<Record<CurveName, CurveInfo>> = {
  // 1.2.840.10045.3.1.7
  'P-256': { name: 'P-256', opensslName: 'prime256v1', fieldBytes: 32, oid: '2a8648ce3d030107' },
  // 1.3.132.0.34
  'P-384': { name: 'P-384', opensslName: 'secp384r1', fieldBytes: 48, oid: '2b81040022' },
  // 1.3.132.0.35
  'P-521': { name: 'P-521', opensslName: 'secp521r1', fieldBytes: 66, oid: '2b81040023' },
  // 1.3.132.0.10
  secp256k1: { name: 'secp256k1', opensslName: 'secp256k1', fieldBytes: 32, oid: '2b8104000a' },
  // 1.2.156.10197.1.301
  SM2: { name: 'SM2', opensslName: 'SM2', fieldBytes: 32, oid: '2a811ccf5501822d' },
};

/** A curve's namedCurve OID as a whole DER element (tag, length, content). */
export function curveOidDer(curve: CurveName): Buffer {
  const content = Buffer.from(CURVES[curve].oid, 'hex');
  return Buffer.concat([Buffer.of(0x06, content.length), content]);
}

/** The curve a namedCurve OID (hex content) names, if KMS has it. */
export function curveOfOid(oid: string): CurveInfo | undefined {
  return Object.values(CURVES).find((c) => c.oid === oid);
}

const SM2_CURVE_OID = curveOidDer('SM2');

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
