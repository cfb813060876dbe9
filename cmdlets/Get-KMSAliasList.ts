// Get-KMSAliasList (ListAliases)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Get-KMSAliasList',
  operation: 'ListAliases',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true },
    { name: 'Limit', type: 'int?', aliases: ['MaxItems'] },
    { name: 'Marker', type: 'string', aliases: ['NextToken'] },
    { name: 'NoAutoIteration', type: 'switch', member: '' },
  ],
  select: 'Aliases',
  autoIterate: { marker: 'Marker', nextMarker: 'NextMarker' },
  aliases: ['Get-KMSAliases'],
} satisfies CmdletDefinition;
