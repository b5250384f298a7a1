# The dev harness: what build.ps1's tasks and the Pester helpers share. Starting and stopping the emulator, running
# scripts in a fresh pwsh, fetching Pester from the NuGet feed, plain output for logs, and the tasks themselves.
# Every process started here is tracked, so that SIGTERM or SIGHUP to this pwsh ends it too (Ctrl+C reaches the
# callers' finally blocks, which stop what they started). Run as a dotnet tool, this pwsh sits under 'dotnet pwsh'
# and a shim, which do not pass SIGTERM on: when one of them ends, the tracked processes are ended too.

Set-StrictMode -Version Latest

$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$OutDir = Join-Path $RepoRoot 'out'
$StagedModuleDir = Join-Path $OutDir 'Runai'
$StagedManifest = Join-Path $StagedModuleDir 'Runai.psd1'
$TestResultsDir = Join-Path $OutDir 'test-results'
$ModulesDir = Join-Path $RepoRoot 'tools/modules'
# Relative to the repo root so that a clone anywhere finds shared/ beside it.
$DefaultContractPath = Join-Path $RepoRoot '../shared/runai-api/openapi.json'
# Assemblies the host provides; staging them would shadow the real PowerShell.
$HostProvidedAssemblies = @('System.Management.Automation.dll', 'Microsoft.Management.Infrastructure.dll')

if (-not ('RunaiDevHarnessProcesses' -as [type])) {
    Add-Type -TypeDefinition @'
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

public static class RunaiDevHarnessProcesses
{
    private static readonly List<Process> Tracked = new List<Process>();
    private static readonly List<PosixSignalRegistration> Registrations = new List<PosixSignalRegistration>();
    private static readonly List<Process> Launchers = new List<Process>();
    private static Timer launcherWatch;

    public static void Track(Process process)
    {
        lock (Tracked)
        {
            Tracked.RemoveAll(p => { try { return p.HasExited; } catch (System.InvalidOperationException) { return true; } });
            Tracked.Add(process);
            if (Registrations.Count > 0) return;
            foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try { Registrations.Add(PosixSignalRegistration.Create(signal, _ => KillAll())); }
                catch (System.PlatformNotSupportedException) { }
            }
            WatchLaunchers();
        }
    }

    // The 'dotnet' processes above this one (the dotnet tool launcher and its shim); when one of them is gone, its
    // SIGTERM did not reach us: end what we started, and this process, as the signal would have.
    private static void WatchLaunchers()
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux)) return;
        int pid = System.Environment.ProcessId;
        for (int depth = 0; depth < 3; depth++)
        {
            int parent = ParentOf(pid);
            if (parent <= 1) break;
            Process process;
            try { process = Process.GetProcessById(parent); } catch (System.ArgumentException) { break; }
            if (process.ProcessName != "dotnet") break;
            Launchers.Add(process);
            pid = parent;
        }
        if (Launchers.Count == 0) return;
        launcherWatch = new Timer(_ =>
        {
            foreach (var launcher in Launchers)
            {
                bool gone;
                try { gone = launcher.HasExited; } catch (System.InvalidOperationException) { gone = true; }
                if (!gone) continue;
                KillAll();
                System.Environment.Exit(143);
            }
        }, null, 1000, 1000);
    }

    private static int ParentOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so read after the last ')'.
            string stat = File.ReadAllText("/proc/" + pid + "/stat");
            string[] fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (System.Exception) { return -1; }
    }

    public static void KillAll()
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
}

#region Output for logs

function Test-RunaiDevPlainOutput {
    # True when output goes to a file or pipe, or NO_COLOR (https://no-color.org) is set: no ANSI escapes then.
    [CmdletBinding()]
    [OutputType([bool])]
    param()
    [bool]$env:NO_COLOR -or [Console]::IsOutputRedirected
}

function Set-RunaiDevOutputRendering {
    # PowerShell's default ('Host') colours tables and warnings even when stdout is a file; logs get plain text.
    [CmdletBinding()]
    param()
    if (Test-RunaiDevPlainOutput) { $PSStyle.OutputRendering = 'PlainText' }
}

# Put in front of every child script: the same rule, decided by the child on its own stdout.
$ChildPreamble = 'if ($env:NO_COLOR -or [Console]::IsOutputRedirected) { $PSStyle.OutputRendering = ''PlainText'' }'

#endregion

#region Child processes

function Invoke-RunaiDevNative {
    # Runs a native command, its output to the host, and throws when it fails.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$FilePath, [string[]]$ArgumentList = @())
    & $FilePath @ArgumentList | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

function Get-RunaiDevPwshCommand {
    # The pwsh that runs this session; as a dotnet tool that is 'dotnet' plus pwsh.dll.
    [CmdletBinding()]
    [OutputType([string[]])]
    param()
    $processPath = (Get-Process -Id $PID).Path
    if ([IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'dotnet') {
        return @($processPath, (Join-Path $PSHOME 'pwsh.dll'))
    }
    @($processPath)
}

function Invoke-RunaiDevChildPwsh {
    <#
    .SYNOPSIS
        Runs a script in a fresh pwsh -NoProfile -NonInteractive (a loaded binary module locks its files).
    .DESCRIPTION
        Without -CaptureOutput the child writes to this console and the function returns its exit code. With
        -CaptureOutput it returns the child's output lines (stdout, then stderr) and sets $LASTEXITCODE.
        -ArgumentList reaches the script's param() block; -Environment is set for the child only. The child renders
        plain text when its output is redirected or NO_COLOR is set.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][object]$Script,
        [object[]]$ArgumentList = @(),
        [hashtable]$Environment = @{},
        [switch]$CaptureOutput
    )
    $pwsh = @(Get-RunaiDevPwshCommand)
    $file = Join-Path ([IO.Path]::GetTempPath()) "runai-child-$([guid]::NewGuid()).ps1"
    # The caller's script keeps its own param() block inside the script block.
    Set-Content -Path $file -Encoding utf8 -Value "$ChildPreamble`n& {`n$Script`n} @args"
    $startInfo = [Diagnostics.ProcessStartInfo]::new($pwsh[0])
    foreach ($argument in @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $file) + @($ArgumentList)) {
        $startInfo.ArgumentList.Add([string]$argument)
    }
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { $null = $startInfo.Environment.Remove($name) }
        else { $startInfo.Environment[$name] = [string]$Environment[$name] }
    }
    $startInfo.UseShellExecute = $false
    $startInfo.RedirectStandardOutput = [bool]$CaptureOutput
    $startInfo.RedirectStandardError = [bool]$CaptureOutput
    $child = $null
    try {
        $child = [Diagnostics.Process]::Start($startInfo)
        [RunaiDevHarnessProcesses]::Track($child)
        if ($CaptureOutput) {
            $stdout = $child.StandardOutput.ReadToEndAsync()
            $stderr = $child.StandardError.ReadToEndAsync()
        }
        # Short waits keep this session interruptible; the finally block ends the child if it was.
        while (-not $child.WaitForExit(200)) { }
        $child.WaitForExit()
        if ($CaptureOutput) {
            $global:LASTEXITCODE = $child.ExitCode
            foreach ($text in $stdout.Result, $stderr.Result) {
                if ($text) { $text.TrimEnd("`r", "`n") -split '\r?\n' }
            }
        }
        else {
            $child.ExitCode
        }
    }
    finally {
        if ($child -and -not $child.HasExited) { $child.Kill($true) }
        Remove-Item $file -ErrorAction SilentlyContinue
    }
}

#endregion

#region Emulator

function Get-RunaiDevEmulatorPath {
    [CmdletBinding()]
    [OutputType([string])]
    param([string]$Configuration = 'Release')
    Join-Path $RepoRoot "src/Runai.Emulator/bin/$Configuration/net10.0/Runai.Emulator.dll"
}

function Get-RunaiDevContractPath {
    # The contract beside the repository (../shared/runai-api/openapi.json), or $null when it is not there.
    [CmdletBinding()]
    [OutputType([string])]
    param()
    if (Test-Path $DefaultContractPath) { return (Resolve-Path $DefaultContractPath).Path }
    $null
}

function Read-SharedFile {
    # Reads a file another process is still writing.
    param([string]$Path)
    if (-not (Test-Path $Path)) { return '' }
    $stream = [IO.File]::Open($Path, 'Open', 'Read', 'ReadWrite')
    try { ([IO.StreamReader]::new($stream)).ReadToEnd() } finally { $stream.Dispose() }
}

function Start-RunaiDevEmulator {
    <#
    .SYNOPSIS
        Starts the emulator on a free loopback port and returns {Process, Url, ContractPath, Strict, StdOut, StdErr} once
        it prints 'Runai.Emulator listening on http://127.0.0.1:PORT'. Strict says where strict mode takes the contract
        from (the embedded contract digest, a document's path) or is $null when lenient.
    .PARAMETER ContractPath
        Strict mode against this OpenAPI document; omitted or empty: strict from the digest embedded in the emulator.
    .PARAMETER Lenient
        No contract validation at all.
    .PARAMETER ArgumentList
        More emulator options, e.g. '--clusters', '3', '--legacy-token-only'.
    .PARAMETER LogPath
        Base path of the stdout/stderr logs (.stdout.log, .stderr.log appended); a temporary one when omitted.
    #>
    [CmdletBinding()]
    param(
        [string]$Path = (Get-RunaiDevEmulatorPath),
        [double]$LifecycleSpeed = 0,
        [string]$ContractPath,
        [switch]$Lenient,
        [string[]]$ArgumentList = @(),
        [string]$LogPath,
        [TimeSpan]$Timeout = [TimeSpan]::FromSeconds(60),
        [switch]$Quiet
    )
    if (-not (Test-Path $Path)) { throw "Emulator not built: $Path" }
    $arguments = @($Path, '--port', '0')
    if ($LifecycleSpeed -gt 0) { $arguments += @('--lifecycle-speed', $LifecycleSpeed.ToString([cultureinfo]::InvariantCulture)) }
    $contract = $null
    if ($ContractPath) {
        if (-not (Test-Path $ContractPath)) { throw "No contract at $ContractPath." }
        $contract = (Resolve-Path $ContractPath).Path
        $arguments += @('--contract', $contract)
    }
    if ($Lenient) { $arguments += '--lenient' }
    $arguments += $ArgumentList
    if (-not $LogPath) { $LogPath = Join-Path ([IO.Path]::GetTempPath()) "runai-emulator-$([guid]::NewGuid())" }
    New-Item -ItemType Directory -Force (Split-Path $LogPath) | Out-Null
    $stdout = "$LogPath.stdout.log"
    $stderr = "$LogPath.stderr.log"
    $quoted = $arguments | ForEach-Object { if ($_ -match '\s') { '"' + $_ + '"' } else { $_ } }
    $process = Start-Process -FilePath dotnet -ArgumentList $quoted -NoNewWindow -PassThru `
        -RedirectStandardOutput $stdout -RedirectStandardError $stderr
    [RunaiDevHarnessProcesses]::Track($process)

    $emulator = [pscustomobject]@{ Process = $process; Url = $null; ContractPath = $contract; Strict = $null; StdOut = $stdout; StdErr = $stderr }
    $deadline = [DateTime]::UtcNow + $Timeout
    while ([DateTime]::UtcNow -lt $deadline) {
        $text = Read-SharedFile $stdout
        if ($text -match 'Runai\.Emulator listening on (https?://127\.0\.0\.1:\d+)') {
            $emulator.Url = $Matches[1]
            # The emulator prints where strict mode takes the contract from just before it listens.
            if ($text -match 'Runai\.Emulator strict mode: (.+)' -and $Matches[1].Trim() -notmatch '^off') { $emulator.Strict = $Matches[1].Trim() }
            $strictText = if ($emulator.Strict) { $emulator.Strict } else { 'off (lenient)' }
            if (-not $Quiet) { Write-Host "Emulator $($emulator.Url) (pid $($process.Id), strict: $strictText)" }
            return $emulator
        }
        if ($process.HasExited) { break }
        Start-Sleep -Milliseconds 100
    }
    $reason = if ($process.HasExited) { "exited with code $($process.ExitCode)" } else { "did not report its URL within $Timeout" }
    $text = "--- stdout ---`n$(Read-SharedFile $stdout)`n--- stderr ---`n$(Read-SharedFile $stderr)"
    Stop-RunaiDevEmulator $emulator
    throw "The emulator $reason.`n$text"
}

function Stop-RunaiDevEmulator {
    # Ends the emulator (and anything it started); -RemoveLog deletes its stdout/stderr logs.
    [CmdletBinding()]
    param([Parameter(Position = 0)]$Emulator, [switch]$RemoveLog)
    if (-not $Emulator) { return }
    $process = $Emulator.Process
    if (-not $process.HasExited) {
        $process.Kill($true)
        $process.WaitForExit(10000) | Out-Null
    }
    if ($RemoveLog) { Remove-Item $Emulator.StdOut, $Emulator.StdErr -ErrorAction SilentlyContinue }
}

function Show-RunaiDevContractViolation {
    # Every request strict mode rejected during the run (tests provoke some on purpose): listed so that a reader can
    # check none came from the module itself.
    [CmdletBinding()]
    param([Parameter(Mandatory)]$Emulator)
    if (-not $Emulator.Strict) { return }
    $violations = @(Invoke-RestMethod -Uri "$($Emulator.Url)/admin/violations" | ForEach-Object { $_ })
    Write-Host "Contract violations rejected by the strict emulator during the run: $($violations.Count)"
    foreach ($v in $violations) {
        $text = "$($v.violation)"
        Write-Host ("  {0} {1}: {2}" -f $v.method, $v.path, $text.Substring(0, [Math]::Min(160, $text.Length)))
    }
}

#endregion

#region Pester

function Install-RunaiDevPester {
    <#
    .SYNOPSIS
        Returns the path of Pester.psd1 <Version>, first copying it into -Destination (tools/modules) from the NuGet
        feed when it is not there yet.
    .DESCRIPTION
        The package is fetched by 'dotnet restore' of a generated project with a PackageDownload item, so only the .NET
        SDK and its NuGet configuration are involved: no PowerShell repository is registered, nothing is written to
        the user's PSResourceGet settings. The module is the package's tools/ folder in the NuGet global packages
        folder, copied to <Destination>/Pester/<Version>.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)][string]$Version,
        [string]$Destination = $ModulesDir
    )
    $moduleDir = Join-Path $Destination "Pester/$Version"
    $manifest = Join-Path $moduleDir 'Pester.psd1'
    if ((Test-Path $manifest) -and (Import-PowerShellDataFile $manifest).ModuleVersion -eq $Version) { return $manifest }

    Write-Host "Fetching Pester $Version from the NuGet feed into $moduleDir"
    $project = Join-Path $Destination ".pester-$Version"
    if (Test-Path $project) { Remove-Item -Recurse -Force $project }
    New-Item -ItemType Directory -Force $project | Out-Null
    try {
        # An empty Directory.Build.props stops MSBuild from importing the repository's (warnings as errors, versions).
        Set-Content -Path (Join-Path $project 'Directory.Build.props') -Value '<Project />'
        Set-Content -Path (Join-Path $project 'PesterDownload.csproj') -Value @"
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Pester" Version="[$Version]" />
  </ItemGroup>
</Project>
"@
        Invoke-RunaiDevNative dotnet @('restore', (Join-Path $project 'PesterDownload.csproj'), '--nologo', '-v', 'quiet')
        $locals = & dotnet nuget locals global-packages --list
        if ($LASTEXITCODE -ne 0 -or "$locals" -notmatch 'global-packages:\s*(.+)$') { throw "Cannot find the NuGet global packages folder: $locals" }
        $package = Join-Path $Matches[1].Trim() "pester/$($Version.ToLowerInvariant())/tools"
        if (-not (Test-Path (Join-Path $package 'Pester.psd1'))) { throw "Pester $Version was restored, but $package has no Pester.psd1." }
        if (Test-Path $moduleDir) { Remove-Item -Recurse -Force $moduleDir }
        New-Item -ItemType Directory -Force $moduleDir | Out-Null
        Copy-Item -Path (Join-Path $package '*') -Destination $moduleDir -Recurse
    }
    finally {
        Remove-Item -Recurse -Force $project -ErrorAction SilentlyContinue
    }
    if ((Import-PowerShellDataFile $manifest).ModuleVersion -ne $Version) { throw "$manifest is not Pester $Version." }
    $manifest
}

#endregion

#region Build

function Get-RunaiDevProjectVersion {
    [CmdletBinding()]
    [OutputType([string])]
    param()
    $props = [xml](Get-Content -Raw (Join-Path $RepoRoot 'Directory.Build.props'))
    $version = $props.Project.PropertyGroup | ForEach-Object { $_.SelectSingleNode('Version') } |
        Where-Object { $_ } | Select-Object -First 1
    if (-not $version) { throw 'Directory.Build.props has no <Version>.' }
    $version.InnerText.Trim()
}

function Invoke-RunaiDevBuild {
    # dotnet build Runai.slnx, then the importable module staged in out/Runai/.
    [CmdletBinding()]
    param([string]$Configuration = 'Release')
    Invoke-RunaiDevNative dotnet @('build', (Join-Path $RepoRoot 'Runai.slnx'), '-c', $Configuration, '-nologo')
    Publish-StagedModule -Configuration $Configuration
}

function Publish-StagedModule {
    param([string]$Configuration)
    $binDir = Join-Path $RepoRoot "src/Runai.PowerShell/bin/$Configuration/netstandard2.0"
    if (-not (Test-Path (Join-Path $binDir 'Runai.PowerShell.dll'))) { throw "Runai.PowerShell.dll not found in $binDir." }

    if (Test-Path $StagedModuleDir) { Remove-Item -Recurse -Force $StagedModuleDir }
    New-Item -ItemType Directory -Force $StagedModuleDir | Out-Null

    $version = Get-RunaiDevProjectVersion
    $manifest = Get-Content -Raw (Join-Path $RepoRoot 'Runai.psd1')
    $pattern = "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'"
    if ($manifest -notmatch $pattern) { throw 'Runai.psd1 has no ModuleVersion line to stamp.' }
    $manifest = $manifest -replace $pattern, "`${1}'$version'"
    Set-Content -Path $StagedManifest -Value $manifest -NoNewline -Encoding utf8

    # Runai's own assemblies sit at the root, where PowerShell finds them; every third-party DLL goes to dependencies/,
    # which PowerShell does not probe, so DependencyLoader can load them privately (see src/Runai.PowerShell/DependencyLoader.cs).
    $ownAssemblies = 'Runai.PowerShell.dll', 'Runai.Client.dll'
    $dependencies = Join-Path $StagedModuleDir 'dependencies'
    New-Item -ItemType Directory -Force $dependencies | Out-Null
    $ownAssemblies | ForEach-Object { Copy-Item -Path (Join-Path $binDir $_) -Destination $StagedModuleDir }
    # The licence travels with the module, so the package and every installed copy carry it.
    Copy-Item -Path (Join-Path $RepoRoot 'LICENSE') -Destination $StagedModuleDir
    Get-ChildItem -Path $binDir -Filter *.dll -File |
        Where-Object { $_.Name -notin $HostProvidedAssemblies -and $_.Name -notin $ownAssemblies } |
        Copy-Item -Destination $dependencies
    $formats = Join-Path $binDir 'Formats'
    if (Test-Path $formats) { Merge-StagedViews -SourceDir $formats -ManifestPath $StagedManifest }
    $leaked = Get-ChildItem -Recurse -File $StagedModuleDir | Where-Object { $_.Name -in $HostProvidedAssemblies }
    if ($leaked) { throw "Host assemblies were staged: $($leaked.FullName -join ', ')" }
    Build-Help
    Write-Host "Staged Runai $version in $StagedModuleDir"
}

function Merge-StagedViews {
    # The views are written one file per area (src/Runai.PowerShell/Formats), but staged as one format file and one
    # types file: PowerShell's view loading costs per file, about 8 ms of every import for the eight.
    param([string]$SourceDir, [string]$ManifestPath)
    $staged = Join-Path $StagedModuleDir 'Formats'
    New-Item -ItemType Directory -Force $staged | Out-Null
    $manifest = Get-Content -Raw $ManifestPath
    foreach ($kind in @(
            @{ Key = 'FormatsToProcess'; File = 'Runai.Format.ps1xml'; Root = 'Configuration'; Container = 'ViewDefinitions'; Item = 'View' }
            @{ Key = 'TypesToProcess'; File = 'Runai.Types.ps1xml'; Root = 'Types'; Container = $null; Item = 'Type' })) {
        $pattern = "(?s)(\b$($kind.Key)\s*=\s*@\()(.*?)(\))"
        $match = [regex]::Match($manifest, $pattern)
        if (-not $match.Success) { throw "Runai.psd1 has no $($kind.Key) list." }
        $sources = @([regex]::Matches($match.Groups[2].Value, "'([^']+)'") | ForEach-Object { $_.Groups[1].Value })
        $merged = [xml]"<?xml version=`"1.0`" encoding=`"utf-8`"?><$($kind.Root)/>"
        $null = $merged.InsertBefore($merged.CreateComment(" Staged by build.ps1 from $($sources -join ', ') (in manifest order); edit those. "), $merged.DocumentElement)
        $parent = $merged.DocumentElement
        if ($kind.Container) { $parent = $parent.AppendChild($merged.CreateElement($kind.Container)) }
        foreach ($source in $sources) {
            $document = [xml](Get-Content -Raw (Join-Path $SourceDir (Split-Path $source -Leaf)))
            foreach ($node in $document.SelectNodes("//$($kind.Item)[parent::$(if ($kind.Container) { $kind.Container } else { $kind.Root })]")) {
                $null = $parent.AppendChild($merged.ImportNode($node, $true))
            }
        }
        $merged.Save((Join-Path $staged $kind.File))
        $manifest = $manifest.Substring(0, $match.Index) + $match.Groups[1].Value + "'Formats/$($kind.File)'" + $match.Groups[3].Value + $manifest.Substring($match.Index + $match.Length)
    }
    Set-Content -Path $ManifestPath -Value $manifest -NoNewline -Encoding utf8
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
    $exitCode = Invoke-RunaiDevChildPwsh -Script '& $env:RUNAI_HELP_GENERATOR -ModulePath $env:RUNAI_MODULE_PATH -DocsPath $env:RUNAI_HELP_DOCS -OutFile $env:RUNAI_HELP_OUT; exit $LASTEXITCODE' -Environment @{
        RUNAI_HELP_GENERATOR = $generator
        RUNAI_MODULE_PATH    = $StagedManifest
        RUNAI_HELP_DOCS      = $docs
        RUNAI_HELP_OUT       = Join-Path $helpDir 'Runai.PowerShell.dll-Help.xml'
    }
    if ($exitCode -ne 0) { throw "tools/Build-Help.ps1 failed (exit code $exitCode)." }
}

#endregion

#region Test

function Invoke-UnitTests {
    param([string]$Configuration)
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
    param(
        [Parameter(Mandatory)]$Emulator,
        [Parameter(Mandatory)][string]$PesterManifest,
        [string]$Configuration,
        [string[]]$Filter,
        [string]$Verbosity
    )
    $summaryPath = Join-Path $TestResultsDir 'pester-summary.json'
    $script = @'
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module $env:RUNAI_PESTER_MANIFEST -Force
$config = New-PesterConfiguration
$config.Run.Path = $env:RUNAI_PESTER_PATH
$config.Run.PassThru = $true
$config.Output.Verbosity = $env:RUNAI_PESTER_VERBOSITY
if ($env:NO_COLOR -or [Console]::IsOutputRedirected) { $config.Output.RenderMode = 'Plaintext' }
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
    $exitCode = Invoke-RunaiDevChildPwsh -Script $script -Environment @{
        RUNAI_EMULATOR_URL     = $Emulator.Url
        RUNAI_MODULE_PATH      = $StagedManifest
        RUNAI_CONTRACT_PATH    = $Emulator.ContractPath
        # Where strict mode takes the contract from; empty when the emulator is lenient.
        RUNAI_EMULATOR_STRICT  = $Emulator.Strict
        # For tests that need an emulator started with other options (several clusters, an older token grant).
        RUNAI_EMULATOR_DLL     = Get-RunaiDevEmulatorPath -Configuration $Configuration
        RUNAI_PESTER_MANIFEST  = $PesterManifest
        RUNAI_PESTER_PATH      = Join-Path $RepoRoot 'tests/Pester'
        RUNAI_PESTER_RESULT    = Join-Path $TestResultsDir 'pester.junit.xml'
        RUNAI_PESTER_SUMMARY   = $summaryPath
        RUNAI_PESTER_VERBOSITY = $Verbosity
        RUNAI_RELIABILITY_DIR  = Join-Path $TestResultsDir 'reliability'
        # pwsh -File passes 'a','b' as one string: accept commas as separators too.
        RUNAI_PESTER_FILTER    = if ($Filter) { ($Filter -split ',' | ForEach-Object Trim) -join ';' } else { $null }
    }

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

function Show-RunaiDevReliabilityReport {
    <#
    .SYNOPSIS
        Prints the figures the reliability tests wrote to -Path (*.json of counters, summed): faults injected and
        survived, duplicates, inputs tried and refused, texts searched for secrets, leaks. Nothing when none ran.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Path)
    $files = @(if (Test-Path $Path) { Get-ChildItem -Path $Path -Filter *.json })
    if ($files.Count -eq 0) { return }
    $sum = @{}
    foreach ($file in $files) {
        $figures = Get-Content -Raw $file.FullName | ConvertFrom-Json
        foreach ($p in $figures.PSObject.Properties) { $sum[$p.Name] = [long]$sum[$p.Name] + [long]$p.Value }
    }
    Write-Host 'Reliability:'
    Write-Host "  faults injected $([long]$sum['FaultsInjected']), survived $([long]$sum['FaultsSurvived']); duplicates $([long]$sum['Duplicates'])"
    Write-Host "  bad inputs tried $([long]$sum['InputsTried']), refused before sending $([long]$sum['InputsRefused']), sent encoded to their route $([long]$sum['InputsSentEncoded'])"
    Write-Host "  texts searched for secrets $([long]$sum['TextsSearched']), leaks $([long]$sum['Leaks'])"
}

function Invoke-RunaiDevTest {
    <#
    .SYNOPSIS
        Build; xunit; Pester in a fresh pwsh against one emulator (strict when the contract is beside the repository);
        the contract violations it rejected; the closing line 'N passed, N failed, N skipped'. Returns $true when green.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [string]$Configuration = 'Release',
        [Parameter(Mandatory)][string]$PesterVersion,
        [string[]]$PesterFilter,
        [ValidateSet('None', 'Normal', 'Detailed', 'Diagnostic')][string]$PesterVerbosity = 'Normal'
    )
    Invoke-RunaiDevBuild -Configuration $Configuration
    if (Test-Path $TestResultsDir) { Remove-Item -Recurse -Force $TestResultsDir }
    New-Item -ItemType Directory -Force $TestResultsDir | Out-Null

    # The reliability tests (xunit and Pester) write their figures here; the report below sums them.
    $reliabilityDir = Join-Path $TestResultsDir 'reliability'
    $env:RUNAI_RELIABILITY_DIR = $reliabilityDir
    $results = [Collections.Generic.List[object]]::new()
    $results.Add((Invoke-UnitTests -Configuration $Configuration))
    $emulator = $null
    try {
        $pesterManifest = Install-RunaiDevPester -Version $PesterVersion
        # Strict from the committed contract digest, as on a fresh clone, in CI and for users; the xunit tests prove the
        # digest current with ../shared/runai-api/openapi.json and as strict as it, when the document is there.
        # The tests run lifecycles 20 times faster (a training completes in ~0.3 s).
        $emulator = Start-RunaiDevEmulator -Path (Get-RunaiDevEmulatorPath -Configuration $Configuration) -LifecycleSpeed 20 `
            -LogPath (Join-Path $OutDir 'emulator')
        $results.Add((Invoke-PesterTests -Emulator $emulator -PesterManifest $pesterManifest -Configuration $Configuration `
                    -Filter $PesterFilter -Verbosity $PesterVerbosity))
        Show-RunaiDevContractViolation $emulator
    }
    catch {
        # Report a harness failure (no Pester, no emulator) as a crashed runner, so the summary still closes the run.
        Write-Host "Pester could not run: $($_.Exception.Message)" -ForegroundColor Red
        $results.Add([pscustomobject]@{ Runner = 'Pester'; Passed = 0; Failed = 0; Skipped = 0; Crashed = $true })
    }
    finally {
        Stop-RunaiDevEmulator $emulator
    }

    foreach ($r in $results) {
        $state = if ($r.Crashed) { ' (CRASHED)' } else { '' }
        Write-Host "$($r.Runner): $($r.Passed) passed, $($r.Failed) failed, $($r.Skipped) skipped$state"
    }
    $passed = ($results | Measure-Object -Sum Passed).Sum
    $skipped = ($results | Measure-Object -Sum Skipped).Sum
    # A crashed runner counts as one failure, so that the closing line never reads green.
    $failed = ($results | Measure-Object -Sum Failed).Sum + @($results | Where-Object Crashed).Count
    if ($passed + $failed -eq 0) { Write-Warning 'No test ran: that is a failure.' }
    Show-RunaiDevReliabilityReport $reliabilityDir
    # The closing line CI reads; nothing may be printed after it.
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    $failed -eq 0 -and $passed -gt 0
}

#endregion

#region Demo, Package, Bench

function Invoke-RunaiDevDemo {
    # Build; examples/demo.ps1 in a fresh pwsh against an emulator at real pace.
    [CmdletBinding()]
    param([string]$Configuration = 'Release')
    Invoke-RunaiDevBuild -Configuration $Configuration
    $emulator = $null
    try {
        $emulator = Start-RunaiDevEmulator -Path (Get-RunaiDevEmulatorPath -Configuration $Configuration) `
            -ContractPath (Get-RunaiDevContractPath) -LogPath (Join-Path $OutDir 'emulator')
        $exitCode = Invoke-RunaiDevChildPwsh -Script '& $env:RUNAI_DEMO_SCRIPT; if (-not $?) { exit 1 }' -Environment @{
            RUNAI_EMULATOR_URL = $emulator.Url
            RUNAI_MODULE_PATH  = $StagedManifest
            RUNAI_DEMO_SCRIPT  = Join-Path $RepoRoot 'examples/demo.ps1'
        }
    }
    finally {
        Stop-RunaiDevEmulator $emulator
    }
    if ($exitCode -ne 0) { throw "examples/demo.ps1 failed (exit code $exitCode)." }
}

function Invoke-RunaiDevPackage {
    # Build; out/Runai.<version>.nupkg (the module) and out/Runai.Emulator.<version>.nupkg (the emulator as a .NET tool).
    [CmdletBinding()]
    param([string]$Configuration = 'Release')
    Invoke-RunaiDevBuild -Configuration $Configuration
    $package = New-RunaiDevModulePackage -DestinationPath $OutDir
    Write-Host "Package: $package"
    $tool = New-RunaiDevEmulatorPackage -DestinationPath $OutDir -Configuration $Configuration
    Write-Host "Package: $tool"
}

function New-RunaiDevModulePackage {
    # <DestinationPath>/Runai.<version>.nupkg from the staged module (with LICENSE), tagged as the gallery tags it.
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string]$DestinationPath)
    $version = Get-RunaiDevProjectVersion
    $package = Join-Path $DestinationPath "Runai.$version.nupkg"
    if (Test-Path $package) { Remove-Item $package }
    if (-not (Get-Command Compress-PSResource -ErrorAction SilentlyContinue)) {
        throw 'Packaging needs Compress-PSResource (PSResourceGet 1.1 or later, part of PowerShell 7.6).'
    }
    New-Item -ItemType Directory -Force $DestinationPath | Out-Null
    Compress-PSResource -Path $StagedModuleDir -DestinationPath $DestinationPath
    if (-not (Test-Path $package)) { throw "Packaging did not produce $package." }
    Add-RunaiDevGalleryTag -Package $package -Manifest $StagedManifest
    $package
}

function New-RunaiDevEmulatorPackage {
    # <DestinationPath>/Runai.Emulator.<version>.nupkg: the built emulator as a .NET tool (command runai-emulator),
    # which Start-RunaiEmulator finds on PATH, in ~/.dotnet/tools, or in a -Path tool folder.
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)][string]$DestinationPath, [string]$Configuration = 'Release')
    $version = Get-RunaiDevProjectVersion
    $tool = Join-Path $DestinationPath "Runai.Emulator.$version.nupkg"
    if (Test-Path $tool) { Remove-Item $tool }
    Invoke-RunaiDevNative dotnet -ArgumentList @('pack', (Join-Path $RepoRoot 'src/Runai.Emulator/Runai.Emulator.csproj'), '-c', $Configuration,
        '--no-build', '-nologo', '--verbosity', 'quiet', '-o', $DestinationPath, "-p:Version=$version")
    if (-not (Test-Path $tool)) { throw "Packaging did not produce $tool." }
    $tool
}

function Add-RunaiDevGalleryTag {
    # Compress-PSResource writes PSModule and PSEdition_* but not the per-command tags the gallery derives from the
    # manifest (PSCmdlet_<name>, PSCommand_<name>, PSIncludes_Cmdlet), which Find-PSResource -Command searches. They go
    # into the package's nuspec (what NuGet feeds and the gallery read) and into the Tags of the package's copy of the
    # manifest (what a file-system repository reads); the repository's Runai.psd1 stays as written.
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Package, [Parameter(Mandatory)][string]$Manifest)
    Add-Type -AssemblyName System.IO.Compression
    $data = Import-PowerShellDataFile $Manifest
    $tags = [System.Collections.Generic.List[string]]::new()
    $derived = @('PSModule') + @($data.CompatiblePSEditions | ForEach-Object { "PSEdition_$_" })
    if (@($data.CmdletsToExport).Count -gt 0) { $derived += 'PSIncludes_Cmdlet' }
    $derived += @($data.CmdletsToExport | ForEach-Object { "PSCmdlet_$_"; "PSCommand_$_" })
    foreach ($tag in @($data.PrivateData.PSData.Tags) + $derived) {
        if ($tag -and -not $tags.Contains($tag)) { $tags.Add($tag) }
    }
    $zip = [System.IO.Compression.ZipFile]::Open($Package, [System.IO.Compression.ZipArchiveMode]::Update)
    try {
        $nuspecEntry = $zip.Entries | Where-Object { $_.FullName -like '*.nuspec' -and $_.FullName -notlike '*/*' } | Select-Object -First 1
        if (-not $nuspecEntry) { throw "$Package has no nuspec." }
        [xml]$nuspec = Read-RunaiDevZipText $nuspecEntry
        $metadata = $nuspec.package.metadata
        $tagsNode = $metadata.ChildNodes | Where-Object LocalName -EQ 'tags' | Select-Object -First 1
        if (-not $tagsNode) {
            $tagsNode = $nuspec.CreateElement('tags', $nuspec.package.NamespaceURI)
            $metadata.AppendChild($tagsNode) | Out-Null
        }
        $tagsNode.InnerText = $tags -join ' '
        $writer = [System.IO.StringWriter]::new()
        $nuspec.Save($writer)
        Write-RunaiDevZipText $zip $nuspecEntry $writer.ToString()

        $manifestEntry = $zip.Entries | Where-Object FullName -EQ (Split-Path -Leaf $Manifest) | Select-Object -First 1
        if (-not $manifestEntry) { throw "$Package has no $(Split-Path -Leaf $Manifest)." }
        $text = Read-RunaiDevZipText $manifestEntry
        $pattern = '(?m)^(\s*Tags\s*=\s*)@\([^)]*\)'
        if ($text -notmatch $pattern) { throw 'The manifest has no PrivateData.PSData Tags line to extend.' }
        $list = ($tags | ForEach-Object { "'" + ($_ -replace "'", "''") + "'" }) -join ', '
        Write-RunaiDevZipText $zip $manifestEntry ([regex]::Replace($text, $pattern, { param($m) $m.Groups[1].Value + "@($list)" }))
    }
    finally {
        $zip.Dispose()
    }
}

function Read-RunaiDevZipText($Entry) {
    $reader = [System.IO.StreamReader]::new($Entry.Open())
    try { $reader.ReadToEnd() } finally { $reader.Dispose() }
}

function Write-RunaiDevZipText($Zip, $Entry, [string]$Text) {
    $name = $Entry.FullName
    $Entry.Delete()
    $writer = [System.IO.StreamWriter]::new($Zip.CreateEntry($name).Open(), [System.Text.UTF8Encoding]::new($false))
    try { $writer.Write($Text) } finally { $writer.Dispose() }
}

function Invoke-RunaiDevBench {
    # bench/Invoke-Benchmarks.ps1 when the repository has it (it gets -BenchFilter and the rest of the arguments),
    # else the BenchmarkDotNet suite in bench/Runai.Bench.
    [CmdletBinding()]
    param([string]$BenchFilter = '*', [string[]]$ArgumentList = @())
    $script = Join-Path $RepoRoot 'bench/Invoke-Benchmarks.ps1'
    if (Test-Path $script) {
        $global:LASTEXITCODE = 0
        & $script -BenchFilter $BenchFilter @ArgumentList
        if ($LASTEXITCODE -ne 0) { throw "bench/Invoke-Benchmarks.ps1 failed (exit code $LASTEXITCODE)." }
        return
    }
    Invoke-RunaiDevNative dotnet (@('run', '-c', 'Release', '--project', (Join-Path $RepoRoot 'bench/Runai.Bench'), '--', '--filter', $BenchFilter) + $ArgumentList)
}

#endregion

Export-ModuleMember -Function Test-RunaiDevPlainOutput, Set-RunaiDevOutputRendering, Invoke-RunaiDevNative, Get-RunaiDevPwshCommand,
    Invoke-RunaiDevChildPwsh, Get-RunaiDevEmulatorPath, Get-RunaiDevContractPath, Start-RunaiDevEmulator, Stop-RunaiDevEmulator,
    Show-RunaiDevContractViolation, Install-RunaiDevPester, Get-RunaiDevProjectVersion, Invoke-RunaiDevBuild, Invoke-RunaiDevTest,
    Invoke-RunaiDevDemo, Invoke-RunaiDevPackage, New-RunaiDevModulePackage, New-RunaiDevEmulatorPackage, Invoke-RunaiDevBench
