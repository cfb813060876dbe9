// Enable-KMSKey (EnableKey)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Enable-KMSKey',
  operation: 'EnableKey',
  parameters: [{ name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true }],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
