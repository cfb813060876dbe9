// New-KMSDataKeyWithoutPlaintext (GenerateDataKeyWithoutPlaintext)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'New-KMSDataKeyWithoutPlaintext',
  operation: 'GenerateDataKeyWithoutPlaintext',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'KeySpec', type: 'DataKeySpec' },
    { name: 'NumberOfBytes', type: 'int?' },
    { name: 'EncryptionContext', type: 'Hashtable' },
    { name: 'DryRun', type: 'bool?' },
    { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
