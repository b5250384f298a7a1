<#
.SYNOPSIS
    Node pools: list them, create one with a label and a placement strategy, get it by name, relabel it, delete it.
.DESCRIPTION
    The PowerShell counterpart of runapy's examples/nodepools.py. Run it after Connect-Runai, or
    pass -BaseUrl to connect to an emulator (Start-RunaiEmulator -PassThru prints its URL).
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Name = 'test3'
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# All node pools, as a table.
Get-RunaiNodePool | Format-Table | Out-String | Write-Verbose

# A node pool for the nodes labelled newTestLabel=someValue, spreading CPU and GPU workloads.
New-RunaiNodePool -Name $Name -LabelKey newTestLabel -LabelValue someValue -PlacementStrategy spread -CpuPlacementStrategy spread

# The node pool by name.
$pool = Get-RunaiNodePool -Name $Name
$pool

# Point it at other nodes.
$pool | Set-RunaiNodePool -LabelKey new-type -LabelValue new -PassThru

# Delete it.
$pool | Remove-RunaiNodePool -Confirm:$false
