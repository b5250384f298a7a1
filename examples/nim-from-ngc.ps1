<#
.SYNOPSIS
    Prepare and deploy an NVIDIA NIM from an NGC API key credential and a PVC data source, as runapy's NIM example does.
.DESCRIPTION
    An admin keeps the NGC API key once, as two credentials (an NGC API key for the container's NGC_API_KEY and a
    docker registry credential that pulls from nvcr.io), and a PVC data source for the model cache. The inference
    workload then names them: the key comes from the credential's Kubernetes secret, never from the script. Everything
    the example makes is removed at the end; it returns the running workload.
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'example-nim',
    # The key is read from the environment as a SecureString and only ever sent in the credential's create request.
    [securestring]$NgcApiKey = $(ConvertTo-SecureString -AsPlainText -Force $(if ($env:NGC_API_KEY) { $env:NGC_API_KEY } else { 'placeholder-for-the-emulator' }))
)
. "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath -Project $Project

$ngc = New-RunaiNgcApiKeyCredential -Name ngc-key -Project $Project -ApiKey $NgcApiKey
$registry = New-RunaiDockerRegistryCredential -Name nvcr -Project $Project -Url https://nvcr.io -Credential ([pscredential]::new('$oauthtoken', $NgcApiKey))
$cache = New-RunaiPvcDataSource -Name nim-cache -Project $Project -ClaimName nim-cache -ExistingPvc -Path /opt/nim/.cache
$ngc, $registry, $cache | Format-Table | Out-Host

# NIM reads NGC_API_KEY; the NGC API key credential's secret holds it under that key (contract: NimServiceNgcAuthSecret).
$keyFromSecret = @{ environmentVariables = @(@{ name = 'NGC_API_KEY'; secret = @{ name = $ngc.ClusterResourceName; key = 'NGC_API_KEY' } }) }
$nim = New-RunaiInferenceWorkload -Project $Project -Name 'llama3-8b-instruct' -Image 'nvcr.io/nim/meta/llama-3.1-8b-instruct:1.1.2' `
    -Gpu 1 -ServingPort 8000 -Replicas 1 -DataSource nim-cache -ImagePullCredential nvcr -Spec $keyFromSecret -Wait -TimeoutSec 1800
"NIM endpoint: $($nim.Urls -join ', ') (POST /v1/chat/completions)" | Out-Host

$nim | Remove-RunaiWorkload -Confirm:$false
$cache | Remove-RunaiDataSource -Confirm:$false
$ngc, $registry | Remove-RunaiCredential -Confirm:$false
$nim
