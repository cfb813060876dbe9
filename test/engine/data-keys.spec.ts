// GenerateDataKey(+WithoutPlaintext) and GenerateRandom.
import { expect } from 'chai';
import { testStore, type TestStore } from '../helpers/store.js';

describe('GenerateDataKey and GenerateRandom', () => {
  let store: TestStore;
  let key: { KeyId: string; Arn: string };
  before(async () => {
    store = testStore();
    key = (await store.call('CreateKey', {})).KeyMetadata;
  });
  after(() => store.cleanup());

  for (const [request, length] of [[{ KeySpec: 'AES_256' }, 32], [{ KeySpec: 'AES_128' }, 16], [{ NumberOfBytes: 1 }, 1], [{ NumberOfBytes: 1024 }, 1024]] as const) {
    it(`${JSON.stringify(request)} gives a ${length}-byte key whose ciphertext decrypts to it`, async () => {
      const res = await store.call('GenerateDataKey', { KeyId: key.KeyId, EncryptionContext: { k: 'v' }, ...request });
      expect(res.Plaintext.length).to.equal(length);
      expect(res.KeyId).to.equal(key.Arn);
      const dec = await store.call('Decrypt', { CiphertextBlob: res.CiphertextBlob, EncryptionContext: { k: 'v' } });
      expect(Buffer.from(dec.Plaintext).equals(Buffer.from(res.Plaintext))).to.equal(true);
    });
  }

  it('WithoutPlaintext returns only the ciphertext, which decrypts to a key of the asked length', async () => {
    const res = await store.call('GenerateDataKeyWithoutPlaintext', { KeyId: key.KeyId, KeySpec: 'AES_128' });
    expect(res).to.not.have.property('Plaintext');
    expect((await store.call('Decrypt', { CiphertextBlob: res.CiphertextBlob })).Plaintext.length).to.equal(16);
  });

  it('neither or both of KeySpec and NumberOfBytes is a ValidationException', async () => {
    for (const op of ['GenerateDataKey', 'GenerateDataKeyWithoutPlaintext'] as const) {
      expect((await store.error(op, { KeyId: key.KeyId })).type).to.equal('ValidationException');
      expect((await store.error(op, { KeyId: key.KeyId, KeySpec: 'AES_256', NumberOfBytes: 32 })).type).to.equal('ValidationException');
    }
    const err = await store.error('GenerateDataKey', { KeyId: key.KeyId, NumberOfBytes: 1025 });
    expect(err.message).to.equal("1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024");
  });

  it('data keys need a symmetric encryption key', async () => {
    const rsa = (await store.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata;
    expect((await store.error('GenerateDataKey', { KeyId: rsa.KeyId, KeySpec: 'AES_256' })).type).to.equal('InvalidKeyUsageException');
  });

  it('GenerateRandom returns NumberOfBytes random bytes', async () => {
    const a = await store.call('GenerateRandom', { NumberOfBytes: 64 });
    const b = await store.call('GenerateRandom', { NumberOfBytes: 64 });
    expect(a.Plaintext.length).to.equal(64);
    expect(Buffer.from(a.Plaintext).equals(Buffer.from(b.Plaintext))).to.equal(false);
    expect((await store.error('GenerateRandom', { NumberOfBytes: 0 })).message).to.contain("at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1");
  });
});
