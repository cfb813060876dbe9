// New-KMSDataKeyPairWithoutPlaintext (GenerateDataKeyPairWithoutPlaintext)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'New-KMSDataKeyPairWithoutPlaintext',
  operation: 'GenerateDataKeyPairWithoutPlaintext',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'KeyPairSpec', type: 'DataKeyPairSpec', mandatory: true },
    { name: 'EncryptionContext', type: 'Hashtable' },
    { name: 'DryRun', type: 'bool?' },
    { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
