// Get-KMSKeyRotation (ListKeyRotations)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Get-KMSKeyRotation',
  operation: 'ListKeyRotations',
  synopsis: 'Lists the completed rotations of a KMS key\'s material, with their dates and types.',
  example: 'Get-KMSKeyRotation -KeyId $key.KeyId | Format-Table KeyMaterialId, RotationDate, RotationType',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'IncludeKeyMaterial' },
    // (AWS.Tools gives this cmdlet no MaxItems alias)
    { name: 'Limit' },
    { name: 'Marker', aliases: ['NextToken'] },
    { name: 'NoAutoIteration', type: 'switch', member: '' },
  ],
  select: 'Rotations',
} satisfies CmdletSource;
