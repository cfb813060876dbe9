// New-KMSRandom (GenerateRandom)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { RECIPIENT } from './shared-parameters.js';

export default {
  name: 'New-KMSRandom',
  operation: 'GenerateRandom',
  synopsis: 'Returns a random byte string that is cryptographically secure.',
  example: '$bytes = (New-KMSRandom -NumberOfBytes 32).ToArray()',
  parameters: [
    { name: 'NumberOfBytes', type: 'int?', position: 0, valueFromPipeline: true },
    { name: 'CustomKeyStoreId', type: 'string' },
    ...RECIPIENT,
  ],
  select: 'Plaintext',
  shouldProcess: { target: null },
} satisfies CmdletDefinition;
