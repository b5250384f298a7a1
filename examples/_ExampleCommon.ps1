# Shared start of the examples, so that each runs on its own: import the module when it is not loaded (the staged
# build in out/, else the installed one), connect when not connected (to -BaseUrl with the emulator's default app),
# and make sure the example's project exists. Call it, do not dot-source it (its parameters would replace the
# example's variables of the same name): & "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath
param(
    [string]$BaseUrl,
    [string]$ModulePath,
    [string]$Project
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not (Get-Module Runai)) {
    if ($ModulePath -and (Test-Path $ModulePath)) { Import-Module $ModulePath } else { Import-Module Runai }
}
if (-not (Get-RunaiContext)) {
    if (-not $BaseUrl) {
        throw 'Not connected: run Connect-Runai first, or pass -BaseUrl <emulator URL> (Start-RunaiEmulator -PassThru prints it).'
    }
    # The emulator's well-known default app; against a real tenant, Connect-Runai with your own application first.
    Connect-Runai -BaseUrl $BaseUrl -ClientId 'emulator-app' -ClientSecret (ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force) | Out-Null
}

if ($Project -and -not (Get-RunaiProject -Name $Project -ErrorAction SilentlyContinue)) {
    New-RunaiProject -Name $Project | Out-Null
}
