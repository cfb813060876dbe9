// New-KMSReplicaKey (ReplicateKey)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'New-KMSReplicaKey',
  operation: 'ReplicateKey',
  synopsis: 'Replicates a multi-Region primary key into another Region of the same partition: a related key with the same id and key material.',
  example: "$replica = New-KMSReplicaKey -KeyId $primary.KeyId -ReplicaRegion eu-west-1 -Force\n$replica.ReplicaKeyMetadata.Arn",
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'ReplicaRegion' },
    { name: 'BypassPolicyLockoutSafetyCheck' },
    { name: 'Description' },
    { name: 'Policy' },
    { name: 'Tag', member: 'Tags', aliases: ['Tags'] },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
