// Remove-KMSAlias (DeleteAlias)
import type { CmdletSource } from '../src/binding/definition.js';

export default {
  name: 'Remove-KMSAlias',
  operation: 'DeleteAlias',
  synopsis: 'Deletes the specified alias; the KMS key it named is not affected.',
  example: 'Remove-KMSAlias -AliasName alias/app -Force',
  parameters: [{ name: 'AliasName', position: 0, valueFromPipeline: true }],
  select: '',
  shouldProcess: { target: 'AliasName', confirmImpact: 'High' },
} satisfies CmdletSource;
