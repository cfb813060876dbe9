// The elliptic curves KMS key specs name, with OpenSSL's curve names and their sizes.

export type CurveName = 'P-256' | 'P-384' | 'P-521' | 'secp256k1';

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
};

export function curveByOpensslName(name: string | undefined): CurveInfo | undefined {
  return Object.values(CURVES).find((c) => c.opensslName === name);
}
