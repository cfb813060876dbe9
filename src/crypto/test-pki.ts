// A small certificate authority for tests of Nitro attestation: P-384 ECDSA certificates made
// with pkijs (node:crypto can verify certificates but not issue them).
import { webcrypto } from 'node:crypto';

export interface IssuedCertificate {
  der: Uint8Array;
  /** PKCS#8 DER of the certificate's private key */
  privateKey: Uint8Array;
}

const EC_P384 = { name: 'ECDSA', namedCurve: 'P-384' } as const;

async function engine() {
  const pkijs = await import('pkijs');
  const asn1js = await import('asn1js');
  pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));
  return { pkijs, asn1js };
}

/**
 * Issues a certificate for a fresh P-384 key: self-signed when no issuer is given (a root).
 */
export async function issueCertificate(options: { commonName: string; ca: boolean; validForMs: number; issuer?: { commonName: string; privateKey: Uint8Array } }): Promise<IssuedCertificate> {
  const { pkijs, asn1js } = await engine();
  const subtle = webcrypto.subtle;
  const keys = (await subtle.generateKey(EC_P384, true, ['sign', 'verify'])) as CryptoKeyPair;
  const name = (cn: string) => [new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: cn }) })];
  const cert = new pkijs.Certificate();
  cert.version = 2;
  // a positive serial in minimal DER: a first byte of 0x00 would be padding OpenSSL refuses
  cert.serialNumber = new asn1js.Integer({ valueHex: webcrypto.getRandomValues(new Uint8Array(16)).map((b, i) => (i === 0 ? (b & 0x3f) | 0x40 : b)) });
  cert.subject.typesAndValues.push(...name(options.commonName));
  cert.issuer.typesAndValues.push(...name(options.issuer?.commonName ?? options.commonName));
  const now = Date.now();
  cert.notBefore.value = new Date(now - 60_000);
  cert.notAfter.value = new Date(now + options.validForMs);
  cert.extensions = [
    new pkijs.Extension({ extnID: '2.5.29.19', critical: true, extnValue: new pkijs.BasicConstraints({ cA: options.ca }).toSchema().toBER(false) }),
    // digitalSignature, and keyCertSign + cRLSign for a CA
    new pkijs.Extension({ extnID: '2.5.29.15', critical: true, extnValue: new asn1js.BitString({ valueHex: Uint8Array.of(options.ca ? 0x86 : 0x80), unusedBits: 1 }).toBER(false) }),
  ];
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey);
  const signingKey = options.issuer
    ? await subtle.importKey('pkcs8', options.issuer.privateKey, EC_P384, false, ['sign'])
    : keys.privateKey;
  await cert.sign(signingKey, 'SHA-384');
  return {
    der: new Uint8Array(cert.toSchema().toBER(false)),
    privateKey: new Uint8Array(await subtle.exportKey('pkcs8', keys.privateKey)),
  };
}
