// Update-KMSCustomKeyStore (UpdateCustomKeyStore)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Update-KMSCustomKeyStore',
  operation: 'UpdateCustomKeyStore',
  synopsis: 'Changes the properties of a custom key store: its name in any state, most others only while it is disconnected.',
  example: 'Update-KMSCustomKeyStore -CustomKeyStoreId $id -NewCustomKeyStoreName app-hsm-2 -Force',
  parameters: [
    { name: 'CustomKeyStoreId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'CloudHsmClusterId', type: 'string' },
    { name: 'KeyStorePassword', type: 'string' },
    { name: 'NewCustomKeyStoreName', type: 'string' },
    { name: 'XksProxyAuthenticationCredential_AccessKeyId', type: 'string', member: 'XksProxyAuthenticationCredential.AccessKeyId' },
    { name: 'XksProxyAuthenticationCredential_RawSecretAccessKey', type: 'string', member: 'XksProxyAuthenticationCredential.RawSecretAccessKey' },
    { name: 'XksProxyConnectivity', type: 'XksProxyConnectivityType' },
    { name: 'XksProxyUriEndpoint', type: 'string' },
    { name: 'XksProxyUriPath', type: 'string' },
    { name: 'XksProxyVpcEndpointServiceName', type: 'string' },
    { name: 'XksProxyVpcEndpointServiceOwner', type: 'string' },
  ],
  select: '',
  shouldProcess: { target: 'CustomKeyStoreId' },
} satisfies CmdletDefinition;
