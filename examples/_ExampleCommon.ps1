# Shared start of the workload examples: import the module, connect (to the emulator when run by the suite or the
# demo), and make sure the example's project exists. Dot-source it: . "$PSScriptRoot/_ExampleCommon.ps1"
param(
    [string]$BaseUrl,
    [string]$ModulePath,
    [string]$Project
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
if (-not $BaseUrl) { throw 'No control plane URL: pass -BaseUrl, or run the example through ./build.ps1 (which sets RUNAI_EMULATOR_URL).' }

Import-Module $ModulePath
if (-not (Get-RunaiContext -ErrorAction SilentlyContinue)) {
    # The emulator's well-known default app; against a real tenant use your own application's id and secret.
    Connect-Runai -BaseUrl $BaseUrl -ClientId 'emulator-app' -ClientSecret (ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force) | Out-Null
}

if (-not (Get-RunaiProject -Name $Project -ErrorAction SilentlyContinue)) {
    New-RunaiProject -Name $Project | Out-Null
}
