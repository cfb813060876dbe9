// New-KMSDataKey (GenerateDataKey)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'New-KMSDataKey',
  operation: 'GenerateDataKey',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'KeySpec', type: 'DataKeySpec' },
    { name: 'NumberOfBytes', type: 'int?' },
    { name: 'EncryptionContext', type: 'Hashtable' },
    { name: 'Recipient_AttestationDocument', type: 'byte[]', member: 'Recipient.AttestationDocument' },
    { name: 'Recipient_KeyEncryptionAlgorithm', type: 'KeyEncryptionMechanism', member: 'Recipient.KeyEncryptionAlgorithm' },
    { name: 'DryRun', type: 'bool?' },
    { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] },
  ],
  select: '*',
  shouldProcess: { target: null },
} satisfies CmdletDefinition;
