<#
.SYNOPSIS
    Run a training and export its GPU and CPU time series to CSV (runapy's workload-metrics example).
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'example-metrics',
    [string]$CsvPath = (Join-Path ([System.IO.Path]::GetTempPath()) 'runai-workload-metrics.csv')
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath -Project $Project
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$training = New-RunaiTrainingWorkload -Project $Project -Name 'metrics-demo' -Image 'pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime' -Gpu 1 -Wait -TimeoutSec 600
$training |
    Get-RunaiWorkloadMetric -Type GPU_UTILIZATION, GPU_MEMORY_USAGE_BYTES, CPU_USAGE_CORES -Start $training.CreatedAt.UtcDateTime -End ([datetime]::UtcNow) -Samples 30 |
    Export-Csv -Path $CsvPath -NoTypeInformation
"Wrote $((Import-Csv $CsvPath).Count) samples to $CsvPath" | Out-Host
Import-Csv $CsvPath | Group-Object Type | ForEach-Object {
    [pscustomobject]@{ Metric = $_.Name; Samples = $_.Count; Peak = ($_.Group | Measure-Object { [double]$_.Value } -Maximum).Maximum }
} | Format-Table | Out-Host
$training | Remove-RunaiWorkload -Confirm:$false
Get-Item $CsvPath
