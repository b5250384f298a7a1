<#
.SYNOPSIS
    A script to test: onboards a team as a project with a GPU quota, and leaves a team that exists alone.
.DESCRIPTION
    The code under test of examples/MyScript.Tests.ps1, which tests it against the emulator. Dot-source it, then run
    Add-TeamProject after Connect-Runai.
#>

function Add-TeamProject {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string]$Team,
        [string]$Department = 'research',
        [double]$Gpu = 1
    )
    $existing = Get-RunaiProject -Name $Team -ErrorAction SilentlyContinue
    if ($existing) {
        Write-Verbose "Project '$Team' exists already."
        return $existing
    }
    New-RunaiProject -Name $Team -Department $Department -GpuQuota $Gpu -WhatIf:$WhatIfPreference -Confirm:$false
}
