// Disconnect-KMSCustomKeyStore (DisconnectCustomKeyStore)
import type { CmdletSource } from '../src/binding/definition.js';

export default {
  name: 'Disconnect-KMSCustomKeyStore',
  operation: 'DisconnectCustomKeyStore',
  synopsis: 'Disconnects a custom key store: its KMS keys are Unavailable until it is connected again.',
  example: 'Disconnect-KMSCustomKeyStore -CustomKeyStoreId $id -Force',
  parameters: [{ name: 'CustomKeyStoreId', position: 0, valueFromPipeline: true }],
  select: '',
  shouldProcess: { target: 'CustomKeyStoreId' },
} satisfies CmdletSource;
