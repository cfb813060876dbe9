// Parameters many KMS cmdlets declare identically in AWS.Tools.
import type { ParameterSource } from '../src/binding/definition.js';

/** The key as the first positional parameter, from the pipeline too (Get-KMSKey, Invoke-KMSEncrypt, …). */
export const KEY_ID_POSITIONAL: ParameterSource = { name: 'KeyId', position: 0, valueFromPipeline: true };

export const DRY_RUN: ParameterSource = { name: 'DryRun' };

/** AWS.Tools 5.0.156 and later: DryRun's modifiers (IGNORE_CIPHERTEXT) on Invoke-KMSDecrypt and Invoke-KMSReEncrypt. */
export const DRY_RUN_MODIFIER: ParameterSource = { name: 'DryRunModifier', member: 'DryRunModifiers', aliases: ['DryRunModifiers'] };

export const GRANT_TOKEN: ParameterSource = { name: 'GrantToken', member: 'GrantTokens', aliases: ['GrantTokens'] };

export const ENCRYPTION_CONTEXT: ParameterSource = { name: 'EncryptionContext' };

/** The Recipient structure, flattened as AWS.Tools flattens it. */
export const RECIPIENT: readonly ParameterSource[] = [
  { name: 'Recipient_AttestationDocument', member: 'Recipient.AttestationDocument' },
  { name: 'Recipient_KeyEncryptionAlgorithm', member: 'Recipient.KeyEncryptionAlgorithm' },
];

/** The paging parameters of the list cmdlets. */
export const PAGING: readonly ParameterSource[] = [
  { name: 'Limit', aliases: ['MaxItems'] },
  { name: 'Marker', aliases: ['NextToken'] },
  { name: 'NoAutoIteration', type: 'switch', member: '' },
];

/** An external key store's proxy settings, with its credential flattened as AWS.Tools flattens it (New- and Update-KMSCustomKeyStore). */
export const XKS_PROXY: readonly ParameterSource[] = [
  { name: 'XksProxyAuthenticationCredential_AccessKeyId', member: 'XksProxyAuthenticationCredential.AccessKeyId' },
  { name: 'XksProxyAuthenticationCredential_RawSecretAccessKey', member: 'XksProxyAuthenticationCredential.RawSecretAccessKey' },
  { name: 'XksProxyConnectivity' },
  { name: 'XksProxyUriEndpoint' },
  { name: 'XksProxyUriPath' },
  { name: 'XksProxyVpcEndpointServiceName' },
  { name: 'XksProxyVpcEndpointServiceOwner' },
];
