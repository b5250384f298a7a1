#Requires -Version 7.2
<#
.SYNOPSIS
    Builds, tests, demonstrates, packages and benchmarks the Runai module.
.DESCRIPTION
    Build    dotnet build Runai.slnx, then stage the importable module in out/Runai/.
    Test     Build; xunit (tests/Unit); Pester (tests/Pester) in a fresh pwsh against one emulator.
             Ends with the line 'N passed, N failed, N skipped' and exits 1 when anything failed.
    Demo     Build; run examples/demo.ps1 in a fresh pwsh against the emulator.
    Package  Build; write out/Runai.<version>.nupkg and the emulator tool out/Runai.Emulator.<version>.nupkg.
    Bench    bench/Invoke-Benchmarks.ps1 when present, else the BenchmarkDotNet suite in bench/Runai.Bench.
    The work is done by tools/RunaiDevHarness.psm1, which the Pester helpers share.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 Test
#>
# Only the task is positional, so that the Bench task's own arguments are never taken for -Configuration.
[CmdletBinding(PositionalBinding = $false)]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Demo', 'Package', 'Bench')]
    [string]$Task = 'Build',

    [string]$Configuration = 'Release',

    # Runs only the Pester tests whose full name matches one of these wildcards (Test task).
    [string[]]$PesterFilter,

    # Pester's output: Normal lists each file and the details of every failure; Detailed adds a line per test.
    [ValidateSet('None', 'Normal', 'Detailed', 'Diagnostic')]
    [string]$PesterVerbosity = 'Normal',

    # Passed to BenchmarkDotNet as --filter (Bench task).
    [string]$BenchFilter = '*',

    # Further arguments for the Bench task.
    [Parameter(ValueFromRemainingArguments)]
    [string[]]$BenchArguments = @()
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
if ($BenchArguments -and $Task -ne 'Bench') { throw "Unknown arguments for the $Task task: $BenchArguments" }
# The newest Pester the suite passes on; fetched from the NuGet feed into tools/modules/ on first use.
$PesterVersion = '6.2.0'

Import-Module (Join-Path $PSScriptRoot 'tools/RunaiDevHarness.psm1') -Force
Set-RunaiDevOutputRendering

$outcome = 'interrupted'
try {
    $succeeded = switch ($Task) {
        'Build' { Invoke-RunaiDevBuild -Configuration $Configuration; $true }
        'Test' { Invoke-RunaiDevTest -Configuration $Configuration -PesterVersion $PesterVersion -PesterFilter $PesterFilter -PesterVerbosity $PesterVerbosity }
        'Demo' { Invoke-RunaiDevDemo -Configuration $Configuration; $true }
        'Package' { Invoke-RunaiDevPackage -Configuration $Configuration; $true }
        'Bench' { Invoke-RunaiDevBench -BenchFilter $BenchFilter -ArgumentList $BenchArguments; $true }
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
