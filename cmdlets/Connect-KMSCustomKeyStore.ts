// Connect-KMSCustomKeyStore (ConnectCustomKeyStore)
import type { CmdletSource } from '../src/binding/definition.js';

export default {
  name: 'Connect-KMSCustomKeyStore',
  operation: 'ConnectCustomKeyStore',
  synopsis: 'Connects a custom key store so that KMS keys can be created and used in it.',
  example: 'Connect-KMSCustomKeyStore -CustomKeyStoreId $id -Force',
  parameters: [{ name: 'CustomKeyStoreId', position: 0, valueFromPipeline: true }],
  select: '',
  shouldProcess: { target: 'CustomKeyStoreId' },
} satisfies CmdletSource;
