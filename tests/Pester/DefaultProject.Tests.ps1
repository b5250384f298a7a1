# A default project in the context (Set-RunaiContext -Project, Connect-Runai -Project), as `runai project set` works.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force

    Reset-RunaiEmulator
    Connect-RunaiEmulator
    New-RunaiProject -Name team-a -Department default -GpuQuota 1 | Out-Null
    New-RunaiProject -Name team-b -Department default -GpuQuota 1 | Out-Null
    New-RunaiTrainingWorkload -Project team-a -Name in-a -Image ubuntu | Out-Null
}

AfterAll {
    Set-RunaiContext -ClearProject -ErrorAction SilentlyContinue
}

Describe 'Set-RunaiContext -Project' {
    AfterEach { Set-RunaiContext -ClearProject }

    It 'sets the default project, shown by Get-RunaiContext, on the object variables already hold' {
        $held = Get-RunaiContext
        Set-RunaiContext -Project team-b
        $held.Project | Should -Be 'team-b'
        (Get-RunaiContext).ProjectId | Should -Be (Get-RunaiProject -Name team-b).Id
        (Get-RunaiContext | Format-List | Out-String) | Should -Match 'Project\s+: team-b'
    }

    It 'creates workloads and assets in the default project when -Project is omitted' {
        Set-RunaiContext -Project team-b
        $workload = New-RunaiTrainingWorkload -Name in-default -Image ubuntu
        $workload.ProjectName | Should -Be 'team-b'
        $asset = New-RunaiPvcDataSource -Name default-pvc -ClaimName claim -Path /data
        $asset.ProjectName | Should -Be 'team-b'
    }

    It 'acts on workloads by name in the default project' {
        Set-RunaiContext -Project team-a
        $id = (Get-RunaiWorkload -Project team-a -Name in-a).Id
        Clear-RunaiEmulatorRequest
        Stop-RunaiWorkload -Name in-a -Confirm:$false
        @(Get-RunaiEmulatorRequest -Method POST -Path "/api/v1/workloads/trainings/$id/suspend").Count | Should -Be 1
    }

    It 'lists the default project''s workloads; -Project and -AllProjects say otherwise' {
        Set-RunaiContext -Project team-a
        (Get-RunaiWorkload).ProjectName | Sort-Object -Unique | Should -Be 'team-a'
        (Get-RunaiWorkload -Project team-b).ProjectName | Sort-Object -Unique | Should -Be 'team-b'
        (Get-RunaiWorkload -AllProjects).ProjectName | Sort-Object -Unique | Should -Be 'team-a', 'team-b'
    }

    It 'refuses a project that does not exist and keeps the one set' {
        Set-RunaiContext -Project team-a
        { Set-RunaiContext -Project nosuch -ErrorAction Stop } | Should -Throw -ErrorId 'ResourceNotFound*'
        (Get-RunaiContext).Project | Should -Be 'team-a'
    }

    It 'asks for -Project, before any request, when there is no default' {
        Set-RunaiContext -ClearProject
        Clear-RunaiEmulatorRequest
        $failure = { New-RunaiTrainingWorkload -Name orphan -Image ubuntu -ErrorAction Stop } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -BeLike 'NoProjectSelected*'
        $failure.CategoryInfo.Category | Should -Be 'InvalidOperation'
        $failure.TargetObject | Should -Be 'orphan'
        @(Get-RunaiEmulatorRequest -Path '/api/*').Count | Should -Be 0
    }

    It 'says what to set when nothing is given' {
        { Set-RunaiContext -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidArgument*'
    }
}

Describe 'Connect-Runai -Project' {
    It 'connects with a default project' {
        Connect-RunaiEmulator -Project team-b
        try {
            (Get-RunaiContext).Project | Should -Be 'team-b'
        }
        finally {
            Set-RunaiContext -ClearProject
        }
    }
}
