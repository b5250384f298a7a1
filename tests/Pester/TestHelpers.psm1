# Helpers shared by the Pester suite: where the staged module and the emulator are, and the emulator's admin routes.
# build.ps1 Test sets RUNAI_EMULATOR_URL, RUNAI_MODULE_PATH, RUNAI_EMULATOR_STRICT (where strict mode takes the contract
# from; empty when lenient) and RUNAI_CONTRACT_PATH (only when the emulator was started with --contract).
# The emulator's admin routes are reached through the module's emulator cmdlets, pointed at the suite's emulator.

Set-StrictMode -Version Latest

$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
# Emulators and child pwsh processes are started by the same code as build.ps1's.
Import-Module (Join-Path $RepoRoot 'tools/RunaiDevHarness.psm1')

function Get-RunaiEmulatorUrl {
    [CmdletBinding()]
    [OutputType([string])]
    param()
    if (-not $env:RUNAI_EMULATOR_URL) {
        throw 'RUNAI_EMULATOR_URL is not set: run the suite with ./build.ps1 Test, or start src/Runai.Emulator and set it.'
    }
    $env:RUNAI_EMULATOR_URL.TrimEnd('/')
}

function Get-RunaiModulePath {
    [CmdletBinding()]
    [OutputType([string])]
    param()
    if ($env:RUNAI_MODULE_PATH) { return $env:RUNAI_MODULE_PATH }
    Join-Path $RepoRoot 'out/Runai/Runai.psd1'
}

function Get-RunaiContractPath {
    # The contract document (../shared/runai-api/openapi.json beside the repository), or $null when it is absent.
    [CmdletBinding()]
    [OutputType([string])]
    param()
    if ($env:RUNAI_CONTRACT_PATH) {
        if (Test-Path $env:RUNAI_CONTRACT_PATH) { return $env:RUNAI_CONTRACT_PATH }
        return $null
    }
    $relative = Join-Path $RepoRoot '../shared/runai-api/openapi.json'
    if (Test-Path $relative) { return (Resolve-Path $relative).Path }
    $null
}

function Test-RunaiEmulatorStrict {
    # True when the suite's emulator is strict (from the contract digest or a document): every /api request is validated.
    [CmdletBinding()]
    [OutputType([bool])]
    param()
    [bool]$env:RUNAI_EMULATOR_STRICT
}

function Invoke-RunaiEmulatorAdmin {
    # Runs one of the module's emulator cmdlets against the suite's emulator (not whatever the session is connected to).
    param([Parameter(Mandatory)][string]$Name, [hashtable]$Parameters = @{})
    if (-not (Get-Module Runai)) { Import-Module (Get-RunaiModulePath) -Global }
    & "Runai\$Name" -Url (Get-RunaiEmulatorUrl) @Parameters
}

function Reset-RunaiEmulator {
    # Seeded state, no faults, empty request log: call it in BeforeAll of every Describe.
    [CmdletBinding()]
    param()
    Invoke-RunaiEmulatorAdmin Reset-RunaiEmulator
}

function Connect-RunaiEmulator {
    # Connect-Runai to the emulator with its default app; any other Connect-Runai parameter passes through.
    # Deliberately a simple function, so that @args keeps the parameter names of what it forwards.
    param(
        [switch]$PassThru,
        [string]$ClientId = 'emulator-app',
        [string]$ClientSecret = 'emulator-secret'
    )
    $connectParameters = @{
        BaseUrl      = Get-RunaiEmulatorUrl
        ClientId     = $ClientId
        ClientSecret = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
    }
    if ($PassThru) { $connectParameters['PassThru'] = $true }
    Connect-Runai @connectParameters @args
}

function Add-RunaiEmulatorFault {
    # The next -Count requests whose method matches (any when omitted) and whose path starts with -Path get the fault.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Path,
        [string]$Method,
        [int]$Status,
        [int]$RetryAfter,
        [int]$DelayMs,
        [switch]$CloseConnection,
        [switch]$ApplyFirst,
        [int]$Count = 1
    )
    $parameters = @{ Path = $Path; Count = $Count; CloseConnection = $CloseConnection; DropAfterApply = $ApplyFirst }
    if ($Method) { $parameters['Method'] = $Method }
    if ($PSBoundParameters.ContainsKey('Status')) { $parameters['Status'] = $Status }
    if ($PSBoundParameters.ContainsKey('RetryAfter')) { $parameters['RetryAfter'] = $RetryAfter }
    if ($PSBoundParameters.ContainsKey('DelayMs')) { $parameters['Delay'] = $DelayMs }
    Invoke-RunaiEmulatorAdmin Add-RunaiEmulatorFault $parameters
}

function Get-RunaiEmulatorRequest {
    # The suite's emulator's request log (Method, Path, Query, Status, HasBearer, Body...), optionally narrowed.
    [CmdletBinding()]
    param(
        [string]$Method,
        # Wildcard pattern on the path, e.g. '/api/v1/workloads/*'.
        [string]$Path
    )
    Invoke-RunaiEmulatorAdmin Get-RunaiEmulatorRequest $PSBoundParameters
}

function Clear-RunaiEmulatorRequest {
    [CmdletBinding()]
    param()
    Invoke-RunaiEmulatorAdmin Clear-RunaiEmulatorRequest
}

if (-not ('RunaiTestRecordingHost' -as [type])) {
    # A host that records what commands print to it instead of showing it: -WhatIf messages go to the host only,
    # never to a stream, so this is the one way to keep them out of the test log and to check them.
    Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

public sealed class RunaiTestRecordingHost : PSHost
{
    private readonly RecordingUI ui = new RecordingUI();
    public List<string> Lines { get { return ui.Lines; } }
    public override string Name { get { return "RunaiTestRecordingHost"; } }
    public override Version Version { get { return new Version(1, 0); } }
    public override Guid InstanceId { get; } = Guid.NewGuid();
    public override PSHostUserInterface UI { get { return ui; } }
    public override CultureInfo CurrentCulture { get { return CultureInfo.CurrentCulture; } }
    public override CultureInfo CurrentUICulture { get { return CultureInfo.CurrentUICulture; } }
    public override void SetShouldExit(int exitCode) { }
    public override void EnterNestedPrompt() { throw new NotSupportedException(); }
    public override void ExitNestedPrompt() { throw new NotSupportedException(); }
    public override void NotifyBeginApplication() { }
    public override void NotifyEndApplication() { }

    private sealed class RecordingUI : PSHostUserInterface
    {
        public readonly List<string> Lines = new List<string>();
        public override PSHostRawUserInterface RawUI { get { return null; } }
        public override string ReadLine() { throw new NotSupportedException("The recording host cannot read input."); }
        public override SecureString ReadLineAsSecureString() { throw new NotSupportedException("The recording host cannot read input."); }
        public override void Write(string value) { lock (Lines) Lines.Add(value); }
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { Write(value); }
        public override void WriteLine(string value) { Write(value); }
        public override void WriteErrorLine(string value) { Write(value); }
        public override void WriteDebugLine(string message) { }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) { Write("WARNING: " + message); }
        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) { throw new NotSupportedException("The recording host cannot prompt."); }
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) { throw new NotSupportedException("The recording host cannot prompt."); }
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) { throw new NotSupportedException("The recording host cannot prompt."); }
        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) { throw new NotSupportedException("The recording host cannot prompt."); }
    }
}
'@
}

function Get-CommandError {
    # Every error a command writes or throws, as ErrorRecords (what tests assert ErrorIds, categories and targets on).
    param([Parameter(Mandatory)][scriptblock]$Command)
    $errors = [System.Collections.Generic.List[System.Management.Automation.ErrorRecord]]::new()
    try {
        & $Command 2>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { $errors.Add($_) } }
    }
    catch {
        $errors.Add($_)
    }
    , $errors.ToArray()
}

function Invoke-RunaiWhatIf {
    <#
    .SYNOPSIS
        Runs commands that take -WhatIf in a runspace of their own with the staged module, and returns the lines
        they printed to the host (the 'What if:' messages), so that they reach the test, not the log.
    .DESCRIPTION
        The module's current connection is process-wide, so the commands use the test's connection. Errors the
        commands write are written again here; a terminating one is thrown.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][scriptblock]$ScriptBlock)
    $recordingHost = [RunaiTestRecordingHost]::new()
    $runspace = [runspacefactory]::CreateRunspace($recordingHost, [initialsessionstate]::CreateDefault2())
    $powershell = [powershell]::Create()
    try {
        $runspace.Open()
        $powershell.Runspace = $runspace
        $null = $powershell.AddScript('param($ModulePath) Import-Module $ModulePath').AddArgument((Get-RunaiModulePath)).AddStatement()
        $null = $powershell.AddScript($ScriptBlock.ToString())
        try { $null = $powershell.Invoke() }
        catch [System.Management.Automation.MethodInvocationException] { throw $_.Exception.InnerException }
        foreach ($record in $powershell.Streams.Error) { Write-Error -ErrorRecord $record }
        $recordingHost.Lines | ForEach-Object { $_.TrimEnd("`r", "`n") } | Where-Object { $_ }
    }
    finally {
        $powershell.Dispose()
        $runspace.Dispose()
    }
}

function Invoke-RunaiChildPwsh {
    <#
    .SYNOPSIS
        Runs a script in a fresh pwsh (no profile) and returns its output lines; $LASTEXITCODE is the child's.
    #>
    param(
        [Parameter(Mandatory)][object]$Script,
        [object[]]$ArgumentList = @(),
        # Variables set (or, with $null, removed) for the child only.
        [hashtable]$Environment = @{}
    )
    Invoke-RunaiDevChildPwsh -Script $Script -ArgumentList $ArgumentList -Environment $Environment -CaptureOutput
}

function Start-RunaiTestEmulator {
    <#
    .SYNOPSIS
        Starts a second emulator with its own options (for example --clusters 3 --legacy-token-only) on a free
        loopback port, in strict mode when the suite's emulator is; returns an object with Url and Process.
    #>
    param([string[]]$Arguments = @())
    $dll = $env:RUNAI_EMULATOR_DLL
    if (-not $dll -or -not (Test-Path $dll)) { throw "RUNAI_EMULATOR_DLL does not name the built emulator ('$dll')." }
    $strictness = if (-not $env:RUNAI_EMULATOR_STRICT) { @{ Lenient = $true } } else { @{ ContractPath = $env:RUNAI_CONTRACT_PATH } }
    Start-RunaiDevEmulator -Path $dll @strictness -ArgumentList $Arguments -Quiet
}

function Stop-RunaiTestEmulator {
    param([Parameter(Mandatory)]$Emulator)
    Stop-RunaiDevEmulator $Emulator -RemoveLog
}

Export-ModuleMember -Function Get-RunaiEmulatorUrl, Get-RunaiModulePath, Get-RunaiContractPath, Test-RunaiEmulatorStrict, Reset-RunaiEmulator,
    Connect-RunaiEmulator, Add-RunaiEmulatorFault, Get-RunaiEmulatorRequest, Clear-RunaiEmulatorRequest, Get-CommandError, Invoke-RunaiWhatIf, Invoke-RunaiChildPwsh, Start-RunaiTestEmulator, Stop-RunaiTestEmulator
