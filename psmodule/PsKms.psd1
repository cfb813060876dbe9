# Generated from cmdlets/ by psmodule/generate.ts (npm run generate:psmodule); do not edit.
@{
    RootModule = 'PsKms.psm1'
    ModuleVersion = '0.1.0'
    GUID = '6f0c7f1e-3c5a-4d4e-9a53-5c0e8f6b7a21'
    Author = 'pskms'
    Description = 'AWS.Tools.KeyManagementService cmdlets over pskms, a local, offline AWS KMS with real cryptography.'
    PowerShellVersion = '5.1'
    FormatsToProcess = @('PsKms.Format.ps1xml')
    FunctionsToExport = @('Get-KMSSharedSecret', 'Invoke-KMSSigning', 'Test-KMSSignature', 'Invoke-KMSReEncrypt', 'New-KMSDataKeyPair', 'New-KMSDataKeyPairWithoutPlaintext', 'Invoke-KMSEncrypt', 'Invoke-KMSDecrypt', 'New-KMSDataKey', 'New-KMSDataKeyWithoutPlaintext', 'New-KMSRandom', 'New-KMSKey', 'Get-KMSKey', 'Get-KMSKeyList', 'Get-KMSPublicKey', 'Enable-KMSKey', 'Disable-KMSKey', 'Request-KMSKeyDeletion', 'Stop-KMSKeyDeletion', 'New-KMSAlias', 'Update-KMSAlias', 'Remove-KMSAlias', 'Get-KMSAliasList', 'New-KMSMac', 'Test-KMSMac', 'Update-KMSKeyDescription', 'Get-KMSResourceTag', 'Add-KMSResourceTag', 'Remove-KMSResourceTag', 'Get-KMSKeyPolicy', 'Write-KMSKeyPolicy', 'Get-KMSKeyPolicyList', 'Enable-KMSKeyRotation', 'Disable-KMSKeyRotation', 'Get-KMSKeyRotationStatus', 'Start-KMSRotateKeyOnDemand', 'Get-KMSKeyRotation', 'Get-KMSParametersForImport', 'Import-KMSKeyMaterial', 'Remove-KMSImportedKeyMaterial', 'New-KMSGrant', 'Get-KMSGrantList', 'Get-KMSRetirableGrant', 'Disable-KMSGrant', 'Revoke-KMSGrant', 'Get-KMSKeyLastUsage', 'New-KMSReplicaKey', 'Update-KMSPrimaryRegion', 'New-KMSCustomKeyStore', 'Get-KMSCustomKeyStore', 'Update-KMSCustomKeyStore', 'Remove-KMSCustomKeyStore', 'Connect-KMSCustomKeyStore', 'Disconnect-KMSCustomKeyStore')
    CmdletsToExport = @()
    VariablesToExport = @()
    AliasesToExport = @('Get-KMSKeys', 'Get-KMSAliases', 'Get-KMSKeyPolicies', 'Get-KMSGrants')
}
