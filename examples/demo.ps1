<#
.SYNOPSIS
    A tour of the Runai module against the local emulator (run it with: dotnet pwsh ./build.ps1 Demo).
.DESCRIPTION
    Uses RUNAI_EMULATOR_URL and RUNAI_MODULE_PATH as set by build.ps1; pass -BaseUrl/-ModulePath to run it by hand.
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' })
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
if (-not $BaseUrl) { throw 'No emulator URL: run ./build.ps1 Demo, or start src/Runai.Emulator and pass -BaseUrl.' }

function Write-Step([string]$Text) { Write-Host "`n== $Text" -ForegroundColor Cyan }

Import-Module $ModulePath

Write-Step 'Connect-Runai with the emulator''s app credentials'
# Secrets enter as SecureString; this one is the emulator's well-known default app.
$secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
Connect-Runai -BaseUrl $BaseUrl -ClientId 'emulator-app' -ClientSecret $secret

Write-Step 'Get-RunaiContext: where the following commands go'
Get-RunaiContext | Format-List | Out-Host

Write-Step 'Get-RunaiCluster'
Get-RunaiCluster | Format-Table | Out-Host

Write-Step 'Invoke-RunaiApi for anything without a cmdlet yet'
Invoke-RunaiApi -Method GET -Path '/api/v1/clusters' | Format-List | Out-Host

Write-Step 'Disconnect-Runai'
Disconnect-Runai
Write-Host 'Done.'
