// New-KMSAlias (CreateAlias)
import type { CmdletSource } from '../src/binding/definition.js';

export default {
  name: 'New-KMSAlias',
  operation: 'CreateAlias',
  synopsis: 'Creates a friendly name for a KMS key.',
  example: 'New-KMSAlias -AliasName alias/app -TargetKeyId $key.KeyId',
  parameters: [
    { name: 'AliasName' },
    { name: 'TargetKeyId', position: 0, valueFromPipeline: true },
  ],
  select: '',
  shouldProcess: { target: 'TargetKeyId' },
} satisfies CmdletSource;
