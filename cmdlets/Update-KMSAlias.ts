// Update-KMSAlias (UpdateAlias)
import type { CmdletSource } from '../src/binding/definition.js';

export default {
  name: 'Update-KMSAlias',
  operation: 'UpdateAlias',
  synopsis: 'Associates an existing alias with a different KMS key of the same type and usage.',
  example: 'Update-KMSAlias -AliasName alias/app -TargetKeyId $newKey.KeyId',
  parameters: [
    { name: 'AliasName' },
    { name: 'TargetKeyId', position: 0, valueFromPipeline: true },
  ],
  select: '',
  shouldProcess: { target: 'TargetKeyId' },
} satisfies CmdletSource;
