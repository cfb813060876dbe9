// Remove-KMSCustomKeyStore (DeleteCustomKeyStore)
import type { CmdletSource } from '../src/binding/definition.js';

export default {
  name: 'Remove-KMSCustomKeyStore',
  operation: 'DeleteCustomKeyStore',
  synopsis: 'Deletes a custom key store, which must be disconnected and hold no KMS keys.',
  example: 'Remove-KMSCustomKeyStore -CustomKeyStoreId $id -Force',
  parameters: [{ name: 'CustomKeyStoreId', position: 0, valueFromPipeline: true }],
  select: '',
  shouldProcess: { target: 'CustomKeyStoreId', confirmImpact: 'High' },
} satisfies CmdletSource;
