// New-KMSGrant (CreateGrant)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'New-KMSGrant',
  operation: 'CreateGrant',
  synopsis: 'Adds a grant to a KMS key: permission for a principal to use the key in the operations named.',
  example: "$grant = New-KMSGrant -KeyId $key.KeyId -GranteePrincipal 'arn:aws:iam::111122223333:role/app' -Operation Encrypt, Decrypt -Force\n$grant.GrantId",
  parameters: [
    { name: 'KeyId', type: 'string' },
    { name: 'Operation', type: 'string[]', member: 'Operations', aliases: ['Operations'] },
    { name: 'GranteePrincipal', type: 'string' },
    { name: 'GranteeServicePrincipal', type: 'string' },
    { name: 'RetiringPrincipal', type: 'string' },
    { name: 'RetiringServicePrincipal', type: 'string' },
    { name: 'Constraints_EncryptionContextEqual', type: 'Hashtable', member: 'Constraints.EncryptionContextEquals', aliases: ['Constraints_EncryptionContextEquals'] },
    { name: 'Constraints_EncryptionContextSubset', type: 'Hashtable', member: 'Constraints.EncryptionContextSubset' },
    { name: 'Constraints_SourceArn', type: 'string', member: 'Constraints.SourceArn' },
    { name: 'Name', type: 'string' },
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
