// Get-KMSPublicKey (GetPublicKey)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Get-KMSPublicKey',
  operation: 'GetPublicKey',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] },
  ],
  select: '*',
} satisfies CmdletDefinition;
