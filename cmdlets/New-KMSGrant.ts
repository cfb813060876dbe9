// New-KMSGrant (CreateGrant)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'New-KMSGrant',
  operation: 'CreateGrant',
  synopsis: 'Adds a grant to a KMS key: permission for a principal to use the key in the operations named.',
  example: "$grant = New-KMSGrant -KeyId $key.KeyId -GranteePrincipal 'arn:aws:iam::111122223333:role/app' -Operation Encrypt, Decrypt -Force\n$grant.GrantId",
  parameters: [
    { name: 'KeyId' },
    { name: 'Operation', member: 'Operations', aliases: ['Operations'] },
    { name: 'GranteePrincipal' },
    { name: 'GranteeServicePrincipal' },
    { name: 'RetiringPrincipal' },
    { name: 'RetiringServicePrincipal' },
    { name: 'Constraints_EncryptionContextEqual', member: 'Constraints.EncryptionContextEquals', aliases: ['Constraints_EncryptionContextEquals'] },
    { name: 'Constraints_EncryptionContextSubset', member: 'Constraints.EncryptionContextSubset' },
    { name: 'Constraints_SourceArn', member: 'Constraints.SourceArn' },
    { name: 'Name' },
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
