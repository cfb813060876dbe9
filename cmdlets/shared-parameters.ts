// Parameters many KMS cmdlets declare identically in AWS.Tools.
import type { ParameterDefinition } from '../src/binding/definition.js';

/** The key as the first positional parameter, from the pipeline too (Get-KMSKey, Invoke-KMSEncrypt, …). */
export const KEY_ID_POSITIONAL: ParameterDefinition = { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true };

export const DRY_RUN: ParameterDefinition = { name: 'DryRun', type: 'bool?' };

/** AWS.Tools 5.0.156 and later: DryRun's modifiers (IGNORE_CIPHERTEXT) on Invoke-KMSDecrypt and Invoke-KMSReEncrypt. */
export const DRY_RUN_MODIFIER: ParameterDefinition = { name: 'DryRunModifier', type: 'string[]', member: 'DryRunModifiers', aliases: ['DryRunModifiers'] };

export const GRANT_TOKEN: ParameterDefinition = { name: 'GrantToken', type: 'string[]', member: 'GrantTokens', aliases: ['GrantTokens'] };

export const ENCRYPTION_CONTEXT: ParameterDefinition = { name: 'EncryptionContext', type: 'Hashtable' };

/** The Recipient structure, flattened as AWS.Tools flattens it. */
export const RECIPIENT: readonly ParameterDefinition[] = [
  { name: 'Recipient_AttestationDocument', type: 'byte[]', member: 'Recipient.AttestationDocument' },
  { name: 'Recipient_KeyEncryptionAlgorithm', type: 'KeyEncryptionMechanism', member: 'Recipient.KeyEncryptionAlgorithm' },
];

/** The paging parameters of the list cmdlets. */
export const PAGING: readonly ParameterDefinition[] = [
  { name: 'Limit', type: 'int?', aliases: ['MaxItems'] },
  { name: 'Marker', type: 'string', aliases: ['NextToken'] },
  { name: 'NoAutoIteration', type: 'switch', member: '' },
];

/** An external key store's proxy settings, with its credential flattened as AWS.Tools flattens it (New- and Update-KMSCustomKeyStore). */
export const XKS_PROXY: readonly ParameterDefinition[] = [
  { name: 'XksProxyAuthenticationCredential_AccessKeyId', type: 'string', member: 'XksProxyAuthenticationCredential.AccessKeyId' },
  { name: 'XksProxyAuthenticationCredential_RawSecretAccessKey', type: 'string', member: 'XksProxyAuthenticationCredential.RawSecretAccessKey' },
  { name: 'XksProxyConnectivity', type: 'XksProxyConnectivityType' },
  { name: 'XksProxyUriEndpoint', type: 'string' },
  { name: 'XksProxyUriPath', type: 'string' },
  { name: 'XksProxyVpcEndpointServiceName', type: 'string' },
  { name: 'XksProxyVpcEndpointServiceOwner', type: 'string' },
];
