// New-KMSRandom (GenerateRandom)
import type { CmdletSource } from '../src/binding/definition.js';
import { RECIPIENT } from './shared-parameters.js';

export default {
  name: 'New-KMSRandom',
  operation: 'GenerateRandom',
  synopsis: 'Returns a random byte string that is cryptographically secure.',
  example: '$bytes = (New-KMSRandom -NumberOfBytes 32).ToArray()',
  parameters: [
    { name: 'NumberOfBytes', position: 0, valueFromPipeline: true },
    { name: 'CustomKeyStoreId' },
    ...RECIPIENT,
  ],
  select: 'Plaintext',
  shouldProcess: { target: null },
} satisfies CmdletSource;
