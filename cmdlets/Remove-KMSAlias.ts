// Remove-KMSAlias (DeleteAlias)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Remove-KMSAlias',
  operation: 'DeleteAlias',
  parameters: [{ name: 'AliasName', type: 'string', position: 0, valueFromPipeline: true, mandatory: true }],
  select: '',
  shouldProcess: { target: 'AliasName', confirmImpact: 'High' },
} satisfies CmdletDefinition;
