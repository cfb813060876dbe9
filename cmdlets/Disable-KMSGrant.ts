// Disable-KMSGrant (RetireGrant)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN } from './shared-parameters.js';

export default {
  name: 'Disable-KMSGrant',
  operation: 'RetireGrant',
  synopsis: 'Retires a grant, named by its grant token or by its key and grant ID.',
  example: 'Disable-KMSGrant -GrantToken $grant.GrantToken -Force',
  parameters: [
    { name: 'GrantToken' },
    { name: 'KeyId' },
    { name: 'GrantId' },
    DRY_RUN,
  ],
  select: '',
  shouldProcess: { target: 'GrantToken' },
} satisfies CmdletSource;
