<#
.SYNOPSIS
    Departments: list them, create one, read it back by id, change its quota, delete it.
.DESCRIPTION
    The PowerShell counterpart of runapy's examples/department.py. Run it after Connect-Runai, or
    pass -BaseUrl to connect to an emulator (Start-RunaiEmulator -PassThru prints its URL).
#>
[CmdletBinding()]
param(
    [string]$BaseUrl = $env:RUNAI_EMULATOR_URL,
    [string]$ModulePath = $(if ($env:RUNAI_MODULE_PATH) { $env:RUNAI_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Runai/Runai.psd1' }),
    [string]$Name = 'new-department',
    [string]$NodePool = 'default'
)
& "$PSScriptRoot/_ExampleCommon.ps1" -BaseUrl $BaseUrl -ModulePath $ModulePath
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# All departments, as a table.
Get-RunaiDepartment | Format-Table | Out-String | Write-Verbose

# A department with no deserved GPUs yet and over-quota weight 2 in the node pool.
$department = New-RunaiDepartment -Name $Name -NodePool $NodePool -GpuQuota 0 -OverQuotaWeight 2
$department

# The same department, by id.
Get-RunaiDepartment -Id $department.Id

# Six GPUs deserved, six at most.
$department | Set-RunaiDepartment -NodePool $NodePool -GpuQuota 6 -GpuLimit 6 -PassThru

# Delete it.
$department | Remove-RunaiDepartment -Confirm:$false
