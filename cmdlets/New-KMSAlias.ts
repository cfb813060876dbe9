// New-KMSAlias (CreateAlias)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'New-KMSAlias',
  operation: 'CreateAlias',
  synopsis: 'Creates a friendly name for a KMS key.',
  example: 'New-KMSAlias -AliasName alias/app -TargetKeyId $key.KeyId',
  parameters: [
    { name: 'AliasName', type: 'string' },
    { name: 'TargetKeyId', type: 'string', position: 0, valueFromPipeline: true },
  ],
  select: '',
  shouldProcess: { target: 'TargetKeyId' },
} satisfies CmdletDefinition;
