<#
.SYNOPSIS
    Serve a model with autoscaling between one and three replicas, show its URL, then remove it.
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'example-inference'
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath -Project $Project
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$inference = New-RunaiInferenceWorkload -Project $Project -Name 'sentiment' -Image 'vllm/vllm-openai:latest' `
    -ServingPort 8000 -MinReplicas 1 -MaxReplicas 3 -Gpu 1 -Arguments '--model distilbert-base-uncased' -Wait -TimeoutSec 600
"Serving at: $($inference.Urls -join ', ')" | Out-Host
$inference | Remove-RunaiWorkload -Confirm:$false
$inference
