<#
.SYNOPSIS
    Onboard a team: create users, give each a role on a project, then take it away again.
.DESCRIPTION
    The PowerShell counterpart of runapy's "add users to project" example. Run it after Connect-Runai, or
    pass -BaseUrl to connect to an emulator (Start-RunaiEmulator -PassThru prints its URL). The temporary
    passwords stay SecureStrings; hand them to the users through a channel of your choice.
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Project = 'onboarding-demo',
    [string[]]$Email = @('alice@example.com', 'bob@example.com'),
    [string]$Role = 'L1 researcher'
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

if (-not (Get-RunaiProject -Name $Project -ErrorAction SilentlyContinue)) { New-RunaiProject -Name $Project | Out-Null }

# Create the users that do not exist yet; each new user carries its temporary password as a SecureString.
$users = foreach ($address in $Email) {
    Get-RunaiUser -Email $address -ErrorAction SilentlyContinue
    if (-not $?) { New-RunaiUser -Email $address -ResetPassword }
}
$users = $Email | ForEach-Object { Get-RunaiUser -Email $_ }

# Grant them the role on the project; running this twice changes nothing.
$users | Grant-RunaiAccess -Role $Role -Project $Project

# Who has access to the project now.
Get-RunaiAccessRule -Project $Project | Format-Table | Out-String | Write-Verbose

# Clean up: revoke, delete the users and the project.
$users | Revoke-RunaiAccess -Role $Role -Project $Project -Confirm:$false
$users | Remove-RunaiUser -Confirm:$false
Get-RunaiProject -Name $Project | Remove-RunaiProject -Confirm:$false
