// New-KMSRandom (GenerateRandom)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'New-KMSRandom',
  operation: 'GenerateRandom',
  parameters: [
    { name: 'NumberOfBytes', type: 'int?', position: 0, valueFromPipeline: true },
    { name: 'CustomKeyStoreId', type: 'string' },
    { name: 'Recipient_AttestationDocument', type: 'byte[]', member: 'Recipient.AttestationDocument' },
    { name: 'Recipient_KeyEncryptionAlgorithm', type: 'KeyEncryptionMechanism', member: 'Recipient.KeyEncryptionAlgorithm' },
  ],
  select: 'Plaintext',
  shouldProcess: { target: null },
} satisfies CmdletDefinition;
