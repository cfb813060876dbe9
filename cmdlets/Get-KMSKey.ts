// Get-KMSKey (DescribeKey)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Get-KMSKey',
  operation: 'DescribeKey',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] },
  ],
  select: 'KeyMetadata',
  passThru: 'KeyId',
} satisfies CmdletDefinition;
