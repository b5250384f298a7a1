# Data volumes against the strict emulator (/api/v1/datavolumes): a flat body, a list that requires requestType, a
# PATCH of the description only, the sharedScopes add/remove of the sharing cmdlets, the volumes a project can use, and
# whether a name is free.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    Reset-RunaiEmulator
    Connect-RunaiEmulator | Out-Null
    $script:TeamA = New-RunaiProject -Name dv-team-a -Department default
    $script:TeamB = New-RunaiProject -Name dv-team-b -Department default
    $script:Department = Get-RunaiDepartment -Name default

    function Get-Write {
        @(Get-RunaiEmulatorRequest -Path '/api/v1/datavolumes*' | Where-Object method -ne 'GET')
    }
}

AfterAll {
    Disconnect-Runai -ErrorAction SilentlyContinue
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe 'Data volumes' {
    BeforeAll {
        Clear-RunaiEmulatorRequest
        $script:Volume = New-RunaiDataVolume -Name imagenet -Project dv-team-a -PvcName imagenet-pvc -Description 'ImageNet 2012'
    }

    It 'creates one with the flat body the contract takes, and returns it' {
        $script:Volume | Should -BeOfType Runai.Client.DataVolumes.DataVolume
        $script:Volume.Name | Should -Be 'imagenet'
        $script:Volume.ProjectId | Should -Be $script:TeamA.Id
        $script:Volume.ProjectName | Should -Be 'dv-team-a'
        $script:Volume.Phase | Should -Be 'Ready'
        $post = @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/datavolumes')
        $post | Should -HaveCount 1
        $post[0].status | Should -Be 201
        $post[0].body.name | Should -Be 'imagenet'
        $post[0].body.projectId | Should -Be $script:TeamA.Id
        $post[0].body.originPvcName | Should -Be 'imagenet-pvc'
        $post[0].body.description | Should -Be 'ImageNet 2012'
        @($post[0].body.PSObject.Properties.Name | Sort-Object) | Should -Be @('description', 'name', 'originPvcName', 'projectId')
    }

    It 'lists with the required requestType, by name, wildcard, project and id' {
        New-RunaiDataVolume -Name coco -Project dv-team-b -PvcName coco-pvc | Out-Null
        Clear-RunaiEmulatorRequest
        @(Get-RunaiDataVolume | ForEach-Object Name | Sort-Object) | Should -Be 'coco', 'imagenet'
        (Get-RunaiDataVolume -Name 'image*').Id | Should -Be $script:Volume.Id
        (Get-RunaiDataVolume -Project dv-team-b).Name | Should -Be 'coco'
        (Get-RunaiDataVolume -Project $script:TeamA.Id).Name | Should -Be 'imagenet'
        (Get-RunaiDataVolume -Id $script:Volume.Id).Name | Should -Be 'imagenet'
        $lists = @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/datavolumes')
        $lists.Count | Should -BeGreaterOrEqual 4
        $lists | ForEach-Object { [uri]::UnescapeDataString($_.query) | Should -Match '(^|[?&])requestType=Originated(&|$)'; $_.status | Should -Be 200 }
        [uri]::UnescapeDataString($lists[-1].query) | Should -Match "filterBy=projectId==$($script:TeamA.Id)"
        $counted = Get-RunaiDataVolume -First 1 -IncludeTotalCount
        $counted[0].ToString() | Should -Be 'Total count: 2'
        [uri]::UnescapeDataString((Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/datavolumes/count')[-1].query) | Should -Match 'requestType=Originated'
    }

    It 'reports a name that matches nothing as ObjectNotFound' {
        $err = Get-CommandError { Get-RunaiDataVolume -Name missing }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiDataVolumeCommand'
        $err[0].TargetObject | Should -Be 'missing'
        $err = Get-CommandError { Get-RunaiDataVolume -Name imagenet -Project dv-team-b }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'refuses a duplicate name in the cluster (409)' {
        $err = Get-CommandError { New-RunaiDataVolume -Name imagenet -Project dv-team-b -PvcName other }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ApiConflict,Runai.PowerShell.NewRunaiDataVolumeCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'refuses a bad name, a bad id and an unknown project before sending' {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { New-RunaiDataVolume -Name 'Bad_Name' -Project dv-team-a -PvcName p }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidName,Runai.PowerShell.NewRunaiDataVolumeCommand'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].TargetObject | Should -Be 'Bad_Name'
        $err = Get-CommandError { Remove-RunaiDataVolume -Id 'not-a-uuid' -Confirm:$false }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.RemoveRunaiDataVolumeCommand'
        $err[0].TargetObject | Should -Be 'not-a-uuid'
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
        $err = Get-CommandError { New-RunaiDataVolume -Name fine -Project no-such-project -PvcName p }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'no-such-project'
        @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/datavolumes') | Should -HaveCount 0
    }

    It 'changes the description with a PATCH of the description only; -WhatIf sends nothing' {
        Clear-RunaiEmulatorRequest
        $said = Invoke-RunaiWhatIf { Set-RunaiDataVolume -Name imagenet -Description 'not sent' -WhatIf }
        $said | Should -BeLike "*Update (description)*data volume 'imagenet' (id $($script:Volume.Id))*"
        Get-Write | Should -HaveCount 0
        $updated = Set-RunaiDataVolume -Name imagenet -Project dv-team-a -Description 'ImageNet, read-only' -PassThru
        $updated.Description | Should -Be 'ImageNet, read-only'
        $patch = @(Get-RunaiEmulatorRequest -Method PATCH -Path '/api/v1/datavolumes/*')
        $patch | Should -HaveCount 1
        $patch[0].path | Should -Be "/api/v1/datavolumes/$($script:Volume.Id)"
        $patch[0].status | Should -Be 200
        @($patch[0].body.PSObject.Properties.Name) | Should -Be @('description')
        (Get-RunaiDataVolume -Id $script:Volume.Id).Description | Should -Be 'ImageNet, read-only'
    }

    It 'shares with a project, a department and the cluster, lists the shares, and stops sharing' {
        Clear-RunaiEmulatorRequest
        $said = Invoke-RunaiWhatIf { Add-RunaiDataVolumeShare -DataVolume imagenet -Project dv-team-b -Department default -WhatIf }
        $said | Should -BeLike "*Share with department 'default', project 'dv-team-b'*data volume 'imagenet'*"
        Get-Write | Should -HaveCount 0
        $shares = $script:Volume | Add-RunaiDataVolumeShare -Project dv-team-b -Department default -PassThru
        @($shares | ForEach-Object { "$($_.ScopeType):$($_.ScopeName)" }) | Should -Be 'department:default', 'project:dv-team-b'
        $shares[0].DataVolumeName | Should -Be 'imagenet'
        $patch = @(Get-RunaiEmulatorRequest -Method PATCH -Path '/api/v1/datavolumes/*/sharedScopes')
        $patch | Should -HaveCount 1
        $patch[0].status | Should -Be 200
        @($patch[0].body.PSObject.Properties.Name) | Should -Be @('add')
        @($patch[0].body.add | ForEach-Object { "$($_.scopeType)=$($_.scopeId)" }) | Should -Be "department=$($script:Department.Id)", "project=$($script:TeamB.Id)"

        @(Get-RunaiDataVolumeShare -DataVolume $script:Volume.Id | ForEach-Object ScopeId) | Should -Be $script:Department.Id, $script:TeamB.Id

        Clear-RunaiEmulatorRequest
        $said = Invoke-RunaiWhatIf { Remove-RunaiDataVolumeShare -DataVolume imagenet -Project dv-team-b -WhatIf }
        $said | Should -BeLike "*Stop sharing with project 'dv-team-b'*"
        Get-Write | Should -HaveCount 0
        Remove-RunaiDataVolumeShare -DataVolume imagenet -Project $script:TeamB.Id -Confirm:$false
        $patch = @(Get-RunaiEmulatorRequest -Method PATCH -Path '/api/v1/datavolumes/*/sharedScopes')
        @($patch[0].body.PSObject.Properties.Name) | Should -Be @('remove')
        $patch[0].body.remove[0].scopeType | Should -Be 'project'
        $patch[0].body.remove[0].scopeId | Should -Be $script:TeamB.Id
        @(Get-RunaiDataVolume -Name imagenet | Get-RunaiDataVolumeShare | ForEach-Object ScopeType) | Should -Be 'department'
    }

    It 'refuses a share without a scope, and an unknown scope, before sending' {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Add-RunaiDataVolumeShare -DataVolume imagenet }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.AddRunaiDataVolumeShareCommand'
        $err[0].TargetObject | Should -Be 'imagenet'
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
        $err = Get-CommandError { Add-RunaiDataVolumeShare -DataVolume imagenet -Project no-such-project }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-Write | Should -HaveCount 0
    }

    It 'shows a table within 80 columns whose labels are properties' {
        $table = Get-RunaiDataVolume | Format-Table | Out-String -Width 200
        ($table -split "`n" | ForEach-Object { $_.TrimEnd().Length } | Measure-Object -Maximum).Maximum | Should -BeLessOrEqual 80
        $labels = ($table -split "`n" | Where-Object { $_.Trim() } | Select-Object -First 1) -split '\s+' | Where-Object { $_ }
        $labels | Should -Be 'Name', 'ProjectName', 'OriginPvcName', 'Phase', 'Description'
        $labels | ForEach-Object { $script:Volume.PSObject.Properties[$_] | Should -Not -BeNullOrEmpty }
        (Get-RunaiDataVolume -Name imagenet | Format-List | Out-String) | Should -Match 'OriginPvcName\s*:\s*imagenet-pvc'
    }

    It 'completes data volume names' {
        $line = 'Remove-RunaiDataVolume -Name im'
        $completions = @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText)
        $completions | Should -Be 'imagenet'
    }

    It 'lists what a project can use: its own, and what is shared with it, its department or its cluster' {
        # imagenet (dv-team-a) is shared with department default, the department of both projects; coco is dv-team-b's own.
        $private = New-RunaiDataVolume -Name private-a -Project dv-team-a -PvcName private-pvc
        try {
            Clear-RunaiEmulatorRequest
            @(Get-RunaiDataVolume -UsableInProject dv-team-b | ForEach-Object Name | Sort-Object) | Should -Be 'coco', 'imagenet'
            @(Get-RunaiDataVolume -UsableInProject $script:TeamA.Id | ForEach-Object Name | Sort-Object) | Should -Be 'imagenet', 'private-a'
            (Get-RunaiDataVolume -UsableInProject dv-team-b -Project dv-team-a).Name | Should -Be 'imagenet'
            $lists = @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/datavolumes')
            $lists | Should -HaveCount 3
            $lists | ForEach-Object {
                $query = [uri]::UnescapeDataString($_.query)
                @([regex]::Matches($query, 'requestType=')) | Should -HaveCount 1
                $query | Should -Match '(^|[?&])requestType=UsableInProject(&|$)'
                $_.status | Should -Be 200
            }
            [uri]::UnescapeDataString($lists[0].query) | Should -Match "usableInProjectId=$($script:TeamB.Id)(&|$)"
            [uri]::UnescapeDataString($lists[2].query) | Should -Match "filterBy=projectId==$($script:TeamA.Id)"

            $err = Get-CommandError { Get-RunaiDataVolume -UsableInProject dv-team-b -Name private-a }
            $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiDataVolumeCommand'
            $err[0].Exception.Message | Should -BeLike "*usable in project 'dv-team-b'*"
            Clear-RunaiEmulatorRequest
            $err = Get-CommandError { Get-RunaiDataVolume -UsableInProject no-such-project }
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $err[0].TargetObject | Should -Be 'no-such-project'
            Get-RunaiEmulatorRequest -Path '/api/v1/datavolumes*' | Should -BeNullOrEmpty
        }
        finally { $private | Remove-RunaiDataVolume -Confirm:$false }
    }

    It 'tells whether a name is free in the cluster, one Boolean per name in order' {
        Clear-RunaiEmulatorRequest
        $answers = 'imagenet', 'brand-new', 'coco' | Test-RunaiDataVolumeName
        $answers | Should -Be $false, $true, $false
        $answers | ForEach-Object { $_ | Should -BeOfType [bool] }
        $asked = @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/datavolumes/name-availability')
        $asked | Should -HaveCount 3
        @($asked.status) | Should -Be 409, 204, 409
        $context = Get-RunaiContext
        [uri]::UnescapeDataString($asked[1].query) | Should -Match "dataName=brand-new&clusterId=$($context.ClusterId)$"
        Test-RunaiDataVolumeName -Name brand-new -Cluster $context.ClusterName | Should -BeTrue
        ([pscustomobject]@{ Name = 'imagenet' } | Test-RunaiDataVolumeName) | Should -BeFalse
    }

    It 'refuses a name no data volume can have before sending, and checks the rest' {
        Clear-RunaiEmulatorRequest
        $answers = Test-RunaiDataVolumeName -Name 'Bad_Name', 'fine' -ErrorVariable failed -ErrorAction SilentlyContinue
        $answers | Should -Be $true
        $failed | Should -HaveCount 1
        $failed[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidName,Runai.PowerShell.TestRunaiDataVolumeNameCommand'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failed[0].TargetObject | Should -Be 'Bad_Name'
        @(Get-RunaiEmulatorRequest -Path '/api/v1/datavolumes/name-availability') | Should -HaveCount 1
        $err = Get-CommandError { Test-RunaiDataVolumeName fine -Cluster no-such-cluster }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'no-such-cluster'
        $line = 'Test-RunaiDataVolumeName x -Cluster '
        @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText) | Should -Contain (Get-RunaiContext).ClusterName
    }

    It 'removes data volumes piped from Get-, after confirmation; -WhatIf sends nothing' {
        Clear-RunaiEmulatorRequest
        $said = Invoke-RunaiWhatIf { Get-RunaiDataVolume -Name coco | Remove-RunaiDataVolume -WhatIf }
        $said | Should -BeLike "*Remove*data volume 'coco'*"
        Get-Write | Should -HaveCount 0
        Get-RunaiDataVolume | Remove-RunaiDataVolume -Confirm:$false
        @(Get-RunaiEmulatorRequest -Method DELETE -Path '/api/v1/datavolumes/*') | Should -HaveCount 2
        Get-RunaiDataVolume | Should -BeNullOrEmpty
        $err = Get-CommandError { Remove-RunaiDataVolume -Name imagenet -Confirm:$false }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.RemoveRunaiDataVolumeCommand'
    }
}
