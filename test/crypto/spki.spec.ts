// Peer public keys from outside are checked before OpenSSL sees them: a point at infinity once
// aborted the whole process (issue 12). Every curve, each way an EC SPKI can be wrong; openssl
// makes the good keys, so the curve constants are checked against it too.
import { expect } from 'chai';
import { openssl, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { SpkiError, publicKeyFromUntrustedSpki } from '../../src/crypto/spki.js';
import { tlv } from '../../src/crypto/der.js';

const CURVES = [
  { name: 'P-256', openssl: 'P-256', oid: '2a8648ce3d030107', fieldBytes: 32 },
  { name: 'P-384', openssl: 'P-384', oid: '2b81040022', fieldBytes: 48 },
  { name: 'P-521', openssl: 'P-521', oid: '2b81040023', fieldBytes: 66 },
  { name: 'secp256k1', openssl: 'secp256k1', oid: '2b8104000a', fieldBytes: 32 },
  { name: 'SM2', openssl: 'SM2', oid: '2a811ccf5501822d', fieldBytes: 32 },
] as const;

const EC_PUBLIC_KEY = Buffer.from('2a8648ce3d0201', 'hex');
const spki = (curveOid: Buffer, point: Uint8Array, trailing = Buffer.alloc(0)) =>
  Buffer.concat([tlv(0x30, Buffer.concat([tlv(0x30, Buffer.concat([tlv(0x06, EC_PUBLIC_KEY), tlv(0x06, curveOid)])), tlv(0x03, Buffer.concat([Buffer.of(0), point]))])), trailing]);

function refused(der: Uint8Array): string {
  try {
    publicKeyFromUntrustedSpki(der);
  } catch (e) {
    expect(e).to.be.instanceOf(SpkiError);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('publicKeyFromUntrustedSpki', function () {
  const scratch = new Scratch();
  before(function () {
    requireOpenssl(this);
  });

  for (const curve of CURVES) {
    describe(curve.name, () => {
      const oid = Buffer.from(curve.oid, 'hex');
      let point: Buffer;
      let der: Buffer;
      let compressed: Buffer | undefined;
      before(() => {
        const priv = scratch.write(`${curve.name}.pem`, openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${curve.openssl}`]));
        der = openssl(['pkey', '-in', priv, '-pubout', '-outform', 'DER']);
        // (openssl 3.0 writes no compressed SM2 key)
        if (curve.name !== 'SM2') compressed = openssl(['pkey', '-in', priv, '-pubout', '-outform', 'DER', '-ec_conv_form', 'compressed']);
        point = der.subarray(der.length - (1 + 2 * curve.fieldBytes));
      });

      it('accepts openssl\'s key, uncompressed and compressed, and rebuilt from its point', () => {
        expect(publicKeyFromUntrustedSpki(der).asymmetricKeyType).to.be.oneOf(['ec', undefined]);
        if (compressed) expect(() => publicKeyFromUntrustedSpki(compressed!)).to.not.throw();
        expect(() => publicKeyFromUntrustedSpki(spki(oid, point))).to.not.throw();
      });

      it('refuses the point at infinity, and points of the wrong form or length', () => {
        expect(refused(spki(oid, Buffer.of(0)))).to.match(/infinity/);
        expect(refused(spki(oid, Buffer.alloc(1 + 2 * curve.fieldBytes)))).to.match(/SEC 1/);
        expect(refused(spki(oid, point.subarray(0, point.length - 1)))).to.match(/SEC 1/);
        expect(refused(spki(oid, Buffer.concat([point, Buffer.of(1)])))).to.match(/SEC 1/);
        const hybrid = Buffer.from(point);
        hybrid[0] = 0x06;
        refused(spki(oid, hybrid));
      });

      it('refuses a point off the curve and coordinates beyond the field', () => {
        const off = Buffer.from(point);
        off[off.length - 1] ^= 1;
        expect(refused(spki(oid, off))).to.match(/not on the curve/);
        const beyond = Buffer.concat([Buffer.of(4), Buffer.alloc(2 * curve.fieldBytes, 0xff)]);
        expect(refused(spki(oid, beyond))).to.match(/field prime/);
      });

      it('refuses trailing bytes, a truncated key and explicit curve parameters', () => {
        expect(refused(Buffer.concat([der, Buffer.of(0)]))).to.match(/one DER/);
        refused(der.subarray(0, der.length - 3));
        const explicit = Buffer.concat([tlv(0x30, Buffer.concat([tlv(0x30, Buffer.concat([tlv(0x06, EC_PUBLIC_KEY), tlv(0x30, Buffer.of(2, 1, 1))])), tlv(0x03, Buffer.concat([Buffer.of(0), point]))]))]);
        expect(refused(explicit)).to.match(/name its curve/);
      });
    });
  }

  it('refuses a curve KMS does not support (P-224, Brainpool)', () => {
    for (const name of ['P-224', 'brainpoolP256r1']) {
      const priv = scratch.write(`${name}.pem`, openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${name}`]));
      expect(refused(openssl(['pkey', '-in', priv, '-pubout', '-outform', 'DER']))).to.match(/not one KMS supports/);
    }
  });

  it('passes other algorithms to OpenSSL, which reads an RSA key and refuses garbage', () => {
    const priv = scratch.write('rsa.pem', openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024']));
    expect(publicKeyFromUntrustedSpki(openssl(['pkey', '-in', priv, '-pubout', '-outform', 'DER'])).asymmetricKeyType).to.equal('rsa');
    refused(Buffer.from('not DER at all'));
    refused(Buffer.alloc(0));
  });
});
