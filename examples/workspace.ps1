<#
.SYNOPSIS
    Start a Jupyter workspace with half a GPU and a port, stop it for the night, resume it, and clean up.
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'example-workspace'
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath -Project $Project
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$workspace = New-RunaiWorkspace -Project $Project -Name 'jupyter' -Image 'jupyter/scipy-notebook' -GpuFraction 0.5 -Port 8888 `
    -Command 'start-notebook.sh' -Arguments "--NotebookApp.base_url=/$Project/jupyter" -Wait -TimeoutSec 600
$workspace | Format-Table | Out-Host

# Idle at night: suspend it (its pods go away, its definition stays), then resume it in the morning.
$workspace | Stop-RunaiWorkload -Confirm:$false
$stopped = $workspace | Wait-RunaiWorkload -Phase Stopped -TimeoutSec 600
$workspace | Start-RunaiWorkload -Confirm:$false
$running = $workspace | Wait-RunaiWorkload -TimeoutSec 600
"$($workspace.Name): $($stopped.Phase) -> $($running.Phase)" | Out-Host

$workspace | Remove-RunaiWorkload -Confirm:$false
$running
