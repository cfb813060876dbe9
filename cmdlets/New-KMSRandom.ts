// New-KMSRandom (GenerateRandom)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { RECIPIENT } from './shared-parameters.js';

export default {
  name: 'New-KMSRandom',
  operation: 'GenerateRandom',
  parameters: [
    { name: 'NumberOfBytes', type: 'int?', position: 0, valueFromPipeline: true },
    { name: 'CustomKeyStoreId', type: 'string' },
    ...RECIPIENT,
  ],
  select: 'Plaintext',
  shouldProcess: { target: null },
} satisfies CmdletDefinition;
