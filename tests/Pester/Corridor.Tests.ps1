# The shared path every resource rides: ids and filter values checked before sending, one request where one is
# enough, lookups cached on the connection and dropped after the module's own writes, and -ThrottleLimit.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force

    function Get-ApiRequest {
        @(Get-RunaiEmulatorRequest -Path '/api/*' | Where-Object path -ne '/api/v1/token')
    }

    function Get-TokensIssued {
        (Invoke-RestMethod -Uri "$(Get-RunaiEmulatorUrl)/admin/stats").tokensIssued
    }
}

Describe 'Ids are checked before they become part of a path' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
    }
    BeforeEach { Clear-RunaiEmulatorRequest }

    It 'Get-RunaiProject -Id <Id> is refused with InvalidArgument and sends nothing' -ForEach @(
        @{ Id = 'count' }, @{ Id = 'telemetry' }, @{ Id = '..' }, @{ Id = '7/8' }, @{ Id = '7?x=1' }, @{ Id = '%2F' }, @{ Id = 'seven' }
    ) {
        Get-RunaiProject -Id $Id -ErrorVariable failure -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failure | Should -HaveCount 1
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GetRunaiProjectCommand'
        $failure[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure[0].TargetObject | Should -BeExactly $Id
        Get-ApiRequest | Should -BeNullOrEmpty
    }

    It 'a bad id among good ones fails alone' {
        $id = (New-RunaiProject -Name ids-ok -Confirm:$false).Id
        Clear-RunaiEmulatorRequest
        $found = Get-RunaiProject -Id 'count', $id -ErrorVariable failure -ErrorAction SilentlyContinue
        $found.Id | Should -Be $id
        $failure | Should -HaveCount 1
        $failure[0].TargetObject | Should -BeExactly 'count'
        @(Get-ApiRequest) | Should -HaveCount 1
    }

    It 'Remove-RunaiNodePool -Id count removes nothing and sends nothing' {
        Remove-RunaiNodePool -Id count -Confirm:$false -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.RemoveRunaiNodePoolCommand'
        Get-ApiRequest | Should -BeNullOrEmpty
    }

    It 'workload ids must be UUIDs' {
        Get-RunaiWorkload -Id 'count' -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GetRunaiWorkloadCommand'
        Get-ApiRequest | Should -BeNullOrEmpty
    }
}

Describe 'Filter values never split or change a filter' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
    }
    BeforeEach { Clear-RunaiEmulatorRequest }

    It 'refuses a node pool name with a comma before sending' {
        Get-RunaiNode -NodePool 'default,gpu' -ErrorVariable failure -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GetRunaiNodeCommand'
        $failure[0].TargetObject | Should -BeExactly 'default,gpu'
        Get-ApiRequest | Should -BeNullOrEmpty
    }

    It 'matches a -Name with a comma here instead of sending it' {
        Get-RunaiProject -Name 'a,b' -ErrorVariable failure -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiProjectCommand'
        (Get-ApiRequest).query | Should -Not -Match 'filterBy'
    }
}

Describe 'One request where one is enough' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
        $script:project = New-RunaiProject -Name one-request -Confirm:$false
    }

    It 'Get-RunaiProject -Id sends exactly one request' {
        Disconnect-Runai
        Connect-RunaiEmulator
        Clear-RunaiEmulatorRequest
        $found = Get-RunaiProject -Id $project.Id
        $found.Name | Should -Be 'one-request'
        $found.ClusterName | Should -Be 'cluster-1'
        $requests = Get-ApiRequest
        @($requests) | Should -HaveCount 1
        $requests[0].path | Should -Be "/api/v1/org-unit/projects/$($project.Id)"
    }

    It 'lists departments once for display across commands, and again after the module changed departments' {
        Clear-RunaiEmulatorRequest
        $null = Get-RunaiProject
        $null = Get-RunaiProject
        @(Get-ApiRequest | Where-Object path -eq '/api/v1/org-unit/departments') | Should -HaveCount 1
        (Get-RunaiProject -Name one-request).DepartmentName | Should -Not -BeNullOrEmpty

        $null = New-RunaiDepartment -Name display-cache -Confirm:$false
        Clear-RunaiEmulatorRequest
        $null = Get-RunaiProject
        @(Get-ApiRequest | Where-Object path -eq '/api/v1/org-unit/departments') | Should -HaveCount 1
    }

    It 'resolves a node pool name once for a CSV of many rows' {
        Clear-RunaiEmulatorRequest
        1..5 | ForEach-Object { [pscustomobject]@{ Name = "csv-$_"; NodePool = 'default'; GpuQuota = 0 } } |
            New-RunaiProject -Confirm:$false | Should -HaveCount 5
        @(Get-ApiRequest | Where-Object path -eq '/api/v1/node-pools') | Should -HaveCount 1
    }
}

Describe 'Lists ask for no more than they need' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
        1..12 | ForEach-Object { [pscustomobject]@{ Name = "page-$_" } } | New-RunaiProject -ThrottleLimit 4 -Confirm:$false | Out-Null
    }

    It '-First 2 sends one request with limit 2' {
        Clear-RunaiEmulatorRequest
        (Get-RunaiProject -First 2).Count | Should -Be 2
        $requests = @(Get-ApiRequest | Where-Object path -eq '/api/v1/org-unit/projects')
        $requests | Should -HaveCount 1
        $requests[0].query | Should -Match 'limit=2(&|$)'
    }
}

Describe '-ThrottleLimit runs piped changes at once, and loses nothing' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
    }

    It 'creates 40 projects with -ThrottleLimit 8: in input order, one token, no error' {
        $tokensBefore = Get-TokensIssued
        $rows = 1..40 | ForEach-Object { [pscustomobject]@{ Name = 'bulk-{0:d2}' -f $_; GpuQuota = 0 } }
        $created = $rows | New-RunaiProject -ThrottleLimit 8 -Confirm:$false -ErrorVariable failure
        $failure | Should -BeNullOrEmpty
        $created.Name | Should -Be $rows.Name
        (Get-TokensIssued) - $tokensBefore | Should -Be 0
        @(Get-RunaiProject -Name 'bulk-*') | Should -HaveCount 40
    }

    It 'reports each failed row once, with the row''s input as TargetObject, and makes the rest' {
        $null = New-RunaiProject -Name throttle-taken -Confirm:$false
        $rows = 'throttle-a', 'throttle-taken', 'throttle-b', 'Bad_Name', 'throttle-c' | ForEach-Object { [pscustomobject]@{ Name = $_ } }
        $created = $rows | New-RunaiProject -ThrottleLimit 4 -Confirm:$false -ErrorVariable failure -ErrorAction SilentlyContinue
        $created.Name | Should -Be 'throttle-a', 'throttle-b', 'throttle-c'
        $failure | Should -HaveCount 2
        ($failure.FullyQualifiedErrorId | Sort-Object) | Should -Be 'ApiConflict,Runai.PowerShell.NewRunaiProjectCommand', 'InvalidName,Runai.PowerShell.NewRunaiProjectCommand'
        @(Get-RunaiProject -Name 'throttle-*') | Should -HaveCount 4
    }

    It 'removes with -ThrottleLimit from the pipeline, and -WhatIf sends no write' {
        Clear-RunaiEmulatorRequest
        $whatIf = Invoke-RunaiWhatIf { Get-RunaiProject -Name 'bulk-*' | Remove-RunaiProject -ThrottleLimit 8 -WhatIf }
        @($whatIf | Where-Object { $_ -like "What if: Performing the operation `"Remove`" on target `"project 'bulk-*" }) | Should -HaveCount 40
        @(Get-ApiRequest | Where-Object method -ne 'GET') | Should -BeNullOrEmpty
        Get-RunaiProject -Name 'bulk-*' | Remove-RunaiProject -ThrottleLimit 8 -Confirm:$false
        Get-RunaiProject -Name 'bulk-*' | Should -BeNullOrEmpty
        @(Get-ApiRequest | Where-Object method -eq 'DELETE') | Should -HaveCount 40
    }
}

Describe 'A failed CSV row is reported with the row itself' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
    }

    It 'names the row as TargetObject for <Case>, and creates the other rows' -ForEach @(
        @{ Case = 'a bad name'; Row = @{ Name = 'Bad_Name' }; Id = 'InvalidName'; Throttle = 1 }
        @{ Case = 'a bad quantity'; Row = @{ Name = 'row-quota'; CpuQuota = 'lots' }; Id = 'InvalidQuantity'; Throttle = 1 }
        @{ Case = 'an unknown department'; Row = @{ Name = 'row-dept'; Department = 'nowhere' }; Id = 'ResourceNotFound'; Throttle = 1 }
        @{ Case = 'a conflict (sequential)'; Row = @{ Name = 'row-dup' }; Id = 'ApiConflict'; Throttle = 1 }
        @{ Case = 'a conflict (-ThrottleLimit 4)'; Row = @{ Name = 'row-dup' }; Id = 'ApiConflict'; Throttle = 4 }
    ) {
        if (-not (Get-RunaiProject -Name row-dup -ErrorAction SilentlyContinue)) { $null = New-RunaiProject -Name row-dup -Confirm:$false }
        $suffix = [guid]::NewGuid().ToString('n').Substring(0, 6)
        $bad = [pscustomobject]$Row
        $rows = @([pscustomobject]@{ Name = "row-a-$suffix" }, $bad, [pscustomobject]@{ Name = "row-b-$suffix" })
        $created = $rows | New-RunaiProject -ThrottleLimit $Throttle -Confirm:$false -ErrorVariable failure -ErrorAction SilentlyContinue
        $created.Name | Should -Be "row-a-$suffix", "row-b-$suffix"
        $failure | Should -HaveCount 1
        $failure[0].FullyQualifiedErrorId | Should -BeExactly "$Id,Runai.PowerShell.NewRunaiProjectCommand"
        $failure[0].TargetObject.Name | Should -Be $bad.Name
    }
}
