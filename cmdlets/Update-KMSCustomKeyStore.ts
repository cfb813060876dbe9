// Update-KMSCustomKeyStore (UpdateCustomKeyStore)
import type { CmdletSource } from '../src/binding/definition.js';
import { XKS_PROXY } from './shared-parameters.js';

export default {
  name: 'Update-KMSCustomKeyStore',
  operation: 'UpdateCustomKeyStore',
  synopsis: 'Changes the properties of a custom key store: its name in any state, most others only while it is disconnected.',
  example: 'Update-KMSCustomKeyStore -CustomKeyStoreId $id -NewCustomKeyStoreName app-hsm-2 -Force',
  parameters: [
    { name: 'CustomKeyStoreId', position: 0, valueFromPipeline: true },
    { name: 'CloudHsmClusterId' },
    { name: 'KeyStorePassword' },
    { name: 'NewCustomKeyStoreName' },
    ...XKS_PROXY,
  ],
  select: '',
  shouldProcess: { target: 'CustomKeyStoreId' },
} satisfies CmdletSource;
