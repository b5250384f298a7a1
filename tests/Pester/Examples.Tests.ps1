# Every example script runs on its own, as a user runs it: a fresh pwsh, nothing imported or connected, only -BaseUrl.
BeforeDiscovery {
    $script:examples = @(Get-ChildItem (Join-Path $PSScriptRoot '..' '..' 'examples') -Filter '*.ps1' |
        Where-Object { $_.Name -notlike '_*' -and $_.Name -notlike 'MyScript*' -and $_.Name -ne 'demo.ps1' } |
        ForEach-Object { @{ Name = $_.Name; Path = $_.FullName } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Examples run on their own' {
    It 'found the examples' {
        $examples.Count | Should -BeGreaterThan 10
    }

    It 'examples/<Name> runs in a fresh pwsh given only -BaseUrl' -ForEach $examples {
        Reset-RunaiEmulator
        # No hint from the suite: the example must find the staged module and connect by itself.
        $lines = Invoke-RunaiChildPwsh -ArgumentList $Path, (Get-RunaiEmulatorUrl) -Environment @{ RUNAI_EMULATOR_URL = $null; RUNAI_MODULE_PATH = $null } -Script {
            param($Path, $BaseUrl)
            $ErrorActionPreference = 'Stop'
            & $Path -BaseUrl $BaseUrl | Out-Null
            'example finished'
        }
        $exitCode = $LASTEXITCODE
        $tail = ($lines | Select-Object -Last 15) -join [Environment]::NewLine
        $exitCode | Should -Be 0 -Because $tail
        $lines | Should -Contain 'example finished' -Because $tail
    }
}
