// Get-KMSRetirableGrant (ListRetirableGrants)
import type { CmdletSource } from '../src/binding/definition.js';
import { PAGING } from './shared-parameters.js';

export default {
  name: 'Get-KMSRetirableGrant',
  operation: 'ListRetirableGrants',
  synopsis: 'Lists the grants in the account and Region that a retiring principal can retire.',
  example: "Get-KMSRetirableGrant -RetiringPrincipal 'arn:aws:iam::111122223333:role/admin'",
  parameters: [
    { name: 'RetiringPrincipal' },
    { name: 'RetiringServicePrincipal' },
    ...PAGING,
  ],
  select: 'Grants',
} satisfies CmdletSource;
