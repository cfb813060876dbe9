// Remove-KMSResourceTag (UntagResource)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Remove-KMSResourceTag',
  operation: 'UntagResource',
  synopsis: 'Deletes tags from a customer managed KMS key.',
  example: 'Remove-KMSResourceTag -KeyId alias/app -TagKey team -Force',
  parameters: [KEY_ID_POSITIONAL, { name: 'TagKey', member: 'TagKeys', aliases: ['TagKeys'] }],
  select: '',
  shouldProcess: { target: 'KeyId', confirmImpact: 'High' },
} satisfies CmdletSource;
