# PsKms: AWS.Tools.KeyManagementService cmdlets over a local KMS (pskms).
# Generated from cmdlets/ by psmodule/generate.ts (npm run generate:psmodule); do not edit.

if (-not ('Amazon.KeyManagementService.Model.NotFoundException' -as [type])) {
    Add-Type -TypeDefinition @'
namespace Amazon.KeyManagementService.Model {
    public class AmazonKeyManagementServiceException : System.Exception {
        public string ErrorCode { get; private set; }
        public int StatusCode { get; private set; }
        public AmazonKeyManagementServiceException(string message, string code, int status) : base(message) { ErrorCode = code; StatusCode = status; }
    }
    public class AlreadyExistsException : AmazonKeyManagementServiceException { public AlreadyExistsException(string message, string code, int status) : base(message, code, status) {} }
    public class CustomKeyStoreNotFoundException : AmazonKeyManagementServiceException { public CustomKeyStoreNotFoundException(string message, string code, int status) : base(message, code, status) {} }
    public class DependencyTimeoutException : AmazonKeyManagementServiceException { public DependencyTimeoutException(string message, string code, int status) : base(message, code, status) {} }
    public class DisabledException : AmazonKeyManagementServiceException { public DisabledException(string message, string code, int status) : base(message, code, status) {} }
    public class DryRunOperationException : AmazonKeyManagementServiceException { public DryRunOperationException(string message, string code, int status) : base(message, code, status) {} }
    public class IncorrectKeyException : AmazonKeyManagementServiceException { public IncorrectKeyException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidAliasNameException : AmazonKeyManagementServiceException { public InvalidAliasNameException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidArnException : AmazonKeyManagementServiceException { public InvalidArnException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidCiphertextException : AmazonKeyManagementServiceException { public InvalidCiphertextException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidGrantTokenException : AmazonKeyManagementServiceException { public InvalidGrantTokenException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidKeyUsageException : AmazonKeyManagementServiceException { public InvalidKeyUsageException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidMarkerException : AmazonKeyManagementServiceException { public InvalidMarkerException(string message, string code, int status) : base(message, code, status) {} }
    public class KMSInternalException : AmazonKeyManagementServiceException { public KMSInternalException(string message, string code, int status) : base(message, code, status) {} }
    public class KMSInvalidSignatureException : AmazonKeyManagementServiceException { public KMSInvalidSignatureException(string message, string code, int status) : base(message, code, status) {} }
    public class KMSInvalidStateException : AmazonKeyManagementServiceException { public KMSInvalidStateException(string message, string code, int status) : base(message, code, status) {} }
    public class KeyUnavailableException : AmazonKeyManagementServiceException { public KeyUnavailableException(string message, string code, int status) : base(message, code, status) {} }
    public class LimitExceededException : AmazonKeyManagementServiceException { public LimitExceededException(string message, string code, int status) : base(message, code, status) {} }
    public class NotAuthorizedException : AmazonKeyManagementServiceException { public NotAuthorizedException(string message, string code, int status) : base(message, code, status) {} }
    public class NotFoundException : AmazonKeyManagementServiceException { public NotFoundException(string message, string code, int status) : base(message, code, status) {} }
    public class TagException : AmazonKeyManagementServiceException { public TagException(string message, string code, int status) : base(message, code, status) {} }
    public class UnsupportedOperationException : AmazonKeyManagementServiceException { public UnsupportedOperationException(string message, string code, int status) : base(message, code, status) {} }
    public class ValidationException : AmazonKeyManagementServiceException { public ValidationException(string message, string code, int status) : base(message, code, status) {} }
}
'@
}

$script:PsKmsHost = $null
$script:PsKmsNextId = 0
$script:PsKmsCommonParameters = @('Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'WhatIf', 'Confirm', 'Region')

function Get-PsKmsHost {
    if ($null -ne $script:PsKmsHost -and -not $script:PsKmsHost.HasExited) {
        return $script:PsKmsHost
    }
    $node = $env:PSKMS_NODE
    if (-not $node) {
        $node = 'node'
    }
    $entry = [System.IO.Path]::Combine((Split-Path -Parent $PSScriptRoot), 'dist', 'src', 'cli', 'main.js')
    $info = New-Object System.Diagnostics.ProcessStartInfo
    $info.FileName = $node
    $info.Arguments = '"' + $entry + '" module-host'
    $info.UseShellExecute = $false
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $info.StandardOutputEncoding = New-Object System.Text.UTF8Encoding($false)
    $process = [System.Diagnostics.Process]::Start($info)
    $ready = $process.StandardOutput.ReadLine()
    if ($null -eq $ready) {
        throw "pskms: could not start '$node $entry module-host'"
    }
    $script:PsKmsHost = $process
    return $process
}

function ConvertTo-PsKmsValue {
    param($Value)
    if ($null -eq $Value) {
        return @{ t = 'null' }
    }
    if ($Value -is [System.Management.Automation.PSObject]) {
        $Value = $Value.PSObject.BaseObject
    }
    if ($Value -is [string]) {
        return @{ t = 'string'; v = $Value }
    }
    if ($Value -is [bool]) {
        return @{ t = 'bool'; v = $Value }
    }
    if ($Value -is [System.Management.Automation.SwitchParameter]) {
        return @{ t = 'switch'; v = $Value.IsPresent }
    }
    if ($Value -is [byte[]]) {
        return @{ t = 'bytes'; v = [System.Convert]::ToBase64String($Value) }
    }
    if ($Value -is [System.IO.MemoryStream]) {
        return @{ t = 'MemoryStream'; v = [System.Convert]::ToBase64String($Value.ToArray()) }
    }
    if ($Value -is [System.IO.Stream]) {
        try {
            $copy = New-Object System.IO.MemoryStream
            $Value.CopyTo($copy)
            return @{ t = 'Stream'; type = $Value.GetType().FullName; v = [System.Convert]::ToBase64String($copy.ToArray()) }
        }
        finally {
            $Value.Dispose()
        }
    }
    if ($Value -is [System.IO.FileInfo]) {
        return @{ t = 'FileInfo'; path = $Value.FullName }
    }
    if ($Value -is [System.IO.DirectoryInfo]) {
        return @{ t = 'DirectoryInfo'; path = $Value.FullName }
    }
    if ($Value -is [datetime]) {
        return @{ t = 'datetime'; v = $Value.ToUniversalTime().ToString('o') }
    }
    if ($Value -is [System.ValueType] -and $Value.GetType().IsPrimitive -or $Value -is [decimal]) {
        return @{ t = 'number'; v = $Value; type = $Value.GetType().FullName }
    }
    if ($Value -is [System.Collections.IDictionary]) {
        $entries = @()
        foreach ($key in $Value.Keys) {
            $entries += , @((ConvertTo-PsKmsValue $key), (ConvertTo-PsKmsValue $Value[$key]))
        }
        return @{ t = 'hashtable'; entries = $entries }
    }
    if ($Value -is [System.Collections.IEnumerable]) {
        $items = @()
        foreach ($item in $Value) {
            $items += , (ConvertTo-PsKmsValue $item)
        }
        return @{ t = 'array'; type = $Value.GetType().FullName; items = $items }
    }
    $props = @()
    foreach ($property in $Value.PSObject.Properties) {
        $props += , @($property.Name, (ConvertTo-PsKmsValue $property.Value))
    }
    return @{ t = 'object'; type = $Value.GetType().FullName; props = $props }
}

function ConvertFrom-PsKmsValue {
    param($Value)
    $kind = $Value.t
    if ($kind -eq 'null') {
        return $null
    }
    if ($kind -eq 'string' -or $kind -eq 'bool') {
        return $Value.v
    }
    if ($kind -eq 'switch') {
        return [System.Management.Automation.SwitchParameter]$Value.v
    }
    if ($kind -eq 'number') {
        return ($Value.v -as ($Value.type -as [type]))
    }
    if ($kind -eq 'MemoryStream') {
        return New-Object System.IO.MemoryStream(, [System.Convert]::FromBase64String($Value.v))
    }
    if ($kind -eq 'bytes') {
        return , [System.Convert]::FromBase64String($Value.v)
    }
    if ($kind -eq 'datetime') {
        return [datetime]::Parse($Value.v, [System.Globalization.CultureInfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::RoundtripKind)
    }
    if ($kind -eq 'array') {
        $list = New-Object System.Collections.Generic.List[object]
        foreach ($item in $Value.items) {
            $list.Add((ConvertFrom-PsKmsValue $item))
        }
        return , $list
    }
    if ($kind -eq 'hashtable') {
        $table = @{}
        foreach ($entry in $Value.entries) {
            $table[(ConvertFrom-PsKmsValue $entry[0])] = ConvertFrom-PsKmsValue $entry[1]
        }
        return $table
    }
    $properties = [ordered]@{}
    foreach ($pair in $Value.props) {
        $properties[$pair[0]] = ConvertFrom-PsKmsValue $pair[1]
    }
    $object = [pscustomobject]$properties
    $object.PSObject.TypeNames.Insert(0, $Value.type)
    return $object
}

function New-PsKmsErrorRecord {
    param($Info)
    $inner = $null
    if ($null -ne $Info.innerException) {
        $inner = New-Object -TypeName $Info.innerException.type -ArgumentList @($Info.innerException.message, $Info.innerException.errorCode, [int]$Info.innerException.statusCode)
    }
    if ($Info.exceptionType -eq 'System.ArgumentException') {
        $exception = New-Object System.ArgumentException($Info.message, $Info.paramName)
    }
    elseif ($null -ne $inner) {
        $exception = New-Object System.InvalidOperationException($Info.message, $inner)
    }
    else {
        $exceptionType = $Info.exceptionType -as [type]
        if ($null -eq $exceptionType) {
            $exceptionType = [System.InvalidOperationException]
        }
        $exception = New-Object -TypeName $exceptionType.FullName -ArgumentList @($Info.message)
    }
    $category = [System.Management.Automation.ErrorCategory]$Info.category
    return New-Object System.Management.Automation.ErrorRecord($exception, $Info.errorId, $category, $null)
}

function Send-PsKmsMessage {
    param($Process, $Message)
    $Process.StandardInput.WriteLine(($Message | ConvertTo-Json -Depth 64 -Compress))
    $Process.StandardInput.Flush()
}

function Invoke-PsKmsCmdlet {
    param([string] $Name, [System.Collections.IDictionary] $Bound, $Caller)
    $values = @{}
    foreach ($key in $Bound.Keys) {
        if ($script:PsKmsCommonParameters -notcontains $key) {
            $values[$key] = ConvertTo-PsKmsValue $Bound[$key]
        }
    }
    $region = $null
    if ($Bound.ContainsKey('Region') -and $null -ne $Bound['Region']) {
        $region = [string]$Bound['Region']
    }
    $script:PsKmsNextId++
    $id = $script:PsKmsNextId
    $process = Get-PsKmsHost
    Send-PsKmsMessage $process @{ id = $id; type = 'invoke'; cmdlet = $Name; bound = $values; whatIf = [bool]$WhatIfPreference; region = $region; newline = [System.Environment]::NewLine }
    while ($true) {
        $line = $process.StandardOutput.ReadLine()
        if ($null -eq $line) {
            throw 'pskms: the module host exited'
        }
        $reply = $line | ConvertFrom-Json
        if ($reply.type -eq 'shouldProcess') {
            $answer = $Caller.ShouldProcess($reply.target, $reply.action)
            Send-PsKmsMessage $process @{ id = $id; type = 'proceed'; answer = $answer }
            continue
        }
        if ($reply.type -ne 'result') {
            throw ('pskms: ' + $reply.message)
        }
        foreach ($warning in $reply.warnings) {
            $Caller.WriteWarning($warning)
        }
        foreach ($output in $reply.output) {
            $Caller.WriteObject((ConvertFrom-PsKmsValue $output), $false)
        }
        if ($null -ne $reply.error) {
            $Caller.ThrowTerminatingError((New-PsKmsErrorRecord $reply.error))
        }
        return
    }
}

function Get-KMSSharedSecret {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $KeyAgreementAlgorithm,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $PublicKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSSharedSecret' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Invoke-KMSSigning {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $SigningAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $MessageType,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Invoke-KMSSigning' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Test-KMSSignature {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Signature,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $SigningAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $MessageType,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Test-KMSSignature' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Invoke-KMSReEncrypt {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $CiphertextBlob,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $DestinationKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $DestinationEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $DestinationEncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $SourceKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $SourceEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $SourceEncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Invoke-KMSReEncrypt' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSDataKeyPair {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $KeyPairSpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSDataKeyPair' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSDataKeyPairWithoutPlaintext {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $KeyPairSpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSDataKeyPairWithoutPlaintext' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Invoke-KMSEncrypt {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Plaintext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Invoke-KMSEncrypt' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Invoke-KMSDecrypt {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $CiphertextBlob,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Invoke-KMSDecrypt' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSDataKey {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $KeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[int]] $NumberOfBytes,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSDataKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSDataKeyWithoutPlaintext {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $KeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[int]] $NumberOfBytes,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSDataKeyWithoutPlaintext' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSRandom {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[int]] $NumberOfBytes,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSRandom' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSKey {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $BypassPolicyLockoutSafetyCheck,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Description,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $KeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $KeyUsage,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $MultiRegion,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Origin,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Policy,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Tags')]
        [object] $Tag,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $XksKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $CustomerMasterKeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSKey {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSKeyList {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSKeyList' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSPublicKey {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSPublicKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Enable-KMSKey {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Enable-KMSKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Disable-KMSKey {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Disable-KMSKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Request-KMSKeyDeletion {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('PendingWindowInDays')]
        [System.Nullable[int]] $PendingWindowInDay,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Request-KMSKeyDeletion' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Stop-KMSKeyDeletion {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Stop-KMSKeyDeletion' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSAlias {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $AliasName,
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $TargetKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSAlias' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Update-KMSAlias {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $AliasName,
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $TargetKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Update-KMSAlias' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Remove-KMSAlias {
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $AliasName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Remove-KMSAlias' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSAliasList {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSAliasList' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

Export-ModuleMember -Function @('Get-KMSSharedSecret', 'Invoke-KMSSigning', 'Test-KMSSignature', 'Invoke-KMSReEncrypt', 'New-KMSDataKeyPair', 'New-KMSDataKeyPairWithoutPlaintext', 'Invoke-KMSEncrypt', 'Invoke-KMSDecrypt', 'New-KMSDataKey', 'New-KMSDataKeyWithoutPlaintext', 'New-KMSRandom', 'New-KMSKey', 'Get-KMSKey', 'Get-KMSKeyList', 'Get-KMSPublicKey', 'Enable-KMSKey', 'Disable-KMSKey', 'Request-KMSKeyDeletion', 'Stop-KMSKeyDeletion', 'New-KMSAlias', 'Update-KMSAlias', 'Remove-KMSAlias', 'Get-KMSAliasList')
