// Remove-KMSResourceTag (UntagResource)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Remove-KMSResourceTag',
  operation: 'UntagResource',
  parameters: [KEY_ID_POSITIONAL, { name: 'TagKey', type: 'string[]', member: 'TagKeys', aliases: ['TagKeys'], mandatory: true }],
  select: '',
  shouldProcess: { target: 'KeyId', confirmImpact: 'High' },
} satisfies CmdletDefinition;
