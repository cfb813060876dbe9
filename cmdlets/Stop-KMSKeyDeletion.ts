// Stop-KMSKeyDeletion (CancelKeyDeletion)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Stop-KMSKeyDeletion',
  operation: 'CancelKeyDeletion',
  parameters: [{ name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true }],
  select: 'KeyId',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
