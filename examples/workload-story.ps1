<#
.SYNOPSIS
    The workload story for the demo: connect, create a project, submit a training, watch it finish, show its pods,
    events and metrics, clean up.
.DESCRIPTION
    examples/demo.ps1 runs it after its tour of the foundation; it also runs alone (./build.ps1 sets RUNAI_EMULATOR_URL
    and RUNAI_MODULE_PATH, or pass -BaseUrl/-ModulePath).
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'demo-team'
)

function Write-Step([string]$Text) { Write-Host "`n== $Text" -ForegroundColor Cyan }

Write-Step "Connect and create the project '$Project'"
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath -Project $Project
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Get-RunaiContext | Format-List BaseUrl, ClusterName, ClusterId | Out-Host

Write-Step 'New-RunaiTrainingWorkload -Wait: submit a training and watch it until it finished'
$training = New-RunaiTrainingWorkload -Project $Project -Name 'demo-bert' -Image 'pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime' `
    -Command 'python' -Arguments 'train.py --epochs 3' -Gpu 1 -Cpu 4 -Memory 16G -Wait -TimeoutSec 600
$training | Format-Table | Out-Host

Write-Step 'Get-RunaiWorkload: one view across kinds, filtered by the control plane'
Get-RunaiWorkload -Project $Project -Type Training | Format-Table | Out-Host

Write-Step 'Get-RunaiWorkloadPod and Get-RunaiWorkloadEvent'
$training | Get-RunaiWorkloadPod | Format-Table | Out-Host
$training | Get-RunaiWorkloadEvent | Format-Table | Out-Host

Write-Step 'Get-RunaiWorkloadMetric: GPU utilization over the training''s life, as objects'
$training | Get-RunaiWorkloadMetric -Type GPU_UTILIZATION -Start $training.CreatedAt.UtcDateTime -End ([datetime]::UtcNow) -Samples 12 |
    Format-Table WorkloadName, Type, Timestamp, Value | Out-Host

Write-Step 'Remove-RunaiWorkload: clean up'
$training | Remove-RunaiWorkload -Confirm:$false
"Workloads left in '$Project': $(@(Get-RunaiWorkload -Project $Project).Count)" | Out-Host
$training
