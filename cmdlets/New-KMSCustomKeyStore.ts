// New-KMSCustomKeyStore (CreateCustomKeyStore)
import type { CmdletSource } from '../src/binding/definition.js';
import { XKS_PROXY } from './shared-parameters.js';

export default {
  name: 'New-KMSCustomKeyStore',
  operation: 'CreateCustomKeyStore',
  synopsis: 'Creates a custom key store: an AWS CloudHSM key store, or an external key store behind an external key store proxy.',
  example: "$id = New-KMSCustomKeyStore -CustomKeyStoreName app-hsm -CloudHsmClusterId cluster-1a23b4cdefg -KeyStorePassword 'kmsPswd1' -TrustAnchorCertificate (Get-Content -Raw customerCA.crt) -Force",
  parameters: [
    { name: 'CustomKeyStoreName', position: 0, valueFromPipeline: true },
    { name: 'CloudHsmClusterId' },
    { name: 'CustomKeyStoreType' },
    { name: 'KeyStorePassword' },
    { name: 'TrustAnchorCertificate' },
    ...XKS_PROXY,
  ],
  select: 'CustomKeyStoreId',
  shouldProcess: { target: 'CustomKeyStoreName' },
} satisfies CmdletSource;
