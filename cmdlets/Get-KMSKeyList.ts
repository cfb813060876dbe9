// Get-KMSKeyList (ListKeys)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { PAGING } from './shared-parameters.js';

export default {
  name: 'Get-KMSKeyList',
  operation: 'ListKeys',
  parameters: [
    ...PAGING,
  ],
  select: 'Keys',
  autoIterate: { marker: 'Marker', nextMarker: 'NextMarker' },
  aliases: ['Get-KMSKeys'],
} satisfies CmdletDefinition;
