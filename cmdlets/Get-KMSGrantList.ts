// Get-KMSGrantList (ListGrants)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL, PAGING } from './shared-parameters.js';

export default {
  name: 'Get-KMSGrantList',
  operation: 'ListGrants',
  synopsis: 'Lists the grants on a KMS key, optionally only those with a grant ID or grantee principal.',
  example: 'Get-KMSGrantList -KeyId $key.KeyId | Format-Table GrantId, GranteePrincipal, Operations',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'GrantId' },
    { name: 'GranteePrincipal' },
    { name: 'GranteeServicePrincipal' },
    ...PAGING,
  ],
  select: 'Grants',
  aliases: ['Get-KMSGrants'],
} satisfies CmdletSource;
