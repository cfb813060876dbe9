# PsKms runtime: the module's side of the `pskms module-host` protocol. Every KMS rule lives
# in pskms's TypeScript; this only carries values across with their types and rebuilds the
# outputs, warnings, ShouldProcess calls and error records the host sends back.
$script:PsKmsHost = $null
$script:PsKmsNextId = 0
$script:PsKmsBusy = $false
$script:PsKmsCommonParameters = @('Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'WhatIf', 'Confirm', 'Region', 'EndpointUrl', 'ProfileName', 'ProfileLocation', 'AccessKey', 'SecretKey', 'SessionToken')
$script:PsKmsServiceParameters = @('EndpointUrl', 'ProfileName', 'ProfileLocation', 'AccessKey', 'SecretKey', 'SessionToken')

# Loads C# source that ships with the module. Compiling takes about a second, so each source is
# compiled once per version of itself (its hash, from the generator), of what it references and
# of PowerShell, into a per-user cache, and loaded from there after. Returns the DLL's path.
function Import-PsKmsAssembly {
    param([string] $FileName, [string] $Hash, [string[]] $References = @())
    $cache = $env:PSKMS_TYPE_CACHE
    if (-not $cache) { $cache = [System.IO.Path]::Combine([System.Environment]::GetFolderPath('LocalApplicationData'), 'pskms') }
    $baseName = [System.IO.Path]::GetFileNameWithoutExtension($FileName)
    $dll = [System.IO.Path]::Combine($cache, "$baseName.$Hash.$($PSVersionTable.PSVersion).dll")
    if (-not [System.IO.File]::Exists($dll)) {
        $source = [System.IO.File]::ReadAllText([System.IO.Path]::Combine($PSScriptRoot, $FileName))
        try {
            $null = [System.IO.Directory]::CreateDirectory($cache)
            # compiled beside its final name, then renamed: a session loading it never sees half a file
            $partial = [System.IO.Path]::Combine($cache, "$baseName.$Hash.$([guid]::NewGuid().ToString('N')).dll")
            # (-IgnoreWarnings: an SDK built for an older .NET draws CS1701 unification warnings)
            Add-Type -TypeDefinition $source -OutputAssembly $partial -OutputType Library -ReferencedAssemblies $References -IgnoreWarnings -WarningAction SilentlyContinue
            try { [System.IO.File]::Move($partial, $dll) } catch { Remove-Item -LiteralPath $partial -ErrorAction Ignore }
        } catch {
            Write-Verbose "pskms: cannot cache compiled types in ${cache}: $($_.Exception.Message)"
            Add-Type -TypeDefinition $source -ReferencedAssemblies $References -IgnoreWarnings -WarningAction SilentlyContinue
            return $null
        }
    }
    return [System.Reflection.Assembly]::LoadFrom($dll).Location
}

# The module's binding helper, and the AWS SDK for .NET's types it throws and emits: the SDK's own
# where AWSSDK.KeyManagementService is loaded; else PsKms's KMS types, built on AWSSDK.Core where
# it is loaded (AWS.Tools.Common loads it), so that there is one Amazon.Runtime, else on PsKms's own.
function Import-PsKmsTypes {
    param([string] $BindingHash, [string] $RuntimeHash, [string] $KmsHash)
    if (-not ('PsKms.KeepNullAttribute' -as [type])) { $null = Import-PsKmsAssembly 'PsKms.Binding.cs' $BindingHash }
    if ('Amazon.KeyManagementService.Model.NotFoundException' -as [type]) { return }
    $core = 'Amazon.Runtime.ConstantClass' -as [type]
    if ($null -ne $core) {
        $runtime = $core.Assembly.Location
        $against = 'sdk' + $core.Assembly.GetName().Version
    } else {
        $runtime = Import-PsKmsAssembly 'PsKms.AwsRuntime.cs' $RuntimeHash
        $against = $RuntimeHash
    }
    $references = @([System.Net.HttpStatusCode].Assembly.Location)
    if ($runtime) { $references += $runtime } else { $references += [Amazon.Runtime.ConstantClass].Assembly.Location }
    $null = Import-PsKmsAssembly 'PsKms.AwsKms.cs' "$KmsHash.$against" $references
}

# Ends the session's host: its standard input closes, so it finishes what it has and exits.
function Stop-PsKmsHost {
    $connection = $script:PsKmsHost
    $script:PsKmsHost = $null
    if ($null -eq $connection) { return }
    try { $connection.Writer.Dispose() } catch { }
    if (-not $connection.Process.WaitForExit(2000)) {
        try { $connection.Process.Kill() } catch { }
    }
    $connection.Process.Dispose()
}

# The module's own folder in the checkout. Linked into a PSModulePath folder (ln -s, a junction),
# $PSScriptRoot is the link: the checkout is where the link points.
function Resolve-PsKmsModuleDirectory {
    $item = Get-Item -LiteralPath $PSScriptRoot -Force
    if ($item.LinkType -and $item.Target) {
        $target = @($item.Target)[0]
        if (-not [System.IO.Path]::IsPathRooted($target)) { $target = [System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName($PSScriptRoot), $target) }
        return [System.IO.Path]::GetFullPath($target)
    }
    return $PSScriptRoot
}

function Get-PsKmsHost {
    if ($null -ne $script:PsKmsHost -and -not $script:PsKmsHost.Process.HasExited) {
        return $script:PsKmsHost
    }
    $node = $env:PSKMS_NODE
    if (-not $node) {
        $node = 'node'
    }
    $entry = [System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName((Resolve-PsKmsModuleDirectory)), 'dist', 'src', 'cli', 'pskms.js')
    if (-not [System.IO.File]::Exists($entry)) {
        throw "pskms: $entry is missing: the module runs the pskms checkout it belongs to, which must be built (npm ci in $([System.IO.Path]::GetDirectoryName($entry) -replace '[\\/]dist[\\/]src[\\/]cli$', ''))"
    }
    $info = [System.Diagnostics.ProcessStartInfo]::new()
    $info.FileName = $node
    $info.Arguments = '"' + $entry + '" module-host'
    $info.UseShellExecute = $false
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $info.StandardOutputEncoding = [System.Text.UTF8Encoding]::new($false)
    $process = [System.Diagnostics.Process]::Start($info)
    # the host reads UTF-8, whatever the console's code page (PowerShell 5.1 cannot set StandardInputEncoding)
    $writer = [System.IO.StreamWriter]::new($process.StandardInput.BaseStream, [System.Text.UTF8Encoding]::new($false))
    $ready = $process.StandardOutput.ReadLine()
    if ($null -eq $ready) {
        throw "pskms: could not start '$node $entry module-host'"
    }
    $script:PsKmsHost = @{ Process = $process; Writer = $writer }
    return $script:PsKmsHost
}

function ConvertTo-PsKmsValue {
    param($Value)
    if ($null -eq $Value) {
        return @{ t = 'null' }
    }
    # a [pscustomobject]'s properties live on its wrapper, not on its base object
    $original = $Value
    if ($Value -is [System.Management.Automation.PSObject]) {
        $Value = $Value.PSObject.BaseObject
    }
    if ($Value -is [string]) {
        if ([string]::Equals($Value, [PsKms.KeepNullAttribute]::Token, [System.StringComparison]::Ordinal)) { return @{ t = 'null' } }
        return @{ t = 'string'; v = $Value }
    }
    if ($Value -is [Amazon.Runtime.ConstantClass]) {
        return @{ t = 'string'; v = $Value.Value }
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
            $copy = [System.IO.MemoryStream]::new()
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
    foreach ($property in $original.PSObject.Properties) {
        $props += , @($property.Name, (ConvertTo-PsKmsValue $property.Value))
    }
    return @{ t = 'object'; type = $original.PSObject.TypeNames[0]; props = $props }
}

function ConvertFrom-PsKmsValue {
    param($Value)
    $kind = $Value.t
    if ($kind -eq 'null') {
        return $null
    }
    if ($kind -eq 'string') {
        return [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($Value.b))
    }
    if ($kind -eq 'constant') {
        $type = $script:PsKmsConstantTypes[$Value.type]
        if ($null -eq $type) {
            $type = $Value.type -as [type]
            $script:PsKmsConstantTypes[$Value.type] = $type
        }
        # an older SDK may lack the class: the value as a string, then
        if ($null -eq $type) { return $Value.v }
        return $type::FindValue($Value.v)
    }
    if ($kind -eq 'bool') {
        return $Value.v
    }
    if ($kind -eq 'switch') {
        return [System.Management.Automation.SwitchParameter]$Value.v
    }
    if ($kind -eq 'number') {
        return ($Value.v -as ($Value.type -as [type]))
    }
    if ($kind -eq 'MemoryStream') {
        return [System.IO.MemoryStream]::new([System.Convert]::FromBase64String($Value.v))
    }
    if ($kind -eq 'bytes') {
        return , [System.Convert]::FromBase64String($Value.v)
    }
    if ($kind -eq 'datetime') {
        return [System.DateTimeOffset]::FromUnixTimeMilliseconds([long]$Value.ms).UtcDateTime
    }
    if ($kind -eq 'array') {
        $list = [System.Collections.Generic.List[object]]::new()
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

$script:PsKmsConstantTypes = @{}

function New-PsKmsErrorRecord {
    param($Info)
    $inner = $null
    if ($null -ne $Info.innerException) {
        # the SDK's exception, as the AWS SDK for .NET raises it for a JSON error response
        # (whose unmarshaller leaves ErrorType Unknown)
        $type = $Info.innerException.type -as [type]
        if ($null -eq $type) { $type = [Amazon.KeyManagementService.AmazonKeyManagementServiceException] }
        $inner = $type::new($Info.innerException.message, $null, [Amazon.Runtime.ErrorType]::Unknown, $Info.innerException.errorCode,
            [guid]::NewGuid().ToString(), [System.Net.HttpStatusCode][int]$Info.innerException.statusCode)
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
    param($Connection, $Message)
    $Connection.Writer.Write(($Message | ConvertTo-Json -Depth 64 -Compress) + "`n")
    $Connection.Writer.Flush()
}

# An AWSRegion object (AWS.Tools' Get-AWSRegion) by its system name, a string as it is.
function ConvertTo-PsKmsRegionName {
    param($Region)
    if ($null -eq $Region) { return $null }
    $base = $Region
    if ($base -is [System.Management.Automation.PSObject]) { $base = $base.PSObject.BaseObject }
    if ($base -is [string]) { return $base }
    # a PSCustomObject's properties live on its wrapper
    foreach ($name in 'Region', 'SystemName') {
        $property = $Region.PSObject.Properties[$name]
        if ($null -ne $property) { return [string]$property.Value }
    }
    return [string]$Region
}

# AWS.Tools' shell defaults, when AWS.Tools.Common has set them globally: Set-DefaultAWSRegion
# and Set-AWSCredential. The credentials are read only for a call that may go to an endpoint:
# resolving role or SSO credentials can reach the network or prompt, which a local call must not.
function Add-PsKmsShellDefaults {
    param([hashtable] $Common)
    # read through the session state API: Get-Variable costs a cmdlet call on every record
    $variables = $ExecutionContext.SessionState.PSVariable
    $storedRegion = $variables.GetValue('global:StoredAWSRegion')
    if ($storedRegion) { $Common['ShellRegion'] = ConvertTo-PsKmsRegionName $storedRegion }
    $remote = [bool]$Common['EndpointUrl'] -or $env:AWS_ENDPOINT_URL_KMS -or $env:AWS_ENDPOINT_URL -or $env:PSKMS_BACKEND -eq 'aws'
    if (-not $remote) { return }
    $stored = $variables.GetValue('global:StoredAWSCredentials')
    if ($null -eq $stored) { return }
    try {
        # AWSPSCredentials keeps its AWSCredentials in an internal property
        $flags = [System.Reflection.BindingFlags]'Instance, Public, NonPublic'
        $credentials = $stored.GetType().GetProperty('Credentials', $flags).GetValue($stored)
        $keys = $credentials.GetCredentials()
        $Common['ShellCredentials'] = @{ accessKeyId = $keys.AccessKey; secretAccessKey = $keys.SecretKey }
        if ($keys.Token) { $Common['ShellCredentials']['sessionToken'] = $keys.Token }
    } catch {
        Write-Verbose "pskms: the credentials set by Set-AWSCredential could not be read: $($_.Exception.Message)"
    }
}

# A compiled cmdlet reads preference variables in its caller's scope; a module function would
# read the module's (that is, the global ones). These are copied from the caller unless the
# matching common parameter was given, so that ShouldProcess and the streams see what AWS.Tools sees.
function Invoke-PsKmsCmdlet {
    param([string] $Name, [System.Collections.IDictionary] $Bound, $Caller)
    # (plain assignments: Set-Variable in a loop costs a cmdlet call each on every record)
    $callerVariables = $Caller.SessionState.PSVariable
    if (-not $Bound.ContainsKey('Confirm')) { $ConfirmPreference = $callerVariables.GetValue('ConfirmPreference') }
    if (-not $Bound.ContainsKey('WhatIf')) { $WhatIfPreference = $callerVariables.GetValue('WhatIfPreference') }
    if (-not $Bound.ContainsKey('WarningAction')) { $WarningPreference = $callerVariables.GetValue('WarningPreference') }
    if (-not $Bound.ContainsKey('Verbose')) { $VerbosePreference = $callerVariables.GetValue('VerbosePreference') }
    if (-not $Bound.ContainsKey('Debug')) { $DebugPreference = $callerVariables.GetValue('DebugPreference') }
    if (-not $Bound.ContainsKey('ErrorAction')) { $ErrorActionPreference = $callerVariables.GetValue('ErrorActionPreference') }
    if (-not $Bound.ContainsKey('InformationAction')) { $InformationPreference = $callerVariables.GetValue('InformationPreference') }
    $values = @{}
    foreach ($key in $Bound.Keys) {
        if ($script:PsKmsCommonParameters -notcontains $key) {
            $values[$key] = ConvertTo-PsKmsValue $Bound[$key]
        }
    }
    $region = $null
    if ($Bound.ContainsKey('Region') -and $null -ne $Bound['Region']) {
        $region = ConvertTo-PsKmsRegionName $Bound['Region']
    }
    $common = @{}
    # PowerShell names are case-insensitive: a loop variable called $name would overwrite $Name
    foreach ($serviceParameter in $script:PsKmsServiceParameters) {
        # AWS.Tools ignores an empty -EndpointUrl (and PowerShell binds $null to these as '')
        if ($Bound.ContainsKey($serviceParameter) -and '' -ne [string]$Bound[$serviceParameter]) {
            $common[$serviceParameter] = [string]$Bound[$serviceParameter]
        }
    }
    Add-PsKmsShellDefaults $common
    $script:PsKmsNextId++
    $id = $script:PsKmsNextId
    if ($script:PsKmsBusy) {
        # a cmdlet run from a nested prompt (ShouldProcess's [S]uspend) while this session's host awaits an answer
        throw 'pskms: a PsKms cmdlet cannot run while another one waits for its confirmation; answer that prompt first'
    }
    $pskms = Get-PsKmsHost
    # a conversation cut short (a prompt that failed, Ctrl+C) leaves the host mid-record: start afresh next time
    $finished = $false
    $script:PsKmsBusy = $true
    try {
        Send-PsKmsMessage $pskms @{ id = $id; type = 'invoke'; cmdlet = $Name; bound = $values; whatIf = [bool]$WhatIfPreference; region = $region; newline = [System.Environment]::NewLine; strings = 'base64'; common = $common }
        while ($true) {
            $line = $pskms.Process.StandardOutput.ReadLine()
            if ($null -eq $line) {
                throw 'pskms: the module host exited'
            }
            $reply = $line | ConvertFrom-Json
            if ($reply.id -ne $id) {
                throw "pskms: the module host answered record $($reply.id) ($($reply.type)) while record $id was waiting"
            }
            if ($reply.type -eq 'shouldProcess') {
                $answer = $Caller.ShouldProcess($reply.target, $reply.action)
                Send-PsKmsMessage $pskms @{ id = $id; type = 'proceed'; answer = $answer }
                continue
            }
            # the record's exchange is over: what runs downstream as its output is emitted may call the host
            $finished = $true
            $script:PsKmsBusy = $false
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
    } finally {
        $script:PsKmsBusy = $false
        if (-not $finished) { Stop-PsKmsHost }
    }
}
