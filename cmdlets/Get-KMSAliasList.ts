// Get-KMSAliasList (ListAliases)
import type { CmdletSource } from '../src/binding/definition.js';
import { PAGING } from './shared-parameters.js';

export default {
  name: 'Get-KMSAliasList',
  operation: 'ListAliases',
  synopsis: 'Gets a list of aliases in the caller\'s account and Region, or those of one KMS key.',
  example: 'Get-KMSAliasList | Where-Object TargetKeyId -eq $key.KeyId',
  parameters: [
    { name: 'KeyId', position: 0, valueFromPipeline: true },
    ...PAGING,
  ],
  select: 'Aliases',
  aliases: ['Get-KMSAliases'],
} satisfies CmdletSource;
