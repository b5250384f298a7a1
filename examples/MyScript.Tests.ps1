# Tests examples/MyScript.ps1 against a local emulator instead of a real Run:ai tenant:
#     Invoke-Pester ./examples/MyScript.Tests.ps1
# Needs the Runai module and the emulator (dotnet tool install --global Runai.Emulator, or a build of this repository).

BeforeAll {
    if (-not (Get-Module Runai)) { Import-Module Runai -ErrorAction Stop }
    . (Join-Path $PSScriptRoot 'MyScript.ps1')
    # A known tenant: clusters gpu-east and gpu-west, department research with projects team-a and team-b.
    # Start-RunaiEmulator connects this session to it; strict mode checks every request against the Run:ai API.
    Start-RunaiEmulator -Seed (Join-Path $PSScriptRoot 'emulator-seed.json') -WarningAction SilentlyContinue
    Set-RunaiContext -Cluster gpu-east
}

AfterAll {
    Stop-RunaiEmulator
}

Describe 'Add-TeamProject' {
    BeforeEach {
        # Every test starts from the seeded tenant, with no faults and an empty request log.
        Reset-RunaiEmulator
    }

    It 'creates the project in the department, with its GPU quota' {
        $project = Add-TeamProject -Team team-c -Gpu 2
        $project.Name | Should -Be 'team-c'
        $project.DepartmentName | Should -Be 'research'
        # What the script sent, as objects (secrets masked).
        $sent = @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/org-unit/projects')
        $sent | Should -HaveCount 1
        $sent[0].Body.resources[0].gpu.deserved | Should -Be 2
    }

    It 'leaves an existing team alone' {
        Add-TeamProject -Team team-a | Should -Not -BeNullOrEmpty
        Get-RunaiEmulatorRequest -Method POST | Should -BeNullOrEmpty
    }

    It 'sends no change with -WhatIf' {
        Add-TeamProject -Team team-d -WhatIf
        Get-RunaiEmulatorRequest -Method POST | Should -BeNullOrEmpty
        Get-RunaiProject -Name team-d -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'gets through a busy control plane' {
        # The first look-up answers 503: the module retries it, and the script carries on.
        Add-RunaiEmulatorFault -Path /api/v1/org-unit/projects -Method GET -Status 503 -RetryAfter 0
        (Add-TeamProject -Team team-e).Name | Should -Be 'team-e'
        (Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/org-unit/projects*').Status | Should -Contain 503
    }

    It 'reports a department that does not exist' {
        { Add-TeamProject -Team team-f -Department nowhere -ErrorAction Stop } | Should -Throw
    }
}
