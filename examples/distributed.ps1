<#
.SYNOPSIS
    A PyTorch distributed training: one master and three workers with a GPU each; list its pods while it runs.
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'example-distributed'
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath -Project $Project
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$distributed = New-RunaiDistributedWorkload -Project $Project -Name 'ddp-resnet' -Image 'nvcr.io/nvidia/pytorch:24.05-py3' `
    -Framework PyTorch -Workers 3 -Gpu 1 -Command 'torchrun' -Arguments 'train_resnet.py' -Spec @{ cleanPodPolicy = 'Running' }
$running = $distributed | Wait-RunaiWorkload -Phase Running, Completed -TimeoutSec 600
$running | Get-RunaiWorkloadPod | Format-Table | Out-Host
$final = $distributed | Wait-RunaiWorkload -TimeoutSec 600
$distributed | Remove-RunaiWorkload -Confirm:$false
$final
