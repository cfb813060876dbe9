// Get-KMSKeyList (ListKeys)
import type { CmdletSource } from '../src/binding/definition.js';
import { PAGING } from './shared-parameters.js';

export default {
  name: 'Get-KMSKeyList',
  operation: 'ListKeys',
  synopsis: 'Gets a list of all KMS keys in the caller\'s account and Region.',
  example: 'Get-KMSKeyList | Get-KMSKey | Format-Table KeyId, KeyState, KeySpec',
  parameters: [
    ...PAGING,
  ],
  select: 'Keys',
  aliases: ['Get-KMSKeys'],
} satisfies CmdletSource;
