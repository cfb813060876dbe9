// Get-KMSResourceTag (ListResourceTags)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL, PAGING } from './shared-parameters.js';

export default {
  name: 'Get-KMSResourceTag',
  operation: 'ListResourceTags',
  synopsis: 'Returns all tags on a KMS key.',
  example: 'Get-KMSResourceTag -KeyId alias/app',
  parameters: [KEY_ID_POSITIONAL, ...PAGING],
  select: 'Tags',
} satisfies CmdletSource;
