// The cmdlets pskms offers, each defined in its own file here. A call loads only its own
// definition; the module generator and the docs load them all.
import { memberOf, type CmdletDefinition, type CmdletSource, type ParameterDefinition } from '../src/binding/definition.js';
import { modelParameterType } from '../src/binding/parameter-types.js';
import { OPERATIONS } from '../src/engine/model.js';

export const CMDLET_NAMES = [
  'Get-KMSSharedSecret', 'Invoke-KMSSigning', 'Test-KMSSignature', 'Invoke-KMSReEncrypt', 'New-KMSDataKeyPair',
  'New-KMSDataKeyPairWithoutPlaintext', 'Invoke-KMSEncrypt', 'Invoke-KMSDecrypt', 'New-KMSDataKey',
  'New-KMSDataKeyWithoutPlaintext', 'New-KMSRandom', 'New-KMSKey', 'Get-KMSKey', 'Get-KMSKeyList', 'Get-KMSPublicKey',
  'Enable-KMSKey', 'Disable-KMSKey', 'Request-KMSKeyDeletion', 'Stop-KMSKeyDeletion', 'New-KMSAlias', 'Update-KMSAlias',
  'Remove-KMSAlias', 'Get-KMSAliasList', 'New-KMSMac', 'Test-KMSMac', 'Update-KMSKeyDescription', 'Get-KMSResourceTag',
  'Add-KMSResourceTag', 'Remove-KMSResourceTag', 'Get-KMSKeyPolicy', 'Write-KMSKeyPolicy', 'Get-KMSKeyPolicyList',
  'Enable-KMSKeyRotation', 'Disable-KMSKeyRotation', 'Get-KMSKeyRotationStatus', 'Start-KMSRotateKeyOnDemand', 'Get-KMSKeyRotation',
  'Get-KMSParametersForImport', 'Import-KMSKeyMaterial', 'Remove-KMSImportedKeyMaterial', 'New-KMSGrant', 'Get-KMSGrantList',
  'Get-KMSRetirableGrant', 'Disable-KMSGrant', 'Revoke-KMSGrant', 'Get-KMSKeyLastUsage', 'New-KMSReplicaKey',
  'Update-KMSPrimaryRegion', 'New-KMSCustomKeyStore', 'Get-KMSCustomKeyStore', 'Update-KMSCustomKeyStore', 'Remove-KMSCustomKeyStore',
  'Connect-KMSCustomKeyStore', 'Disconnect-KMSCustomKeyStore',
] as const;

export type CmdletName = (typeof CMDLET_NAMES)[number];

/** The canonical name of a cmdlet (PowerShell command names are case-insensitive), or of one of its aliases. */
export async function findCmdlet(name: string): Promise<CmdletDefinition | undefined> {
  const lower = name.toLowerCase();
  const direct = CMDLET_NAMES.find((n) => n.toLowerCase() === lower);
  if (direct) return loadCmdlet(direct);
  for (const def of await allCmdlets()) if ((def.aliases ?? []).some((a) => a.toLowerCase() === lower)) return def;
  return undefined;
}

export async function loadCmdlet(name: CmdletName): Promise<CmdletDefinition> {
  return resolved((await import(`./${name}.js`)).default as CmdletSource);
}

/**
 * A definition with what AWS.Tools' generator takes from the model: each parameter's type from
 * its member's shape, and Mandatory when the model requires the member. A definition says either
 * itself only where AWS.Tools departs from the model (Decrypt's CiphertextBlob is Mandatory).
 */
function resolved(source: CmdletSource): CmdletDefinition {
  const required = OPERATIONS[source.operation].required;
  return {
    ...source,
    parameters: source.parameters.map((p) => {
      const member = memberOf(p as ParameterDefinition);
      const type = p.type ?? modelParameterType(source.operation, member);
      if (!type) throw new Error(`${source.name} -${p.name}: the model gives no type for ${member}; declare one`);
      return { ...p, type, mandatory: p.mandatory ?? required.includes(member) };
    }),
  };
}

export async function allCmdlets(): Promise<CmdletDefinition[]> {
  return Promise.all(CMDLET_NAMES.map(loadCmdlet));
}
