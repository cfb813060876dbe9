// Update-KMSPrimaryRegion (UpdatePrimaryRegion)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Update-KMSPrimaryRegion',
  operation: 'UpdatePrimaryRegion',
  synopsis: 'Makes the replica of a multi-Region key in another Region its primary key; the primary key becomes a replica.',
  example: 'Update-KMSPrimaryRegion -KeyId $primary.KeyId -PrimaryRegion eu-west-1 -Force',
  parameters: [KEY_ID_POSITIONAL, { name: 'PrimaryRegion' }],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
