// Invoke-KMSDecrypt (Decrypt)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Invoke-KMSDecrypt',
  operation: 'Decrypt',
  parameters: [
    { name: 'CiphertextBlob', type: 'byte[]', mandatory: true },
    { name: 'KeyId', type: 'string' },
    { name: 'EncryptionAlgorithm', type: 'EncryptionAlgorithmSpec' },
    { name: 'EncryptionContext', type: 'Hashtable' },
    { name: 'Recipient_AttestationDocument', type: 'byte[]', member: 'Recipient.AttestationDocument' },
    { name: 'Recipient_KeyEncryptionAlgorithm', type: 'KeyEncryptionMechanism', member: 'Recipient.KeyEncryptionAlgorithm' },
    { name: 'DryRun', type: 'bool?' },
    { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] },
  ],
  select: '*',
} satisfies CmdletDefinition;
