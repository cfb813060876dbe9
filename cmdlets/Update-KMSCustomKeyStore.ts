// Update-KMSCustomKeyStore (UpdateCustomKeyStore)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { XKS_PROXY } from './shared-parameters.js';

export default {
  name: 'Update-KMSCustomKeyStore',
  operation: 'UpdateCustomKeyStore',
  synopsis: 'Changes the properties of a custom key store: its name in any state, most others only while it is disconnected.',
  example: 'Update-KMSCustomKeyStore -CustomKeyStoreId $id -NewCustomKeyStoreName app-hsm-2 -Force',
  parameters: [
    { name: 'CustomKeyStoreId', type: 'string', position: 0, valueFromPipeline: true },
    { name: 'CloudHsmClusterId', type: 'string' },
    { name: 'KeyStorePassword', type: 'string' },
    { name: 'NewCustomKeyStoreName', type: 'string' },
    ...XKS_PROXY,
  ],
  select: '',
  shouldProcess: { target: 'CustomKeyStoreId' },
} satisfies CmdletDefinition;
