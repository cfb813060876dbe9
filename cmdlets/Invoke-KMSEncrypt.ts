// Invoke-KMSEncrypt (Encrypt)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Invoke-KMSEncrypt',
  operation: 'Encrypt',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'Plaintext', type: 'byte[]', mandatory: true },
    { name: 'EncryptionAlgorithm', type: 'EncryptionAlgorithmSpec' },
    { name: 'EncryptionContext', type: 'Hashtable' },
    { name: 'DryRun', type: 'bool?' },
    { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
