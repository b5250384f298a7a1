<#
.SYNOPSIS
    The module's listing in the smallest script there can be, for bench/Invoke-Benchmarks.ps1's List case: the peak
    resident set of a pwsh that does nothing else, with none of BenchCase.ps1's own parsing in it.
    Prints one line 'RESULT {json}'.
#>
param([Parameter(Mandatory)][string]$Url, [Parameter(Mandatory)][string]$ModulePath)
function Get-PeakRssMiB {
    # VmHWM on Linux, elsewhere the peak working set; no cmdlet, so that no module of PowerShell is loaded for it.
    if ([IO.File]::Exists('/proc/self/status')) { foreach ($line in [IO.File]::ReadAllLines('/proc/self/status')) { if ($line -match '^VmHWM:\s+(\d+)') { return [double]$Matches[1] / 1024 } } }
    [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64 / 1MB
}
$start = Get-PeakRssMiB
Import-Module $ModulePath
Connect-Runai -BaseUrl $Url -ClientId bench -ClientSecret ([System.Net.NetworkCredential]::new('', 'bench').SecurePassword)
$objects = (Get-RunaiWorkload | Measure-Object).Count
'RESULT ' + (@{ rssStartMiB = $start; peakRssMiB = Get-PeakRssMiB; objects = $objects } | ConvertTo-Json -Compress)
