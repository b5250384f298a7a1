# Container registries against the strict emulator (/api/v1/asset/registries): created with a PSCredential whose
# password is sent once and never returned, listed, renamed, removed; their repositories and tags listed.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    Reset-RunaiEmulator
    Connect-RunaiEmulator | Out-Null
    $script:Project = New-RunaiProject -Name reg-a

    $script:Password = 'reg-pass-7731'
    $script:Login = [pscredential]::new('robot', (ConvertTo-SecureString $script:Password -AsPlainText -Force))
}

AfterAll {
    Disconnect-Runai -ErrorAction SilentlyContinue
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe 'Registries' {
    BeforeAll {
        $script:Streams = New-RunaiRegistry -Name nvcr -Project reg-a -Url https://nvcr.io -Credential $script:Login -Description 'NGC' -Verbose -Debug *>&1 | Out-String
        $script:Registry = Get-RunaiRegistry -Name nvcr
    }

    It 'creates a registry in a scope with the password sent once, and never shows it' {
        $script:Registry.Kind | Should -Be 'Registry'
        $script:Registry.Scope | Should -Be 'project'
        $script:Registry.ScopeId | Should -Be $script:Project.Id
        $script:Registry.Spec['url'] | Should -Be 'https://nvcr.io'
        $script:Registry.Spec['user'] | Should -Be 'robot'
        $script:Registry.Spec.ContainsKey('password') | Should -BeFalse
        $post = @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/asset/registries')[0]
        $post.status | Should -Be 201
        # The request log masks secret-named fields as the module's redactor does: the password was sent, not logged.
        $post.body.spec.password | Should -Be '***'
        $post.body.spec.user | Should -Be 'robot'
        $script:Streams | Should -Not -Match $script:Password
        ($script:Registry | ConvertTo-Json -Depth 10 -WarningAction SilentlyContinue) | Should -Not -Match $script:Password
        (Invoke-RunaiApi -Method GET -Path "/api/v1/asset/registries/$($script:Registry.Id)" | ConvertTo-Json -Depth 10) | Should -Not -Match $script:Password
    }

    It 'refuses a duplicate name in the same scope (409) and a bad id before sending' {
        $err = Get-CommandError { New-RunaiRegistry -Name nvcr -Project reg-a -Url https://nvcr.io -Credential $script:Login }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ApiConflict,Runai.PowerShell.NewRunaiRegistryCommand'
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Get-RunaiRegistry -Id 'not-a-uuid' }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GetRunaiRegistryCommand'
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
    }

    It 'lists repositories and their tags, narrowed by -Search' {
        Get-RunaiRegistryRepository -Registry nvcr | Should -Contain 'nvidia/pytorch'
        Get-RunaiRegistryRepository -Registry $script:Registry.Id -Search nim | Should -Be 'nim/meta/llama-3.1-8b-instruct'
        $script:Registry | Get-RunaiRegistryRepository -Search pytorch | Get-RunaiRegistryTag -Registry nvcr | Should -Be '24.05-py3', '24.08-py3'
        Get-RunaiRegistryTag -Registry nvcr -Repository nvidia/pytorch -Search 08 | Should -Be '24.08-py3'
        $err = Get-CommandError { Get-RunaiRegistryRepository -Registry nothing }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'nothing'
    }

    It 'renames and changes the url with PUT, keeping the user; -WhatIf sends nothing' {
        Clear-RunaiEmulatorRequest
        # In a runspace of its own, so that the What if: lines reach this test, not the log.
        $said = @(Invoke-RunaiWhatIf {
            Set-RunaiRegistry -Name nvcr -Url https://other.io -WhatIf
        } | Where-Object { $_ -like 'What if:*' })
        $said.Count | Should -BeGreaterOrEqual 1
        @(Get-RunaiEmulatorRequest -Path '/api/*' | Where-Object method -ne 'GET') | Should -HaveCount 0
        $updated = Set-RunaiRegistry -Name nvcr -NewName ngc -Url https://nvcr.io/v2 -PassThru
        $updated.Name | Should -Be 'ngc'
        $updated.Spec['url'] | Should -Be 'https://nvcr.io/v2'
        $updated.Spec['user'] | Should -Be 'robot'
        @(Get-RunaiEmulatorRequest -Method PUT -Path '/api/v1/asset/registries/*')[0].status | Should -Be 200
    }

    It 'removes registries piped from Get-' {
        Get-RunaiRegistry -Name ngc | Remove-RunaiRegistry -Confirm:$false
        Get-RunaiRegistry | Should -BeNullOrEmpty
        $err = Get-CommandError { Remove-RunaiRegistry -Name ngc -Confirm:$false }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.RemoveRunaiRegistryCommand'
    }
}
