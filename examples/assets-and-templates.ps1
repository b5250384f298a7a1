<#
.SYNOPSIS
    Workload assets and a template, then a training from them, as runapy's asset and template examples do.
.DESCRIPTION
    Creates a compute asset, an environment asset and a training template in a project, lists them, submits a
    training from the template with the compute asset (the explicit -Gpu still wins), and removes all of it. Returns
    the finished training.
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'example-assets'
)
. "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath -Project $Project

$compute = New-RunaiComputeAsset -Name one-gpu -Project $Project -Gpu 1 -Cpu 4 -Memory 16G
$environment = New-RunaiEnvironmentAsset -Name pytorch -Project $Project -Image nvcr.io/nvidia/pytorch:24.05-py3 -Tool jupyter-notebook:8888
$template = New-RunaiWorkloadTemplate -Kind Training -Name pytorch-train -Project $Project -Image nvcr.io/nvidia/pytorch:24.05-py3 `
    -Command 'python train.py' -EnvironmentVariable @{ EPOCHS = '3' } -Description 'PyTorch training, 3 epochs'
Get-RunaiComputeAsset -Project $Project | Format-Table | Out-Host
Get-RunaiWorkloadTemplate -Project $Project -Kind Training | Format-Table | Out-Host

$training = New-RunaiTrainingWorkload -Project $Project -Name from-template -Template pytorch-train -ComputeAsset one-gpu -Gpu 2 -Wait -TimeoutSec 600
$training | Remove-RunaiWorkload -Confirm:$false
$template | Remove-RunaiWorkloadTemplate -Confirm:$false
$environment | Remove-RunaiEnvironmentAsset -Confirm:$false
$compute | Remove-RunaiComputeAsset -Confirm:$false
$training
