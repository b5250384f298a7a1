#Requires -Version 7.2
<#
.SYNOPSIS
    Builds, tests, demonstrates, packages and benchmarks the Runai module.
.DESCRIPTION
    Build    dotnet build Runai.slnx, then stage the importable module in out/Runai/.
    Test     Build; xunit (tests/Unit); Pester (tests/Pester) in a fresh pwsh against one emulator.
             Ends with the line 'N passed, N failed, N skipped' and exits 1 when anything failed.
    Demo     Build; run examples/demo.ps1 in a fresh pwsh against the emulator.
    Package  Build; write out/Runai.<version>.nupkg.
    Bench    Run the BenchmarkDotNet suite in bench/Runai.Bench.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Bench')]
    [string]$Task = 'Build',

    [string]$Configuration = 'Release',

    # Runs only the Pester tests whose full name matches one of these wildcards (Test task).
    [string[]]$PesterFilter,

    # Passed to BenchmarkDotNet as --filter (Bench task).
    [string]$BenchFilter = '*'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$RepoRoot = $PSScriptRoot
$OutDir = Join-Path $RepoRoot 'out'
$StagedModuleDir = Join-Path $OutDir 'Runai'
$StagedManifest = Join-Path $StagedModuleDir 'Runai.psd1'
$TestResultsDir = Join-Path $OutDir 'test-results'
$PesterVersion = '5.7.1'
$PesterRoot = Join-Path $RepoRoot 'tools/modules'
# Relative to the repo root so that a clone anywhere finds shared/ beside it.
$ContractPath = Join-Path $RepoRoot '../shared/runai-api/openapi.json'
$EmulatorStartTimeout = [TimeSpan]::FromSeconds(60)

# Assemblies the host provides; staging them would shadow the real PowerShell.
$HostProvidedAssemblies = @('System.Management.Automation.dll', 'Microsoft.Management.Infrastructure.dll')

# Ctrl+C reaches this script's finally blocks, SIGTERM and SIGHUP do not: on those, end the processes started
# here (emulator, child pwsh) before this one goes, so none is left running.
Add-Type -TypeDefinition @'
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;

public static class RunaiBuildChildProcesses
{
    private static readonly List<Process> Tracked = new List<Process>();
    private static readonly List<PosixSignalRegistration> Registrations = new List<PosixSignalRegistration>();

    public static void Track(Process process)
    {
        lock (Tracked)
        {
            Tracked.Add(process);
            if (Registrations.Count > 0) return;
            foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try { Registrations.Add(PosixSignalRegistration.Create(signal, _ => KillAll())); }
                catch (System.PlatformNotSupportedException) { }
            }
        }
    }

    private static void KillAll()
    {
        lock (Tracked)
        {
            foreach (var process in Tracked)
            {
                try { if (!process.HasExited) process.Kill(true); } catch (System.InvalidOperationException) { }
            }
        }
    }
}
'@

function Invoke-Native {
    # Runs a native command and throws when it fails (native exit codes do not honour $ErrorActionPreference).
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$ArgumentList = @())
    & $FilePath @ArgumentList | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

function Get-ProjectVersion {
    $props = [xml](Get-Content -Raw (Join-Path $RepoRoot 'Directory.Build.props'))
    $version = $props.Project.PropertyGroup | ForEach-Object { $_.SelectSingleNode('Version') } |
        Where-Object { $_ } | Select-Object -First 1
    if (-not $version) { throw 'Directory.Build.props has no <Version>.' }
    $version.InnerText.Trim()
}

function Get-PwshCommand {
    # The pwsh that runs this script; as a dotnet tool that is 'dotnet' plus pwsh.dll.
    $processPath = (Get-Process -Id $PID).Path
    if ([IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'dotnet') {
        return @($processPath, (Join-Path $PSHOME 'pwsh.dll'))
    }
    @($processPath)
}

function Invoke-ChildPwsh {
    # Runs a script in a fresh pwsh -NoProfile (a loaded binary module locks its files); returns its exit code.
    param([Parameter(Mandatory)][string]$Script, [hashtable]$Environment = @{})
    $pwsh = @(Get-PwshCommand)
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($Script))
    $saved = @{}
    $child = $null
    foreach ($name in $Environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $Environment[$name])
    }
    try {
        $pwshArguments = @($pwsh | Select-Object -Skip 1 | ConvertTo-QuotedArgument) + @('-NoProfile', '-NonInteractive', '-OutputFormat', 'Text', '-EncodedCommand', $encoded)
        # Start-Process leaves the child on this console (colours, Ctrl+C) instead of capturing its output.
        $child = Start-Process -FilePath $pwsh[0] -ArgumentList $pwshArguments -NoNewWindow -PassThru
        [RunaiBuildChildProcesses]::Track($child)
        $null = $child.Handle # keeps ExitCode readable on Windows
        # Short waits keep this script interruptible; the finally block ends the child if it was.
        while (-not $child.WaitForExit(200)) { }
        $child.ExitCode
    }
    finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        if ($child -and -not $child.HasExited) { $child.Kill($true) }
    }
}

function ConvertTo-QuotedArgument {
    # Start-Process joins its arguments with spaces; quote the ones that contain spaces.
    process { if ($_ -match '\s') { '"' + $_ + '"' } else { $_ } }
}

function Invoke-BuildTask {
    Invoke-Native dotnet @('build', (Join-Path $RepoRoot 'Runai.slnx'), '-c', $Configuration, '-nologo')
    Publish-StagedModule
}

function Publish-StagedModule {
    $binDir = Join-Path $RepoRoot "src/Runai.PowerShell/bin/$Configuration/netstandard2.0"
    if (-not (Test-Path (Join-Path $binDir 'Runai.PowerShell.dll'))) { throw "Runai.PowerShell.dll not found in $binDir." }

    if (Test-Path $StagedModuleDir) { Remove-Item -Recurse -Force $StagedModuleDir }
    New-Item -ItemType Directory -Force $StagedModuleDir | Out-Null

    $version = Get-ProjectVersion
    $manifest = Get-Content -Raw (Join-Path $RepoRoot 'Runai.psd1')
    $pattern = "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'"
    if ($manifest -notmatch $pattern) { throw 'Runai.psd1 has no ModuleVersion line to stamp.' }
    $manifest = $manifest -replace $pattern, "`${1}'$version'"
    Set-Content -Path $StagedManifest -Value $manifest -NoNewline -Encoding utf8

    # Only the cmdlet assembly sits at the root; Runai.Client and every third-party DLL go to dependencies/, which
    # PowerShell does not probe, so DependencyLoader can load them privately (see src/Runai.PowerShell/DependencyLoader.cs).
    $dependencies = Join-Path $StagedModuleDir 'dependencies'
    New-Item -ItemType Directory -Force $dependencies | Out-Null
    Copy-Item -Path (Join-Path $binDir 'Runai.PowerShell.dll') -Destination $StagedModuleDir
    Copy-Item -Path (Join-Path $RepoRoot 'Runai.Init.ps1') -Destination $StagedModuleDir
    Get-ChildItem -Path $binDir -Filter *.dll -File |
        Where-Object { $_.Name -notin $HostProvidedAssemblies -and $_.Name -ne 'Runai.PowerShell.dll' } |
        Copy-Item -Destination $dependencies
    $formats = Join-Path $binDir 'Formats'
    if (Test-Path $formats) { Copy-Item -Recurse -Path $formats -Destination (Join-Path $StagedModuleDir 'Formats') }
    $leaked = Get-ChildItem -Recurse -File $StagedModuleDir | Where-Object { $_.Name -in $HostProvidedAssemblies }
    if ($leaked) { throw "Host assemblies were staged: $($leaked.FullName -join ', ')" }
    Build-Help
    Write-Host "Staged Runai $version in $StagedModuleDir"
}

function Build-Help {
    # Help is written in docs/help/*.md; tools/Build-Help.ps1 turns it into MAML, taking syntax from the staged
    # cmdlets, so it runs in a child pwsh (importing the module here would lock out/Runai).
    $helpDir = Join-Path $StagedModuleDir 'en-US'
    $handWritten = Join-Path $RepoRoot 'src/Runai.PowerShell/en-US'
    if (Test-Path $handWritten) {
        $topics = Get-ChildItem -Path $handWritten -File | Where-Object Name -Match '(-Help\.xml|\.help\.txt)$'
        if ($topics) {
            New-Item -ItemType Directory -Force $helpDir | Out-Null
            $topics | Copy-Item -Destination $helpDir
        }
    }
    $generator = Join-Path $RepoRoot 'tools/Build-Help.ps1'
    $docs = Join-Path $RepoRoot 'docs/help'
    if (-not ((Test-Path $generator) -and (Test-Path $docs))) { return }
    $exitCode = Invoke-ChildPwsh -Script '& $env:RUNAI_HELP_GENERATOR -ModulePath $env:RUNAI_MODULE_PATH -DocsPath $env:RUNAI_HELP_DOCS -OutFile $env:RUNAI_HELP_OUT' -Environment @{
        RUNAI_HELP_GENERATOR = $generator
        RUNAI_MODULE_PATH    = $StagedManifest
        RUNAI_HELP_DOCS      = $docs
        RUNAI_HELP_OUT       = Join-Path $helpDir 'Runai.PowerShell.dll-Help.xml'
    }
    if ($exitCode -ne 0) { throw "tools/Build-Help.ps1 failed (exit code $exitCode)." }
}

function Get-PesterManifest {
    # PSResourceGet saves the nuget.org package as 'pester/5.7.1/' with the module under 'tools/'; take the file
    # system's real casing so that the import path also works on case-sensitive file systems.
    if (-not (Test-Path $PesterRoot)) { return $null }
    Get-ChildItem -Path $PesterRoot -Directory | Where-Object Name -EQ 'Pester' |
        ForEach-Object { Get-ChildItem -Path $_.FullName -Directory | Where-Object Name -EQ $PesterVersion } |
        ForEach-Object { Get-ChildItem -Path $_.FullName -Recurse -Depth 2 -File | Where-Object Name -EQ 'Pester.psd1' } |
        Where-Object { (Import-PowerShellDataFile $_.FullName).ModuleVersion -eq $PesterVersion } |
        Select-Object -First 1 -ExpandProperty FullName
}

function Install-Pester {
    $manifest = Get-PesterManifest
    if ($manifest) { return $manifest }
    Write-Host "Saving Pester $PesterVersion into $PesterRoot"
    if (-not (Get-PSResourceRepository -Name RunaiNuGet -ErrorAction SilentlyContinue)) {
        Register-PSResourceRepository -Name RunaiNuGet -Uri 'https://api.nuget.org/v3/index.json' -Trusted
    }
    New-Item -ItemType Directory -Force $PesterRoot | Out-Null
    Save-PSResource -Name Pester -Version $PesterVersion -Repository RunaiNuGet -Path $PesterRoot -TrustRepository -SkipDependencyCheck
    $manifest = Get-PesterManifest
    if (-not $manifest) { throw "Pester $PesterVersion was not found under $PesterRoot after Save-PSResource." }
    $manifest
}

function Start-Emulator {
    # The demo watches a training at real pace; the tests run lifecycles 20 times faster (a training completes in ~0.3 s).
    param([double]$LifecycleSpeed = 1)
    $dll = Join-Path $RepoRoot "src/Runai.Emulator/bin/$Configuration/net10.0/Runai.Emulator.dll"
    if (-not (Test-Path $dll)) { throw "Emulator not built: $dll" }
    $arguments = @($dll, '--port', '0', '--lifecycle-speed', $LifecycleSpeed.ToString([cultureinfo]::InvariantCulture))
    $contract = $null
    if (Test-Path $ContractPath) {
        $contract = (Resolve-Path $ContractPath).Path
        $arguments += @('--contract', $contract)
    }
    else {
        Write-Warning "No contract at ../shared/runai-api/openapi.json beside the repository: the emulator runs WITHOUT strict contract validation, and the strict-mode tests are skipped."
    }
    New-Item -ItemType Directory -Force $OutDir | Out-Null
    $stdout = Join-Path $OutDir 'emulator.stdout.log'
    $stderr = Join-Path $OutDir 'emulator.stderr.log'
    $process = Start-Process -FilePath dotnet -ArgumentList ($arguments | ConvertTo-QuotedArgument) -NoNewWindow -PassThru `
        -RedirectStandardOutput $stdout -RedirectStandardError $stderr
    [RunaiBuildChildProcesses]::Track($process)

    $emulator = [pscustomobject]@{ Process = $process; Url = $null; ContractPath = $contract; StdOut = $stdout; StdErr = $stderr }
    $deadline = [DateTime]::UtcNow + $EmulatorStartTimeout
    while ([DateTime]::UtcNow -lt $deadline) {
        $text = Read-SharedFile $stdout
        if ($text -match 'Runai\.Emulator listening on (http://127\.0\.0\.1:\d+)') {
            $emulator.Url = $Matches[1]
            Write-Host "Emulator $($emulator.Url) (pid $($process.Id), strict: $([bool]$contract))"
            return $emulator
        }
        if ($process.HasExited) { break }
        Start-Sleep -Milliseconds 100
    }
    Stop-Emulator $emulator
    $reason = if ($process.HasExited) { "exited with code $($process.ExitCode)" } else { "did not report its URL within $EmulatorStartTimeout" }
    throw "The emulator $reason.`n--- stdout ---`n$(Read-SharedFile $stdout)`n--- stderr ---`n$(Read-SharedFile $stderr)"
}

function Read-SharedFile {
    # Reads a file another process is still writing.
    param([string]$Path)
    if (-not (Test-Path $Path)) { return '' }
    $stream = [IO.File]::Open($Path, 'Open', 'Read', 'ReadWrite')
    try { ([IO.StreamReader]::new($stream)).ReadToEnd() } finally { $stream.Dispose() }
}

function Stop-Emulator {
    param($Emulator)
    if (-not $Emulator) { return }
    $process = $Emulator.Process
    if (-not $process.HasExited) {
        $process.Kill($true)
        $process.WaitForExit(10000) | Out-Null
    }
}

function Invoke-UnitTests {
    $trx = Join-Path $TestResultsDir 'unit.trx'
    & dotnet test (Join-Path $RepoRoot 'tests/Unit') -c $Configuration --no-build --nologo `
        --logger 'trx;LogFileName=unit.trx' --results-directory $TestResultsDir | Out-Host
    $exitCode = $LASTEXITCODE
    $result = [pscustomobject]@{ Runner = 'xunit'; Passed = 0; Failed = 0; Skipped = 0; Crashed = $false }
    if (Test-Path $trx) {
        $counters = ([xml](Get-Content -Raw $trx)).TestRun.ResultSummary.Counters
        $result.Passed = [int]$counters.passed
        $result.Failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        # VSTest leaves notExecuted at 0 for xunit's skipped tests; they are the ones not executed.
        $result.Skipped = [Math]::Max(0, [int]$counters.total - [int]$counters.executed)
    }
    elseif ($exitCode -eq 0) {
        Write-Host 'xunit: no TRX written (no tests ran).'
    }
    # A non-zero exit that the counts do not explain (build or host crash) must not look green.
    if ($exitCode -ne 0 -and $result.Failed -eq 0) {
        Write-Warning "dotnet test exited with $exitCode without reporting a failed test."
        $result.Crashed = $true
    }
    $result
}

function Invoke-PesterTests {
    param([Parameter(Mandatory)]$Emulator, [Parameter(Mandatory)][string]$PesterManifest)
    $summaryPath = Join-Path $TestResultsDir 'pester-summary.json'
    $script = @'
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module $env:RUNAI_PESTER_MANIFEST -Force
$config = New-PesterConfiguration
$config.Run.Path = $env:RUNAI_PESTER_PATH
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
$config.TestResult.Enabled = $true
$config.TestResult.OutputFormat = 'JUnitXml'
$config.TestResult.OutputPath = $env:RUNAI_PESTER_RESULT
if ($env:RUNAI_PESTER_FILTER) { $config.Filter.FullName = $env:RUNAI_PESTER_FILTER -split ';' }
$run = Invoke-Pester -Configuration $config
[ordered]@{
    Passed           = $run.PassedCount
    Failed           = $run.FailedCount
    Skipped          = $run.SkippedCount
    FailedBlocks     = $run.FailedBlocksCount
    FailedContainers = $run.FailedContainersCount
} | ConvertTo-Json | Set-Content -Path $env:RUNAI_PESTER_SUMMARY -Encoding utf8
'@
    if (Test-Path $summaryPath) { Remove-Item $summaryPath }
    $environment = @{
        RUNAI_EMULATOR_URL    = $Emulator.Url
        RUNAI_MODULE_PATH     = $StagedManifest
        RUNAI_CONTRACT_PATH   = $Emulator.ContractPath
        # For tests that need an emulator started with other options (several clusters, an older token grant).
        RUNAI_EMULATOR_DLL    = Join-Path $RepoRoot "src/Runai.Emulator/bin/$Configuration/net10.0/Runai.Emulator.dll"
        RUNAI_PESTER_MANIFEST = $PesterManifest
        RUNAI_PESTER_PATH     = Join-Path $RepoRoot 'tests/Pester'
        RUNAI_PESTER_RESULT   = Join-Path $TestResultsDir 'pester.junit.xml'
        RUNAI_PESTER_SUMMARY  = $summaryPath
        # pwsh -File passes 'a','b' as one string: accept commas as separators too.
        RUNAI_PESTER_FILTER   = if ($PesterFilter) { ($PesterFilter -split ',' | ForEach-Object Trim) -join ';' } else { $null }
    }
    $exitCode = Invoke-ChildPwsh -Script $script -Environment $environment

    $result = [pscustomobject]@{ Runner = 'Pester'; Passed = 0; Failed = 0; Skipped = 0; Crashed = $false }
    if ($exitCode -ne 0 -or -not (Test-Path $summaryPath)) {
        Write-Warning "The Pester process exited with $exitCode and wrote no summary: treating it as a crash."
        $result.Crashed = $true
        return $result
    }
    $summary = Get-Content -Raw $summaryPath | ConvertFrom-Json
    $result.Passed = $summary.Passed
    # A failing BeforeAll/AfterAll or a file that cannot be discovered counts as a failure too.
    $result.Failed = $summary.Failed + $summary.FailedBlocks + $summary.FailedContainers
    $result.Skipped = $summary.Skipped
    $result
}

function Show-ContractViolations {
    # Every request strict mode rejected during the run (tests provoke some on purpose): listed so that a reader can
    # check none came from the module itself.
    param($Emulator)
    if (-not $Emulator.ContractPath) { return }
    $violations = @(Invoke-RestMethod -Uri "$($Emulator.Url)/admin/violations" | ForEach-Object { $_ })
    Write-Host "Contract violations rejected by the strict emulator during the run: $($violations.Count)"
    foreach ($v in $violations) {
        $text = "$($v.violation)"
        Write-Host ("  {0} {1}: {2}" -f $v.method, $v.path, $text.Substring(0, [Math]::Min(160, $text.Length)))
    }
}

function Invoke-TestTask {
    Invoke-BuildTask
    if (Test-Path $TestResultsDir) { Remove-Item -Recurse -Force $TestResultsDir }
    New-Item -ItemType Directory -Force $TestResultsDir | Out-Null

    $results = [Collections.Generic.List[object]]::new()
    $results.Add((Invoke-UnitTests))
    $emulator = $null
    try {
        $pesterManifest = Install-Pester
        $emulator = Start-Emulator -LifecycleSpeed 20
        $results.Add((Invoke-PesterTests -Emulator $emulator -PesterManifest $pesterManifest))
        Show-ContractViolations $emulator
    }
    catch {
        # Report a harness failure (no Pester, no emulator) as a crashed runner, so the summary still closes the run.
        Write-Host "Pester could not run: $($_.Exception.Message)" -ForegroundColor Red
        $results.Add([pscustomobject]@{ Runner = 'Pester'; Passed = 0; Failed = 0; Skipped = 0; Crashed = $true })
    }
    finally {
        Stop-Emulator $emulator
    }

    foreach ($r in $results) {
        $state = if ($r.Crashed) { ' (CRASHED)' } else { '' }
        Write-Host "$($r.Runner): $($r.Passed) passed, $($r.Failed) failed, $($r.Skipped) skipped$state"
    }
    $passed = ($results | Measure-Object -Sum Passed).Sum
    $skipped = ($results | Measure-Object -Sum Skipped).Sum
    # A crashed runner counts as one failure, so that the closing line never reads green.
    $failed = ($results | Measure-Object -Sum Failed).Sum + @($results | Where-Object Crashed).Count
    $success = $failed -eq 0 -and $passed -gt 0
    if ($passed + $failed -eq 0) { Write-Warning 'No test ran: that is a failure.' }
    # The closing line CI reads; nothing may be printed after it.
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    $success
}

function Invoke-DemoTask {
    Invoke-BuildTask
    $emulator = $null
    try {
        $emulator = Start-Emulator
        $script = '& $env:RUNAI_DEMO_SCRIPT; if (-not $?) { exit 1 }'
        $exitCode = Invoke-ChildPwsh -Script $script -Environment @{
            RUNAI_EMULATOR_URL = $emulator.Url
            RUNAI_MODULE_PATH  = $StagedManifest
            RUNAI_DEMO_SCRIPT  = Join-Path $RepoRoot 'examples/demo.ps1'
        }
    }
    finally {
        Stop-Emulator $emulator
    }
    if ($exitCode -ne 0) { throw "examples/demo.ps1 failed (exit code $exitCode)." }
}

function Invoke-PackageTask {
    Invoke-BuildTask
    $version = Get-ProjectVersion
    $package = Join-Path $OutDir "Runai.$version.nupkg"
    if (Test-Path $package) { Remove-Item $package }
    if (Get-Command Compress-PSResource -ErrorAction SilentlyContinue) {
        Compress-PSResource -Path $StagedModuleDir -DestinationPath $OutDir
    }
    else {
        $repositoryDir = Join-Path $OutDir 'local-repository'
        New-Item -ItemType Directory -Force $repositoryDir | Out-Null
        if (-not (Get-PSResourceRepository -Name RunaiLocal -ErrorAction SilentlyContinue)) {
            Register-PSResourceRepository -Name RunaiLocal -Uri $repositoryDir -Trusted
        }
        Publish-PSResource -Path $StagedModuleDir -Repository RunaiLocal
        Get-ChildItem -Path $repositoryDir -Filter "Runai.$version.nupkg" | Move-Item -Destination $package -Force
    }
    if (-not (Test-Path $package)) { throw "Packaging did not produce $package." }
    Write-Host "Package: $package"
}

function Invoke-BenchTask {
    & (Join-Path $RepoRoot 'bench/Invoke-Benchmarks.ps1') -Configuration $Configuration -BenchFilter $BenchFilter
}

$outcome = 'interrupted'
try {
    $succeeded = switch ($Task) {
        'Build' { Invoke-BuildTask; $true }
        'Test' { Invoke-TestTask }
        'Demo' { Invoke-DemoTask; $true }
        'Package' { Invoke-PackageTask; $true }
        'Bench' { Invoke-BenchTask; $true }
    }
    $outcome = if (@($succeeded)[-1] -eq $true) { 'succeeded' } else { 'failed' }
}
catch {
    $outcome = 'failed'
    throw
}
finally {
    # Ctrl+C skips catch and would otherwise end pwsh with exit code 0; the tasks' own finally blocks have
    # already stopped the emulator by now.
    if ($outcome -eq 'interrupted') {
        Write-Host "build.ps1 $Task was interrupted."
        [Environment]::Exit(130)
    }
}
if ($outcome -eq 'failed') { exit 1 }
