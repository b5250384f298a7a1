<#
.SYNOPSIS
    Projects: list them, create one with a GPU quota in a node pool, change the quota, delete it.
.DESCRIPTION
    The PowerShell counterpart of runapy's examples/project.py. Run it after Connect-Runai, or
    pass -BaseUrl to connect to an emulator (Start-RunaiEmulator -PassThru prints its URL).
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Name = 'latest-project-3',
    [string]$NodePool = 'default'
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# All projects, as a table.
Get-RunaiProject | Format-Table | Out-String | Write-Verbose

# A project with GPU quota only: 1 deserved, at most 2, over-quota weight 2.
$project = New-RunaiProject -Name $Name -NodePool $NodePool -GpuQuota 1 -GpuLimit 2 -OverQuotaWeight 2
$project

# Change its GPU quota in that node pool; everything else is kept.
$project | Set-RunaiProject -NodePool $NodePool -GpuQuota 2 -GpuLimit 3 -PassThru

# Delete it.
$project | Remove-RunaiProject -Confirm:$false
