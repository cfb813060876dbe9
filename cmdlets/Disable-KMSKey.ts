// Disable-KMSKey (DisableKey)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Disable-KMSKey',
  operation: 'DisableKey',
  parameters: [{ name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true }],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
