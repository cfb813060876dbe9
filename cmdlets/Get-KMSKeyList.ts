// Get-KMSKeyList (ListKeys)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Get-KMSKeyList',
  operation: 'ListKeys',
  parameters: [
    { name: 'Limit', type: 'int?', aliases: ['MaxItems'] },
    { name: 'Marker', type: 'string', aliases: ['NextToken'] },
    { name: 'NoAutoIteration', type: 'switch', member: '' },
  ],
  select: 'Keys',
  autoIterate: { marker: 'Marker', nextMarker: 'NextMarker' },
  aliases: ['Get-KMSKeys'],
} satisfies CmdletDefinition;
