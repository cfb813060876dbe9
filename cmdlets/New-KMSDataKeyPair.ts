// New-KMSDataKeyPair (GenerateDataKeyPair)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'New-KMSDataKeyPair',
  operation: 'GenerateDataKeyPair',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'KeyPairSpec', type: 'DataKeyPairSpec', mandatory: true },
    { name: 'EncryptionContext', type: 'Hashtable' },
    { name: 'Recipient_AttestationDocument', type: 'byte[]', member: 'Recipient.AttestationDocument' },
    { name: 'Recipient_KeyEncryptionAlgorithm', type: 'KeyEncryptionMechanism', member: 'Recipient.KeyEncryptionAlgorithm' },
    { name: 'DryRun', type: 'bool?' },
    { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
  passThru: 'KeyId',
} satisfies CmdletDefinition;
