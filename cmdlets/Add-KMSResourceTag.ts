// Add-KMSResourceTag (TagResource)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Add-KMSResourceTag',
  operation: 'TagResource',
  synopsis: 'Adds or edits tags on a customer managed KMS key.',
  example: 'Add-KMSResourceTag -KeyId alias/app -Tag @{ TagKey = \'team\'; TagValue = \'billing\' }',
  parameters: [KEY_ID_POSITIONAL, { name: 'Tag', member: 'Tags', aliases: ['Tags'] }],
  select: '',
  shouldProcess: { target: 'KeyId' },
  passThru: 'KeyId',
} satisfies CmdletSource;
