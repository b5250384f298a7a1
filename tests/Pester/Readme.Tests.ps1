# The README's samples run as written against the emulator.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    $script:readme = Get-Content (Join-Path $PSScriptRoot '..' '..' 'README.md') -Raw

    # The code of the first ```powershell block after the heading.
    function Get-ReadmeBlock([string]$Heading) {
        $pattern = '(?ms)^## ' + [regex]::Escape($Heading) + '\s*$.*?```powershell\r?\n(.*?)```'
        $match = [regex]::Match($readme, $pattern)
        if (-not $match.Success) { throw "README has no powershell block under '## $Heading'." }
        $match.Groups[1].Value
    }
}

Describe 'README' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
        New-RunaiProject -Name team-a -Department default -GpuQuota 2 | Out-Null
        New-RunaiProject -Name team-b -Department default -GpuQuota 2 | Out-Null
        New-RunaiWorkspace -Project team-b -Name notebook -Image jupyter/base-notebook | Out-Null
    }

    AfterAll {
        Set-RunaiContext -ClearProject
    }

    It 'has ten or more everyday one-liners, and each runs without an error' {
        $lines = @((Get-ReadmeBlock 'Everyday tasks') -split '\r?\n' | Where-Object { $_.Trim() })
        $lines.Count | Should -BeGreaterOrEqual 10
        # In a runspace of its own, so that what the lines print (tables, What if:) stays out of the test log.
        $printed = Invoke-RunaiWhatIf -ErrorAction Stop -ScriptBlock ([scriptblock]::Create(
                "`$ErrorActionPreference = 'Stop'`n" + ($lines -join "`n")))
        ($printed -join "`n") | Should -Match "What if: .*notebook"
        (Get-RunaiContext).Project | Should -Be 'team-a'
        Get-RunaiProject -Name team-c | Should -Not -BeNullOrEmpty
        Get-RunaiWorkload -Project team-a | Where-Object Name -eq bert | Should -BeNullOrEmpty
    }

    It 'has the headline pipeline, which stops only what can be stopped' {
        $headline = ($readme -split '\r?\n' | Where-Object { $_ -like 'Get-RunaiProject -Name*Stop-RunaiWorkload -WhatIf' } | Select-Object -First 1)
        $headline | Should -Not -BeNullOrEmpty
        New-RunaiInferenceWorkload -Project team-b -Name serve -Image nginx | Out-Null
        Start-Sleep -Seconds 3 # until the workspace and the inference run
        $printed = Invoke-RunaiWhatIf -ErrorAction Stop -ScriptBlock ([scriptblock]::Create($headline))
        ($printed -join "`n") | Should -Match "What if: .*notebook"
        ($printed -join "`n") | Should -Not -Match 'serve'
    }
}
