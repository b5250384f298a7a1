<#
.SYNOPSIS
    Submit a training, wait for it to finish, read its events, remove it (runapy's training example, pipeline-first).
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'example-training'
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath -Project $Project
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$training = New-RunaiTrainingWorkload -Project $Project -Name 'mnist-train' -Image 'pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime' `
    -Command 'python' -Arguments 'train.py --epochs 5' -Gpu 1 -Cpu 4 -Memory 16G -Environment @{ EPOCHS = '5' } -Wait -TimeoutSec 600
$training | Format-Table | Out-Host
$training | Get-RunaiWorkloadEvent | Format-Table | Out-Host
$training | Remove-RunaiWorkload -Confirm:$false
$training
