<#
.SYNOPSIS
    Access rules: list them, create one for a group on a department, find it, delete it.
.DESCRIPTION
    The PowerShell counterpart of runapy's access-rules example. Run it after Connect-Runai, or
    pass -BaseUrl to connect to an emulator (Start-RunaiEmulator -PassThru prints its URL).
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Group = 'researchers',
    [string]$Role = 'Viewer',
    [string]$Department = 'default'
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Every rule, and the roles they can grant.
Get-RunaiAccessRule | Format-Table | Out-String | Write-Verbose
Get-RunaiRole | Format-Table | Out-String | Write-Verbose

# What the caller itself holds.
Get-RunaiAccessRule -Mine

# A rule for a group of the identity provider on a department.
$rule = New-RunaiAccessRule -Group $Group -Role $Role -Department $Department
$rule

# Find it by subject and role, then delete it.
Get-RunaiAccessRule -SubjectType group -Subject $Group -Role $Role | Remove-RunaiAccessRule -Confirm:$false
