<#
.SYNOPSIS
    Deploy an NVIDIA NIM (Llama 3.1 8B Instruct) as an inference workload, as runapy's NIM example does.
.DESCRIPTION
    A NIM container needs an NGC API key in NGC_API_KEY and serves an OpenAI-compatible API on port 8000. On a real
    tenant, also give the registry credential for nvcr.io in -Spec (imagePullSecrets) or through a credential asset.
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'example-nim',
    # Read from the environment so the key is never written into the script.
    [string]$NgcApiKey = $(if ($env:NGC_API_KEY) { $env:NGC_API_KEY } else { 'placeholder-for-the-emulator' })
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath -Project $Project
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$nim = New-RunaiInferenceWorkload -Project $Project -Name 'llama3-8b-instruct' -Image 'nvcr.io/nim/meta/llama-3.1-8b-instruct:1.1.2' `
    -Gpu 1 -ServingPort 8000 -Replicas 1 -Environment @{ NGC_API_KEY = $NgcApiKey; NIM_CACHE_PATH = '/opt/nim/.cache' } `
    -Spec @{ servingPort = @{ protocol = 'http' } } -Wait -TimeoutSec 1800
"NIM endpoint: $($nim.Urls -join ', ') (POST /v1/chat/completions)" | Out-Host
$nim | Get-RunaiWorkloadMetric -Type GPU_UTILIZATION, NIM_NUM_REQUESTS_RUNNING -Samples 5 | Format-Table | Out-Host
$nim | Remove-RunaiWorkload -Confirm:$false
$nim
