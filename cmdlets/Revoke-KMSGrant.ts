// Revoke-KMSGrant (RevokeGrant)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Revoke-KMSGrant',
  operation: 'RevokeGrant',
  synopsis: 'Deletes a grant from a KMS key, named by the key and the grant ID.',
  example: 'Revoke-KMSGrant -KeyId $key.KeyId -GrantId $grant.GrantId -Force',
  parameters: [KEY_ID_POSITIONAL, { name: 'GrantId' }, DRY_RUN],
  select: '',
  shouldProcess: { target: 'KeyId' },
  passThru: 'KeyId',
} satisfies CmdletSource;
