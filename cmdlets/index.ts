// The cmdlets pskms offers, each defined in its own file here. A call loads only its own
// definition; the module generator and the docs load them all.
import type { CmdletDefinition, CmdletSource } from '../src/binding/definition.js';

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

/** Each definition resolved once a process (the module host looks one up for every record). */
const loaded = new Map<CmdletName, Promise<CmdletDefinition>>();

export function loadCmdlet(name: CmdletName): Promise<CmdletDefinition> {
  let def = loaded.get(name);
  if (!def) loaded.set(name, (def = load(name)));
  return def;
}

async function load(name: CmdletName): Promise<CmdletDefinition> {
  // (resolving reads the model: loaded here, so that listing the names stays cheap)
  const [{ resolveDefinition }, source] = await Promise.all([import('../src/binding/resolve-definition.js'), import(`./${name}.js`)]);
  return resolveDefinition(source.default as CmdletSource);
}

export async function allCmdlets(): Promise<CmdletDefinition[]> {
  return Promise.all(CMDLET_NAMES.map(loadCmdlet));
}
