# Access control as an administrator meets it: roles, users, access rules, one-line grants, CSV onboarding, secrets.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force

    function Connect-AccessTest {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
        New-RunaiProject -Name team-a | Out-Null
        New-RunaiProject -Name team-b | Out-Null
    }

    # The writes (anything but GET) the emulator received since the last Clear-RunaiEmulatorRequest.
    function Get-WriteRequest {
        @(Get-RunaiEmulatorRequest -Path '/api/*' | Where-Object method -ne 'GET')
    }

    # Runs a command and returns its errors (not its output), without stopping at them.
    function Get-CommandError([scriptblock]$Command) {
        $errors = [System.Collections.Generic.List[System.Management.Automation.ErrorRecord]]::new()
        try {
            & $Command 2>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { $errors.Add($_) } }
        }
        catch {
            $errors.Add($_)
        }
        , $errors.ToArray()
    }

    function ConvertTo-PlainText([securestring]$Secure) {
        [System.Net.NetworkCredential]::new('', $Secure).Password
    }
}

Describe 'Roles and permissions' {
    BeforeAll { Connect-AccessTest }

    It 'lists the seeded roles, typed, with their permissions' {
        $roles = Get-RunaiRole
        $roles[0].GetType().FullName | Should -Be 'Runai.Client.Access.Role'
        $roles.Name | Should -Contain 'System administrator'
        $roles.Name | Should -Contain 'ML engineer'
        $roles.Name | Should -Contain 'L1 researcher'
        $roles.Name | Should -Contain 'Viewer'
        $engineer = Get-RunaiRole 'ML engineer'
        ($engineer.Permissions | Where-Object ResourceType -eq 'inferences').Actions | Should -Be 'create', 'read', 'update', 'delete'
        $engineer.Permissions[0].GroupId | Should -Not -BeNullOrEmpty
    }

    It 'filters by wildcard and gets by id' {
        (Get-RunaiRole '*administrator').Name | Should -Contain 'Department administrator'
        (Get-RunaiRole -Id (Get-RunaiRole Viewer).Id).Name | Should -Be 'Viewer'
        Get-RunaiRole Viewer | Get-RunaiRole | ForEach-Object Name | Should -Be 'Viewer'
    }

    It 'reports an unknown role name as ObjectNotFound and a bad id before sending' {
        $err = Get-CommandError { Get-RunaiRole 'No such role' }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiRoleCommand'
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Get-RunaiRole -Id abc }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GetRunaiRoleCommand'
        Get-RunaiEmulatorRequest -Path '/api/v1/authorization/*' | Should -BeNullOrEmpty
    }

    It 'lists the caller''s permissions (the emulator app is a system administrator)' {
        $permissions = Get-RunaiPermission
        $permissions[0].GetType().FullName | Should -Be 'Runai.Client.Access.Permission'
        (Get-RunaiPermission access_rules).Actions | Should -Contain 'create'
        (Get-RunaiPermission 'work*').ResourceType | Should -Contain 'workloads'
    }

    It 'shows roles, permissions, users and rules in tables that fit 80 columns' {
        foreach ($objects in (Get-RunaiRole), (Get-RunaiPermission), (Get-RunaiUser), (Get-RunaiAccessRule)) {
            $lines = ($objects | Format-Table | Out-String -Width 200) -split "`n"
            ($lines | Measure-Object Length -Maximum).Maximum | Should -BeLessOrEqual 80
        }
    }
}

Describe 'Users' {
    BeforeAll { Connect-AccessTest }

    It 'creates a user with a temporary password as SecureString' {
        $user = New-RunaiUser -Email new.user@acme.com -ResetPassword
        $user.GetType().FullName | Should -Be 'Runai.Client.Access.User'
        $user.Username | Should -Be 'new.user@acme.com'
        $user.TemporaryPassword | Should -BeOfType [securestring]
        (ConvertTo-PlainText $user.TemporaryPassword).Length | Should -BeGreaterThan 8
        (Get-RunaiUser new.user@acme.com).Id | Should -Be $user.Id
    }

    It 'answers 409 for a duplicate e-mail' {
        $err = Get-CommandError { New-RunaiUser -Email new.user@acme.com }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ApiConflict,Runai.PowerShell.NewRunaiUserCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $err[0].TargetObject | Should -Be 'new.user@acme.com'
    }

    It 'filters by wildcard e-mail and gets by id' {
        New-RunaiUser -Email second@acme.com | Out-Null
        (Get-RunaiUser '*@acme.com').Username | Sort-Object | Should -Be 'new.user@acme.com', 'second@acme.com'
        (Get-RunaiUser 'second*').Username | Should -Be 'second@acme.com'
        (Get-RunaiUser second@acme.com | Get-RunaiUser).Username | Should -Be 'second@acme.com'
        $err = Get-CommandError { Get-RunaiUser nobody@acme.com }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiUserCommand'
    }

    It 'resets a password: a new temporary password, again as SecureString' {
        $before = ConvertTo-PlainText (Get-RunaiUser second@acme.com | Reset-RunaiUserPassword -Confirm:$false).TemporaryPassword
        $after = Get-RunaiUser second@acme.com | Reset-RunaiUserPassword -Confirm:$false
        $after.TemporaryPassword | Should -BeOfType [securestring]
        ConvertTo-PlainText $after.TemporaryPassword | Should -Not -Be $before
    }

    It 'sends no write with -WhatIf, then removes piped users' {
        Clear-RunaiEmulatorRequest
        New-RunaiUser -Email whatif@acme.com -WhatIf
        Get-RunaiUser second@acme.com | Remove-RunaiUser -WhatIf
        Get-RunaiUser second@acme.com | Reset-RunaiUserPassword -WhatIf
        Get-WriteRequest | Should -BeNullOrEmpty
        Get-RunaiUser second@acme.com | Remove-RunaiUser -Confirm:$false
        Get-RunaiUser '*@acme.com' | ForEach-Object Username | Should -Be 'new.user@acme.com'
    }
}

Describe 'Access rules' {
    BeforeAll { Connect-AccessTest }

    It 'lists the seeded rules and the caller''s own with -Mine' {
        $rules = Get-RunaiAccessRule
        $rules[0].GetType().FullName | Should -Be 'Runai.Client.Access.AccessRule'
        $mine = Get-RunaiAccessRule -Mine
        $mine.SubjectId | Should -Be 'emulator-app'
        $mine.RoleName | Should -Be 'System administrator'
        $mine.ScopeType | Should -Be 'tenant'
    }

    It 'creates, filters and removes a rule by names' {
        New-RunaiUser -Email rule.user@acme.com | Out-Null
        $rule = New-RunaiAccessRule -User rule.user@acme.com -Role 'L1 researcher' -Project team-a
        $rule.RoleName | Should -Be 'L1 researcher'
        $rule.ScopeName | Should -Be 'team-a'
        $rule.ScopeType | Should -Be 'project'
        (Get-RunaiAccessRule -Project team-a).Id | Should -Be $rule.Id
        (Get-RunaiAccessRule -Role 'L1 researcher' -SubjectType user).Id | Should -Be $rule.Id
        (Get-RunaiAccessRule -Subject rule.user@acme.com -Project team-b) | Should -BeNullOrEmpty
        $err = Get-CommandError { New-RunaiAccessRule -User rule.user@acme.com -Role 'L1 researcher' -Project team-a }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceExists,Runai.PowerShell.NewRunaiAccessRuleCommand'
        Get-RunaiAccessRule -Project team-a | Remove-RunaiAccessRule -Confirm:$false
        Get-RunaiAccessRule -Project team-a | Should -BeNullOrEmpty
    }

    It 'grants on a department, a cluster and the tenant, and to a group' {
        New-RunaiUser -Email scopes@acme.com | Out-Null
        (Grant-RunaiAccess -User scopes@acme.com -Role Viewer -Department default).ScopeType | Should -Be 'department'
        (Grant-RunaiAccess -User scopes@acme.com -Role Viewer -Cluster (Get-RunaiCluster)[0].Name).ScopeType | Should -Be 'cluster'
        (Grant-RunaiAccess -User scopes@acme.com -Role Viewer -Tenant).ScopeType | Should -Be 'tenant'
        (Grant-RunaiAccess -Group researchers -Role Editor -Project team-b).SubjectType | Should -Be 'group'
        (Get-RunaiAccessRule -Subject scopes@acme.com).Count | Should -Be 3
    }

    It 'grants idempotently: the existing rule comes back with a Verbose line and no write' {
        New-RunaiUser -Email idem@acme.com | Out-Null
        $first = Grant-RunaiAccess -User idem@acme.com -Role 'ML engineer' -Project team-a
        Clear-RunaiEmulatorRequest
        $again = Grant-RunaiAccess -User idem@acme.com -Role 'ML engineer' -Project team-a -Verbose 4>&1
        ($again | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like '*already grants*' }) | Should -Not -BeNullOrEmpty
        ($again | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Id | Should -Be $first.Id
        Get-WriteRequest | Should -BeNullOrEmpty
    }

    It 'revokes idempotently: revoking what does not exist is not an error' {
        Revoke-RunaiAccess -User idem@acme.com -Role 'ML engineer' -Project team-a -Confirm:$false
        Get-RunaiAccessRule -Subject idem@acme.com | Should -BeNullOrEmpty
        $err = Get-CommandError { Revoke-RunaiAccess -User idem@acme.com -Role 'ML engineer' -Project team-a -Confirm:$false }
        $err | Should -BeNullOrEmpty
    }

    It 'refuses an unknown <What> with ObjectNotFound before any write' -ForEach @(
        @{ What = 'user'; Grant = @{ User = 'ghost@acme.com'; Role = 'Viewer'; Project = 'team-a' }; Target = 'ghost@acme.com' }
        @{ What = 'role'; Grant = @{ User = 'admin@emulator.run.ai'; Role = 'Wizard'; Project = 'team-a' }; Target = 'Wizard' }
        @{ What = 'project'; Grant = @{ User = 'admin@emulator.run.ai'; Role = 'Viewer'; Project = 'no-such' }; Target = 'no-such' }
    ) {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Grant-RunaiAccess @Grant }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GrantRunaiAccessCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].Exception.Message | Should -BeLike "*$Target*"
        Get-WriteRequest | Should -BeNullOrEmpty
    }

    It 'refuses two subjects or no scope before any request' {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Grant-RunaiAccess -User a@acme.com -Group g -Role Viewer -Project team-a }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GrantRunaiAccessCommand'
        $err = Get-CommandError { Grant-RunaiAccess -User a@acme.com -Role Viewer }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GrantRunaiAccessCommand'
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
    }

    It 'sends no write with -WhatIf' {
        New-RunaiUser -Email whatif.rule@acme.com | Out-Null
        Grant-RunaiAccess -User whatif.rule@acme.com -Role Viewer -Project team-a | Out-Null
        Clear-RunaiEmulatorRequest
        Grant-RunaiAccess -User whatif.rule@acme.com -Role Editor -Project team-a -WhatIf
        New-RunaiAccessRule -User whatif.rule@acme.com -Role Editor -Project team-b -WhatIf
        Revoke-RunaiAccess -User whatif.rule@acme.com -Role Viewer -Project team-a -WhatIf
        Get-RunaiAccessRule -Subject whatif.rule@acme.com | Remove-RunaiAccessRule -WhatIf
        Get-WriteRequest | Should -BeNullOrEmpty
    }

    It 'binds piped users to Grant-RunaiAccess' {
        'pipe1@acme.com', 'pipe2@acme.com' | ForEach-Object { New-RunaiUser -Email $_ | Out-Null }
        $granted = Get-RunaiUser 'pipe*' | Grant-RunaiAccess -Role 'ML engineer' -Project team-b
        $granted.SubjectId | Sort-Object | Should -Be 'pipe1@acme.com', 'pipe2@acme.com'
    }

    It 'onboards from a CSV: one bad row is one error with the row as target, the rest are granted' {
        'csv1@acme.com', 'csv2@acme.com' | ForEach-Object { New-RunaiUser -Email $_ | Out-Null }
        $csv = Join-Path $TestDrive 'onboarding.csv'
        @(
            [pscustomobject]@{ User = 'csv1@acme.com'; Role = 'L1 researcher'; Project = 'team-a' }
            [pscustomobject]@{ User = 'csv2@acme.com'; Role = 'No such role'; Project = 'team-a' }
            [pscustomobject]@{ User = 'csv2@acme.com'; Role = 'Viewer'; Project = 'team-b' }
        ) | Export-Csv -Path $csv -NoTypeInformation
        $errors = @()
        $granted = Import-Csv $csv | Grant-RunaiAccess -ErrorVariable errors -ErrorAction SilentlyContinue
        $granted.SubjectId | Should -Be 'csv1@acme.com', 'csv2@acme.com'
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GrantRunaiAccessCommand'
        $errors[0].TargetObject.Role | Should -Be 'No such role'
    }

    It 'names Get-RunaiAccessRule -Mine in the hint of a 403' {
        Add-RunaiEmulatorFault -Method GET -Path /api/v1/authorization/roles -Status 403
        $err = Get-CommandError { Get-RunaiRole }
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ApiForbidden,*'
        $err[0].ErrorDetails.RecommendedAction | Should -BeLike '*Get-RunaiAccessRule -Mine*'
    }
}

Describe 'Secrets stay secret' {
    BeforeAll { Connect-AccessTest }

    It 'never shows a temporary password in any stream with -Verbose -Debug, nor in ConvertTo-Json' {
        $DebugPreference = 'Continue'
        $text = & {
            $script:created = New-RunaiUser -Email secret.user@acme.com -Verbose -Debug
            $script:created
            $script:reset = Get-RunaiUser secret.user@acme.com | Reset-RunaiUserPassword -Confirm:$false -Verbose -Debug
            $script:reset
        } *>&1 | Out-String
        $DebugPreference = 'SilentlyContinue'
        $passwords = @((ConvertTo-PlainText $script:created.TemporaryPassword), (ConvertTo-PlainText $script:reset.TemporaryPassword))
        $json = ($script:created, $script:reset | ConvertTo-Json -Depth 10)
        foreach ($password in $passwords) {
            $password.Length | Should -BeGreaterThan 8
            $text | Should -Not -BeLike "*$password*"
            $json | Should -Not -BeLike "*$password*"
        }
        $text | Should -BeLike '*response body*'
    }
}

Describe 'Access examples' {
    BeforeAll { Connect-AccessTest }

    It 'runs examples/<Name> against the emulator' -ForEach @(
        @{ Name = 'add-users-to-project.ps1' }
        @{ Name = 'access-rules.ps1' }
    ) {
        $output = & (Join-Path $PSScriptRoot '..' '..' 'examples' $Name)
        $output | Should -Not -BeNullOrEmpty
        # Each example cleans up after itself.
        Get-RunaiUser '*@example.com' | Should -BeNullOrEmpty
        Get-RunaiAccessRule -SubjectType group | Should -BeNullOrEmpty
        Get-RunaiProject | Where-Object Name -eq 'onboarding-demo' | Should -BeNullOrEmpty
    }
}
