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
    function ConvertTo-PlainText([securestring]$Secure) {
        [System.Net.NetworkCredential]::new('', $Secure).Password
    }

    # The emulator's token endpoint answer (status code) for a client id and secret, bypassing the module.
    function Get-TokenStatus([pscredential]$Credential) {
        $body = @{ grantType = 'client_credentials'; clientID = $Credential.UserName; clientSecret = (ConvertTo-PlainText $Credential.Password) } |
            ConvertTo-Json
        (Invoke-WebRequest -Method Post -Uri "$(Get-RunaiEmulatorUrl)/api/v1/token" -Body $body -ContentType 'application/json' -SkipHttpErrorCheck).StatusCode
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
        # In a runspace of its own, so that the What if: lines reach this test, not the log.
        $said = @(Invoke-RunaiWhatIf {
            New-RunaiUser -Email whatif@acme.com -WhatIf
            Get-RunaiUser second@acme.com | Remove-RunaiUser -WhatIf
            Get-RunaiUser second@acme.com | Reset-RunaiUserPassword -WhatIf
        } | Where-Object { $_ -like 'What if:*' })
        $said.Count | Should -BeGreaterOrEqual 3
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
        # In a runspace of its own, so that the What if: lines reach this test, not the log.
        $said = @(Invoke-RunaiWhatIf {
            Grant-RunaiAccess -User whatif.rule@acme.com -Role Editor -Project team-a -WhatIf
            New-RunaiAccessRule -User whatif.rule@acme.com -Role Editor -Project team-b -WhatIf
            Revoke-RunaiAccess -User whatif.rule@acme.com -Role Viewer -Project team-a -WhatIf
            Get-RunaiAccessRule -Subject whatif.rule@acme.com | Remove-RunaiAccessRule -WhatIf
        } | Where-Object { $_ -like 'What if:*' })
        $said.Count | Should -BeGreaterOrEqual 4
        Get-WriteRequest | Should -BeNullOrEmpty
    }

    It 'binds piped users to Grant-RunaiAccess' {
        'pipe1@acme.com', 'pipe2@acme.com' | ForEach-Object { New-RunaiUser -Email $_ | Out-Null }
        $granted = Get-RunaiUser 'pipe*' | Grant-RunaiAccess -Role 'ML engineer' -Project team-b
        $granted.SubjectId | Sort-Object | Should -Be 'pipe1@acme.com', 'pipe2@acme.com'
    }

    It 'takes a piped project or department as the scope' {
        New-RunaiUser -Email piped.scope@acme.com | Out-Null
        $onProject = Get-RunaiProject -Name team-a | Grant-RunaiAccess -User piped.scope@acme.com -Role Viewer
        ($onProject.ScopeType, $onProject.ScopeName) | Should -Be 'project', 'team-a'
        $onDepartment = Get-RunaiDepartment -Name default | Grant-RunaiAccess -User piped.scope@acme.com -Role Viewer
        $onDepartment.ScopeType | Should -Be 'department'
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

Describe 'Service accounts' {
    BeforeAll { Connect-AccessTest }
    AfterEach { Connect-RunaiEmulator }

    It 'creates a service account with its credential as a PSCredential, shown only on the answer' {
        $sa = New-RunaiServiceAccount -Name ci-pipeline
        $sa.GetType().FullName | Should -Be 'Runai.Client.Access.ServiceAccount'
        $sa.Name | Should -Be 'ci-pipeline'
        $sa.Enabled | Should -BeTrue
        $sa.Credential | Should -BeOfType [pscredential]
        $sa.Credential.UserName | Should -Be $sa.ClientId
        (ConvertTo-PlainText $sa.Credential.Password).Length | Should -BeGreaterThan 8
        $listed = Get-RunaiServiceAccount ci-pipeline
        $listed.Id | Should -Be $sa.Id
        $listed.Credential | Should -BeNullOrEmpty
    }

    It 'connects with the new credential at once, and a call succeeds' {
        $sa = New-RunaiServiceAccount -Name ci-connect
        Connect-Runai -BaseUrl (Get-RunaiEmulatorUrl) -Credential $sa.Credential
        (Get-RunaiContext).ClientId | Should -Be $sa.ClientId
        (Get-RunaiProject team-a).Name | Should -Be 'team-a'
    }

    It 'answers 409 for a taken name and refuses a bad name before any request' {
        $err = Get-CommandError { New-RunaiServiceAccount -Name ci-pipeline }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ApiConflict,Runai.PowerShell.NewRunaiServiceAccountCommand'
        $err[0].TargetObject | Should -Be 'ci-pipeline'
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { New-RunaiServiceAccount -Name CI_Bad }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ParameterArgumentValidationError,Runai.PowerShell.NewRunaiServiceAccountCommand'
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
    }

    It 'filters by wildcard, gets by id and by piped accounts, and reports a missing name' {
        (Get-RunaiServiceAccount 'ci-*').Name | Sort-Object | Should -Be 'ci-connect', 'ci-pipeline'
        (Get-RunaiServiceAccount ci-pipeline | Get-RunaiServiceAccount).Name | Should -Be 'ci-pipeline'
        (Get-RunaiServiceAccount -Id (Get-RunaiServiceAccount ci-connect).Id).Name | Should -Be 'ci-connect'
        $err = Get-CommandError { Get-RunaiServiceAccount nobody }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiServiceAccountCommand'
    }

    It 'disables and enables: a disabled account gets no token' {
        $sa = New-RunaiServiceAccount -Name ci-toggle
        $disabled = Get-RunaiServiceAccount ci-toggle | Set-RunaiServiceAccount -Enabled $false -PassThru -Confirm:$false
        $disabled.Enabled | Should -BeFalse
        Get-TokenStatus $sa.Credential | Should -Be 401
        Set-RunaiServiceAccount -Name ci-toggle -Enabled $true -Confirm:$false
        (Get-RunaiServiceAccount ci-toggle).Enabled | Should -BeTrue
        Get-TokenStatus $sa.Credential | Should -Be 200
    }

    It 'resets the secret: the old one fails at the token endpoint, the new one connects' {
        $old = New-RunaiServiceAccount -Name ci-rotate
        Get-TokenStatus $old.Credential | Should -Be 200
        $new = Get-RunaiServiceAccount ci-rotate | Reset-RunaiServiceAccountSecret -Confirm:$false
        $new.Credential.UserName | Should -Be $old.ClientId
        ConvertTo-PlainText $new.Credential.Password | Should -Not -Be (ConvertTo-PlainText $old.Credential.Password)
        Get-TokenStatus $old.Credential | Should -Be 401
        $err = Get-CommandError { Connect-Runai -BaseUrl (Get-RunaiEmulatorUrl) -Credential $old.Credential }
        $err[0].FullyQualifiedErrorId | Should -BeLike 'AuthenticationFailed,*'
        Connect-Runai -BaseUrl (Get-RunaiEmulatorUrl) -Credential $new.Credential
        (Get-RunaiProject team-b).Name | Should -Be 'team-b'
    }

    It 'grants a real service account by name, and its own rules show with -Mine' {
        $sa = New-RunaiServiceAccount -Name ci-granted
        $rule = Grant-RunaiAccess -ServiceAccount ci-granted -Role 'ML engineer' -Project team-a
        $rule.SubjectType | Should -Be 'service-account'
        $rule.SubjectId | Should -Be $sa.ClientId
        (Get-RunaiServiceAccount ci-granted | Grant-RunaiAccess -Role 'ML engineer' -Project team-a).Id | Should -Be $rule.Id
        Connect-Runai -BaseUrl (Get-RunaiEmulatorUrl) -Credential $sa.Credential
        (Get-RunaiAccessRule -Mine).Id | Should -Be $rule.Id
    }

    It 'refuses an unknown service account with ObjectNotFound before any write' {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Grant-RunaiAccess -ServiceAccount no-such-account -Role 'ML engineer' -Project team-a }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GrantRunaiAccessCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-WriteRequest | Should -BeNullOrEmpty
    }

    It 'sends no write with -WhatIf, then removes piped accounts' {
        Clear-RunaiEmulatorRequest
        # In a runspace of its own, so that the What if: lines reach this test, not the log.
        $said = @(Invoke-RunaiWhatIf {
            New-RunaiServiceAccount -Name ci-whatif -WhatIf
            Get-RunaiServiceAccount ci-pipeline | Set-RunaiServiceAccount -Enabled $false -WhatIf
            Get-RunaiServiceAccount ci-pipeline | Reset-RunaiServiceAccountSecret -WhatIf
            Get-RunaiServiceAccount ci-pipeline | Remove-RunaiServiceAccount -WhatIf
        } | Where-Object { $_ -like 'What if:*' })
        $said.Count | Should -BeGreaterOrEqual 4
        Get-WriteRequest | Should -BeNullOrEmpty
        Get-RunaiServiceAccount ci-pipeline, ci-connect | Remove-RunaiServiceAccount -Confirm:$false
        Get-RunaiServiceAccount | ForEach-Object Name | Should -Not -Contain 'ci-pipeline'
        Remove-RunaiServiceAccount -Name ci-toggle -Confirm:$false
        (Get-RunaiServiceAccount).Name | Should -Not -Contain 'ci-toggle'
    }

    It 'shows service accounts in a table that fits 80 columns' {
        New-RunaiServiceAccount -Name a-rather-long-service-account-name | Out-Null
        $lines = (Get-RunaiServiceAccount | Format-Table | Out-String -Width 200) -split "`n"
        ($lines | Measure-Object Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $lines[1] | Should -Match 'Name\s+Enabled\s+ClientId'
    }
}

Describe 'Access keys' {
    BeforeAll { Connect-AccessTest }
    AfterEach { Connect-RunaiEmulator }

    It 'creates an access key with its credential as a PSCredential, and connects with it at once' {
        $key = New-RunaiAccessKey -Name laptop
        $key.GetType().FullName | Should -Be 'Runai.Client.Access.AccessKey'
        $key.Credential | Should -BeOfType [pscredential]
        $key.Credential.UserName | Should -Be $key.ClientId
        (Get-RunaiAccessKey laptop).Credential | Should -BeNullOrEmpty
        Connect-Runai -BaseUrl (Get-RunaiEmulatorUrl) -Credential $key.Credential
        (Get-RunaiProject team-a).Name | Should -Be 'team-a'
    }

    It 'answers 409 for a taken name and refuses a bad name before any request' {
        $err = Get-CommandError { New-RunaiAccessKey -Name laptop }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ApiConflict,Runai.PowerShell.NewRunaiAccessKeyCommand'
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { New-RunaiAccessKey -Name 'Laptop 2' }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ParameterArgumentValidationError,Runai.PowerShell.NewRunaiAccessKeyCommand'
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
    }

    It 'filters by wildcard, gets by id and by piped keys, and reports a missing name' {
        New-RunaiAccessKey -Name lab-box | Out-Null
        (Get-RunaiAccessKey 'la*').Name | Sort-Object | Should -Be 'lab-box', 'laptop'
        (Get-RunaiAccessKey laptop | Get-RunaiAccessKey).Name | Should -Be 'laptop'
        (Get-RunaiAccessKey -Id (Get-RunaiAccessKey lab-box).Id).Name | Should -Be 'lab-box'
        $err = Get-CommandError { Get-RunaiAccessKey nothing }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiAccessKeyCommand'
    }

    It 'resets the secret: the old one fails at the token endpoint, the new one works' {
        $old = New-RunaiAccessKey -Name rotate-me
        Get-TokenStatus $old.Credential | Should -Be 200
        $new = Reset-RunaiAccessKeySecret -Name rotate-me -Confirm:$false
        $new.Credential.UserName | Should -Be $old.ClientId
        Get-TokenStatus $old.Credential | Should -Be 401
        Get-TokenStatus $new.Credential | Should -Be 200
        (Get-RunaiAccessKey rotate-me).LastLogin | Should -Not -BeNullOrEmpty
    }

    It 'sends no write with -WhatIf, then removes piped keys' {
        Clear-RunaiEmulatorRequest
        # In a runspace of its own, so that the What if: lines reach this test, not the log.
        $said = @(Invoke-RunaiWhatIf {
            New-RunaiAccessKey -Name whatif -WhatIf
            Get-RunaiAccessKey laptop | Reset-RunaiAccessKeySecret -WhatIf
            Get-RunaiAccessKey laptop | Remove-RunaiAccessKey -WhatIf
        } | Where-Object { $_ -like 'What if:*' })
        $said.Count | Should -BeGreaterOrEqual 3
        Get-WriteRequest | Should -BeNullOrEmpty
        Get-RunaiAccessKey laptop, lab-box | Remove-RunaiAccessKey -Confirm:$false
        (Get-RunaiAccessKey).Name | Should -Be 'rotate-me'
        $removed = Get-RunaiAccessKey rotate-me
        Remove-RunaiAccessKey -Id $removed.Id -Confirm:$false
        Get-TokenStatus (New-Object pscredential $removed.ClientId, (ConvertTo-SecureString x -AsPlainText -Force)) | Should -Be 401
    }

    It 'shows access keys in a table that fits 80 columns' {
        New-RunaiAccessKey -Name a-rather-long-access-key-name-here | Out-Null
        $lines = (Get-RunaiAccessKey | Format-Table | Out-String -Width 200) -split "`n"
        ($lines | Measure-Object Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $lines[1] | Should -Match 'Name\s+ClientId'
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

    It 'never shows a service account''s or access key''s secret in any stream, in ConvertTo-Json or in Export-Clixml' {
        $DebugPreference = 'Continue'
        $text = & {
            $script:objects = @(
                New-RunaiServiceAccount -Name secret-sa -Verbose -Debug
                Reset-RunaiServiceAccountSecret -Name secret-sa -Confirm:$false -Verbose -Debug
                New-RunaiAccessKey -Name secret-key -Verbose -Debug
                Reset-RunaiAccessKeySecret -Name secret-key -Confirm:$false -Verbose -Debug
            )
            $script:objects
            $script:objects | Format-List *
        } *>&1 | Out-String
        $DebugPreference = 'SilentlyContinue'
        $script:objects.Count | Should -Be 4
        $json = $script:objects | ConvertTo-Json -Depth 10
        $clixml = Join-Path $TestDrive 'secrets.clixml'
        $script:objects | Export-Clixml -Path $clixml -Depth 10
        $xml = Get-Content -Raw $clixml
        foreach ($object in $script:objects) {
            $secret = ConvertTo-PlainText $object.Credential.Password
            $secret.Length | Should -BeGreaterThan 8
            # A SecureString in Clixml off Windows is the UTF-16 bytes in hex.
            $hex = -join ([System.Text.Encoding]::Unicode.GetBytes($secret) | ForEach-Object { $_.ToString('x2') })
            foreach ($output in $text, $json, $xml) {
                $output | Should -Not -BeLike "*$secret*"
                $output | Should -Not -BeLike "*$hex*"
            }
        }
        $text | Should -BeLike '*response body*'
        (Import-Clixml $clixml)[0].ClientId | Should -Be $script:objects[0].ClientId
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
