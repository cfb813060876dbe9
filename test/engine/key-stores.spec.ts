// Custom key stores (issue 13, item 6): both store types with their properties, the
// connection states, keys made in a connected store (Unavailable while it is disconnected), and
// AWS's errors for names, states and keys left in a store.
import { expect } from 'chai';
import { openssl, requireOpenssl } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

describe('custom key stores', function () {
  this.timeout(30_000);
  let store: TestStore;
  let trustAnchor: string;
  before(function () {
    requireOpenssl(this);
    trustAnchor = openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=customerCA', '-days', '2', '-keyout', '/dev/null']).toString();
  });
  beforeEach(() => (store = testStore()));
  afterEach(() => store.cleanup());

  const cloudHsm = (name = 'hsm-store', cluster = 'cluster-2a23b4cdefg') => ({ CustomKeyStoreName: name, CloudHsmClusterId: cluster, KeyStorePassword: 'kmsPswd1', TrustAnchorCertificate: trustAnchor });
  const xks = (name = 'xks-store', endpoint = 'https://xks.example.com') => ({
    CustomKeyStoreName: name, CustomKeyStoreType: 'EXTERNAL_KEY_STORE', XksProxyConnectivity: 'PUBLIC_ENDPOINT', XksProxyUriEndpoint: endpoint,
    XksProxyUriPath: '/example/prefix/kms/xks/v1', XksProxyAuthenticationCredential: { AccessKeyId: 'ABCDEF234567ABCDEFGH', RawSecretAccessKey: 'DXjSUawnel2fr6SKC7G25CNxTyWKE5PF9XX6H/u9pSo=' },
  });

  it('creates a CloudHSM key store, disconnected, and describes it as AWS does', async () => {
    const { CustomKeyStoreId } = await store.call('CreateCustomKeyStore', cloudHsm());
    expect(CustomKeyStoreId).to.match(/^cks-[0-9a-f]{17}$/);
    const [entry] = (await store.call('DescribeCustomKeyStores', { CustomKeyStoreId })).CustomKeyStores;
    expect(entry).to.deep.include({ CustomKeyStoreId, CustomKeyStoreName: 'hsm-store', CloudHsmClusterId: 'cluster-2a23b4cdefg', TrustAnchorCertificate: trustAnchor, ConnectionState: 'DISCONNECTED', CustomKeyStoreType: 'AWS_CLOUDHSM' });
    expect(entry).to.not.have.property('XksProxyConfiguration');
    // made again with the same properties while disconnected: the same store
    expect((await store.call('CreateCustomKeyStore', cloudHsm())).CustomKeyStoreId).to.equal(CustomKeyStoreId);
    expect(await store.error('CreateCustomKeyStore', cloudHsm('hsm-store', 'cluster-2b34c5defgh'))).to.deep.include({ type: 'CustomKeyStoreNameInUseException' });
    expect((await store.error('CreateCustomKeyStore', cloudHsm('other', 'cluster-2a23b4cdefg'))).type).to.equal('CloudHsmClusterInUseException');
    expect((await store.error('CreateCustomKeyStore', { ...cloudHsm('bad'), CloudHsmClusterId: 'cluster-3c45d6efghi', TrustAnchorCertificate: 'not a certificate' })).type).to.equal('IncorrectTrustAnchorException');
    expect((await store.error('CreateCustomKeyStore', { CustomKeyStoreName: 'missing' })).message).to.equal('CloudHsmClusterId, TrustAnchorCertificate, KeyStorePassword are required for a custom key store of type AWS_CLOUDHSM.');
  });

  it('an external key store shows its proxy configuration and never its secret', async () => {
    const { CustomKeyStoreId } = await store.call('CreateCustomKeyStore', xks());
    const [entry] = (await store.call('DescribeCustomKeyStores', { CustomKeyStoreName: 'xks-store' })).CustomKeyStores;
    expect(entry.XksProxyConfiguration).to.deep.equal({ Connectivity: 'PUBLIC_ENDPOINT', AccessKeyId: 'ABCDEF234567ABCDEFGH', UriEndpoint: 'https://xks.example.com', UriPath: '/example/prefix/kms/xks/v1' });
    expect(JSON.stringify(store.ctx.store.get('keystores', CustomKeyStoreId))).to.not.contain('DXjSUawnel2fr6SKC7G25CNxTyWKE5PF9XX6H');
    expect((await store.error('CreateCustomKeyStore', xks('second'))).type).to.equal('XksProxyUriInUseException');
    expect((await store.error('CreateCustomKeyStore', { ...xks('vpc', 'https://vpc.example.com'), XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE' })).message).to.equal('XksProxyVpcEndpointServiceName is required when XksProxyConnectivity is VPC_ENDPOINT_SERVICE.');
    const vpc = await store.call('CreateCustomKeyStore', { ...xks('vpc', 'https://vpc.example.com'), XksProxyConnectivity: 'VPC_ENDPOINT_SERVICE', XksProxyVpcEndpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-example1' });
    const vpcEntry = (await store.call('DescribeCustomKeyStores', { CustomKeyStoreId: vpc.CustomKeyStoreId })).CustomKeyStores[0];
    expect(vpcEntry.XksProxyConfiguration).to.include({ VpcEndpointServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-example1', VpcEndpointServiceOwner: '111122223333' });
    expect((await store.error('CreateCustomKeyStore', { ...xks('bad-path'), XksProxyUriPath: '/not/the/path' })).message).to.contain("at 'xksProxyUriPath' failed to satisfy constraint");
    expect((await store.call('DescribeCustomKeyStores')).CustomKeyStores.map((s: { CustomKeyStoreName: string }) => s.CustomKeyStoreName)).to.deep.equal(['xks-store', 'vpc']);
  });

  it('keys are made in a connected store only, are Unavailable while it is disconnected, and keep it from being deleted', async () => {
    const { CustomKeyStoreId } = await store.call('CreateCustomKeyStore', cloudHsm());
    expect((await store.error('CreateKey', { CustomKeyStoreId, Origin: 'AWS_CLOUDHSM' })).type).to.equal('CustomKeyStoreInvalidStateException');
    await store.call('ConnectCustomKeyStore', { CustomKeyStoreId });
    expect((await store.call('DescribeCustomKeyStores', { CustomKeyStoreId })).CustomKeyStores[0].ConnectionState).to.equal('CONNECTED');
    const key = (await store.call('CreateKey', { CustomKeyStoreId, Origin: 'AWS_CLOUDHSM' })).KeyMetadata;
    expect(key).to.include({ Origin: 'AWS_CLOUDHSM', CustomKeyStoreId, CloudHsmClusterId: 'cluster-2a23b4cdefg', KeyState: 'Enabled', MultiRegion: false });
    const blob = (await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('in the store') })).CiphertextBlob;
    expect((await store.error('CreateKey', { CustomKeyStoreId, KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })).type).to.equal('UnsupportedOperationException');
    expect((await store.error('CreateKey', { CustomKeyStoreId, MultiRegion: true })).type).to.equal('UnsupportedOperationException');
    expect(await store.error('EnableKeyRotation', { KeyId: key.KeyId })).to.deep.equal({ type: 'UnsupportedOperationException', message: `${key.Arn} origin is AWS_CLOUDHSM which is not valid for this operation.` });
    expect((await store.call('GenerateRandom', { NumberOfBytes: 16, CustomKeyStoreId })).Plaintext).to.have.length(16);

    expect((await store.error('DeleteCustomKeyStore', { CustomKeyStoreId })).type).to.equal('CustomKeyStoreInvalidStateException');
    await store.call('DisconnectCustomKeyStore', { CustomKeyStoreId });
    expect((await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata).to.include({ KeyState: 'Unavailable', Enabled: false });
    expect(await store.error('Decrypt', { CiphertextBlob: blob })).to.deep.equal({ type: 'KMSInvalidStateException', message: `${key.Arn} is unavailable.` });
    expect((await store.error('DeleteCustomKeyStore', { CustomKeyStoreId })).type).to.equal('CustomKeyStoreHasCMKsException');
    // the name changes in any state; the password only while disconnected
    await store.call('UpdateCustomKeyStore', { CustomKeyStoreId, NewCustomKeyStoreName: 'renamed', KeyStorePassword: 'newPswd2' });
    await store.call('ConnectCustomKeyStore', { CustomKeyStoreId });
    expect((await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.KeyState).to.equal('Enabled');
    expect(Buffer.from((await store.call('Decrypt', { CiphertextBlob: blob })).Plaintext).toString()).to.equal('in the store');
    expect((await store.error('UpdateCustomKeyStore', { CustomKeyStoreId, KeyStorePassword: 'otherPswd3' })).type).to.equal('CustomKeyStoreInvalidStateException');
    await store.call('UpdateCustomKeyStore', { CustomKeyStoreId, NewCustomKeyStoreName: 'renamed-again' });
  });

  it('an external key store key names its external key, once per store', async () => {
    const { CustomKeyStoreId } = await store.call('CreateCustomKeyStore', xks());
    await store.call('ConnectCustomKeyStore', { CustomKeyStoreId });
    expect((await store.error('CreateKey', { CustomKeyStoreId })).message).to.equal('XksKeyId is required for a KMS key with Origin EXTERNAL_KEY_STORE.');
    const key = (await store.call('CreateKey', { CustomKeyStoreId, Origin: 'EXTERNAL_KEY_STORE', XksKeyId: 'bb8562717f809024' })).KeyMetadata;
    expect(key).to.deep.include({ Origin: 'EXTERNAL_KEY_STORE', XksKeyConfiguration: { Id: 'bb8562717f809024' } });
    expect((await store.error('CreateKey', { CustomKeyStoreId, XksKeyId: 'bb8562717f809024' })).type).to.equal('XksKeyAlreadyInUseException');
    expect((await store.error('CreateKey', { CustomKeyStoreId, Origin: 'AWS_CLOUDHSM', XksKeyId: 'other' })).type).to.equal('UnsupportedOperationException');
    expect((await store.error('CreateKey', { XksKeyId: 'no-store' })).type).to.equal('ValidationException');
    expect((await store.error('GenerateRandom', { NumberOfBytes: 8, CustomKeyStoreId })).type).to.equal('UnsupportedOperationException');
    await store.call('DisconnectCustomKeyStore', { CustomKeyStoreId });
    expect((await store.error('DisconnectCustomKeyStore', { CustomKeyStoreId })).type).to.equal('CustomKeyStoreInvalidStateException');
    await store.call('ScheduleKeyDeletion', { KeyId: key.KeyId, PendingWindowInDays: 7 });
    expect((await store.error('DeleteCustomKeyStore', { CustomKeyStoreId })).type).to.equal('CustomKeyStoreHasCMKsException');
    // past its deletion date the key no longer counts, even before anything else has purged it
    const later = testStore({ home: store.home, env: { PSKMS_CLOCK_OFFSET: '8d' } });
    await later.call('DeleteCustomKeyStore', { CustomKeyStoreId });
    expect((await later.error('DescribeKey', { KeyId: key.KeyId })).type).to.equal('NotFoundException');
    expect(await later.error('DescribeCustomKeyStores', { CustomKeyStoreId })).to.deep.equal({
      type: 'CustomKeyStoreNotFoundException', message: 'The request was rejected because KMS cannot find a custom key store with the specified key store name or ID.',
    });
  });
});
