// Get-KMSSharedSecret (DeriveSharedSecret)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Get-KMSSharedSecret',
  operation: 'DeriveSharedSecret',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'KeyAgreementAlgorithm', type: 'KeyAgreementAlgorithmSpec', mandatory: true },
    { name: 'PublicKey', type: 'byte[]', mandatory: true },
    { name: 'Recipient_AttestationDocument', type: 'byte[]', member: 'Recipient.AttestationDocument' },
    { name: 'Recipient_KeyEncryptionAlgorithm', type: 'KeyEncryptionMechanism', member: 'Recipient.KeyEncryptionAlgorithm' },
    { name: 'DryRun', type: 'bool?' },
    { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] },
  ],
  select: '*',
} satisfies CmdletDefinition;
