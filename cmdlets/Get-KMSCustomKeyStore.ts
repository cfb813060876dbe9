// Get-KMSCustomKeyStore (DescribeCustomKeyStores)
import type { CmdletSource } from '../src/binding/definition.js';
import { PAGING } from './shared-parameters.js';

export default {
  name: 'Get-KMSCustomKeyStore',
  operation: 'DescribeCustomKeyStores',
  synopsis: 'Gets information about the custom key stores in the account and Region, or the one named by id or name.',
  example: 'Get-KMSCustomKeyStore | Format-Table CustomKeyStoreId, CustomKeyStoreName, ConnectionState',
  parameters: [
    { name: 'CustomKeyStoreId', position: 0, valueFromPipeline: true },
    { name: 'CustomKeyStoreName' },
    ...PAGING,
  ],
  select: 'CustomKeyStores',
} satisfies CmdletSource;
