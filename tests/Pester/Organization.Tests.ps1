# Organization as an admin meets it: nodes, node pools, departments and projects, their quotas, pipelines and errors.
BeforeDiscovery {
    $script:examples = @(Get-ChildItem (Join-Path $PSScriptRoot '..' '..' 'examples') -Filter '*.ps1' |
        Where-Object Name -in 'projects.ps1', 'departments.ps1', 'node-pools.ps1' |
        ForEach-Object { @{ Name = $_.Name; Path = $_.FullName } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force

    function Connect-OrgTest {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
    }

    # The writes (anything but GET) the emulator received since the last Clear-RunaiEmulatorRequest.
    function Get-WriteRequest {
        @(Get-RunaiEmulatorRequest -Path '/api/*' | Where-Object method -ne 'GET')
    }

}

Describe 'Get-RunaiNode' {
    BeforeAll { Connect-OrgTest }

    It 'lists the seeded nodes, typed, with their pool and GPUs' {
        $nodes = Get-RunaiNode
        $nodes.Name | Should -Be 'node-1', 'node-2', 'node-3', 'node-4'
        $nodes[0].GetType().FullName | Should -Be 'Runai.Client.Organization.Node'
        $nodes.NodePool | Sort-Object -Unique | Should -Be 'default'
        ($nodes | Measure-Object GpuCount -Sum).Sum | Should -Be 32
    }

    It 'filters by wildcard name and pages with -Skip/-First' {
        (Get-RunaiNode -Name 'node-[12]').Name | Should -Be 'node-1', 'node-2'
        (Get-RunaiNode -Skip 1 -First 2).Name | Should -Be 'node-2', 'node-3'
    }

    It 'lists the nodes of a piped node pool' {
        (Get-RunaiNodePool default | Get-RunaiNode).Count | Should -Be 4
        Get-RunaiNode -NodePool nothing-here | Should -BeNullOrEmpty
    }

    It 'reports an unknown node name as ObjectNotFound' {
        $err = Get-CommandError { Get-RunaiNode -Name node-9 }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiNodeCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'node-9'
    }
}

Describe 'Node pools' {
    BeforeAll { Connect-OrgTest }

    It 'has the seeded default pool' {
        $pool = Get-RunaiNodePool default
        $pool.GetType().FullName | Should -Be 'Runai.Client.Organization.NodePool'
        $pool.IsDefault | Should -BeTrue
        $pool.NodeCount | Should -Be 4
        (Get-RunaiNodePool -Id $pool.Id).Name | Should -Be 'default'
    }

    It 'creates a node pool with the fields users set' {
        $pool = New-RunaiNodePool -Name a100 -LabelKey node-type -LabelValue a100 -PlacementStrategy binpack -CpuPlacementStrategy spread `
            -GpuNetworkAcceleration Use -GpuNetworkAccelerationLabelKey nvidia.com/gpu.fabric
        $pool.Name | Should -Be 'a100'
        $pool.LabelKey | Should -Be 'node-type'
        $pool.PlacementStrategy.Gpu | Should -Be 'binpack'
        $pool.PlacementStrategy.Cpu | Should -Be 'spread'
        $pool.GpuNetworkAccelerationDetection | Should -Be 'Use'
        $pool.GpuNetworkAccelerationLabelKey | Should -Be 'nvidia.com/gpu.fabric'
        $pool.Phase | Should -Be 'Empty'
    }

    It 'refuses a duplicate name with ResourceExists' {
        $err = Get-CommandError { New-RunaiNodePool -Name a100 -LabelKey k -LabelValue v }
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'refuses a bad name before sending (<Name>)' -ForEach @(
        @{ Name = 'A100' }, @{ Name = 'gpu_pool' }, @{ Name = '1st' }, @{ Name = ('a' * 64) }
    ) {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { New-RunaiNodePool -Name $Name -LabelKey k -LabelValue v }
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidName,Runai.PowerShell.NewRunaiNodePoolCommand'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].TargetObject | Should -Be $Name
        Get-RunaiNodePool -Name $Name -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'changes only the fields given (PATCH), keeping the rest' {
        $pool = Get-RunaiNodePool a100 | Set-RunaiNodePool -LabelValue a100-80g -PassThru
        $pool.LabelValue | Should -Be 'a100-80g'
        $pool.LabelKey | Should -Be 'node-type'
        $pool.PlacementStrategy.Gpu | Should -Be 'binpack'
        $pool = Set-RunaiNodePool -Name a100 -PlacementStrategy spread -PassThru
        $pool.PlacementStrategy.Gpu | Should -Be 'spread'
        $pool.PlacementStrategy.Cpu | Should -Be 'spread'
    }

    It 'changes and removes nothing with -WhatIf' {
        Clear-RunaiEmulatorRequest
        $whatIf = Invoke-RunaiWhatIf {
            Set-RunaiNodePool -Name a100 -LabelValue other -WhatIf
            Get-RunaiNodePool a100 | Remove-RunaiNodePool -WhatIf
            New-RunaiNodePool -Name h100 -LabelKey k -LabelValue v -WhatIf
        }
        $whatIf | Should -HaveCount 3
        @($whatIf) -notlike "What if: *node pool '*'*" | Should -BeNullOrEmpty
        Get-WriteRequest | Should -BeNullOrEmpty
        (Get-RunaiNodePool a100).LabelValue | Should -Be 'a100-80g'
    }

    It 'removes a piped node pool, and not the default one' {
        Get-RunaiNodePool a100 | Remove-RunaiNodePool -Confirm:$false
        Get-RunaiNodePool a100 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err = Get-CommandError { Remove-RunaiNodePool -Name default -Confirm:$false }
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-RunaiNodePool default | Should -Not -BeNullOrEmpty
    }

    It 'reports an unknown id as ObjectNotFound' {
        $err = Get-CommandError { Get-RunaiNodePool -Id 999 }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be '999'
    }
}

Describe 'Departments' {
    BeforeAll {
        Connect-OrgTest
        $null = New-RunaiNodePool -Name a100 -LabelKey node-type -LabelValue a100
    }

    It 'has the seeded default department with every GPU of the default pool' {
        $department = Get-RunaiDepartment default
        $department.GetType().FullName | Should -Be 'Runai.Client.Organization.Department'
        $department.DeservedGpus | Should -Be 32
        $department.ClusterName | Should -Be 'cluster-1'
    }

    It 'creates a department with quotas in the units admins use' {
        $department = New-RunaiDepartment -Name research -GpuQuota 8 -GpuLimit 12 -CpuQuota 16 -MemoryQuota 64GB -Description 'ML research' `
            -TrainingTimeLimit (New-TimeSpan -Hours 8) -DefaultNodePool default, a100
        $quota = $department.QuotaIn('default')
        $quota.Gpu.Deserved | Should -Be 8
        $quota.Gpu.Limit | Should -Be 12
        $quota.Cpu.Deserved | Should -Be 16000
        $quota.Memory.Deserved | Should -Be 64
        $quota.Memory.Units | Should -Be 'GB'
        $department.Description | Should -Be 'ML research'
        $department.SchedulingRules.TrainingJobTimeLimitSeconds | Should -Be 28800
        $department.DefaultNodePools | Should -Be 'default', 'a100'
    }

    It 'sets quota per node pool, and for several pools at once with -Resources' {
        $department = New-RunaiDepartment -Name vision -NodePool a100 -GpuQuota 4 -MemoryQuota 512Mi
        $department.QuotaIn('a100').Gpu.Deserved | Should -Be 4
        $department.QuotaIn('a100').Memory.Units | Should -Be 'Mib'
        $department.QuotaIn('default').Gpu.Deserved | Should -Be 0

        # Hashtables in the API's Resources shape; PowerShell converts them to the parameter's type.
        $resources = @(
            @{ NodePool = @{ Name = 'default' }; Gpu = @{ Deserved = 2 } }
            @{ NodePool = @{ Name = 'a100' }; Gpu = @{ Deserved = 3; Limit = 5 } }
        )
        $department = New-RunaiDepartment -Name speech -Resources $resources
        $department.QuotaIn('default').Gpu.Deserved | Should -Be 2
        $department.QuotaIn('a100').Gpu.Limit | Should -Be 5
    }

    It 'names an unknown node pool in ObjectNotFound' {
        $err = Get-CommandError { New-RunaiDepartment -Name audio -NodePool h100 -GpuQuota 1 }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.NewRunaiDepartmentCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].Exception.Message | Should -BeLike "*'h100'*"
        Get-RunaiDepartment audio -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'refuses a duplicate with ResourceExists and a bad quantity with InvalidQuantity' {
        (Get-CommandError { New-RunaiDepartment -Name research })[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $err = Get-CommandError { New-RunaiDepartment -Name audio -MemoryQuota 64XB }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidQuantity,Runai.PowerShell.NewRunaiDepartmentCommand'
        $err[0].TargetObject | Should -Be '64XB'
    }

    It 'gets departments by id, and reports an unknown id as ObjectNotFound' {
        $id = (Get-RunaiDepartment research).Id
        (Get-RunaiDepartment -Id $id).Name | Should -Be 'research'
        $err = Get-CommandError { Get-RunaiDepartment -Id 424242 }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ApiNotFound,Runai.PowerShell.GetRunaiDepartmentCommand'
        $err[0].TargetObject | Should -Be '424242'
    }

    It 'changes only what was asked' {
        $department = Set-RunaiDepartment -Name research -GpuQuota 10 -PassThru
        $quota = $department.QuotaIn('default')
        $quota.Gpu.Deserved | Should -Be 10
        $quota.Gpu.Limit | Should -Be 12
        $quota.Cpu.Deserved | Should -Be 16000
        $quota.Memory.Deserved | Should -Be 64
        $department.Description | Should -Be 'ML research'
        $department.SchedulingRules.TrainingJobTimeLimitSeconds | Should -Be 28800
        $department.DefaultNodePools | Should -Be 'default', 'a100'
    }

    It 'changes and removes nothing with -WhatIf' {
        Clear-RunaiEmulatorRequest
        $whatIf = Invoke-RunaiWhatIf {
            Get-RunaiDepartment research | Set-RunaiDepartment -GpuQuota 1 -WhatIf
            Get-RunaiDepartment research | Remove-RunaiDepartment -WhatIf
            New-RunaiDepartment -Name audio -GpuQuota 1 -WhatIf
        }
        $whatIf | Should -HaveCount 3
        @($whatIf) -notlike "What if: *department '*'*" | Should -BeNullOrEmpty
        Get-WriteRequest | Should -BeNullOrEmpty
        (Get-RunaiDepartment research).QuotaIn('default').Gpu.Deserved | Should -Be 10
    }

    It 'writes nothing from Set without -PassThru, and nothing changes without settings' {
        Set-RunaiDepartment -Name research -Description 'Research' | Should -BeNullOrEmpty
        (Get-RunaiDepartment research).Description | Should -Be 'Research'
    }

    It 'removes piped departments' {
        Get-RunaiDepartment speech, vision | Remove-RunaiDepartment -Confirm:$false
        Get-RunaiDepartment 'speech', 'vision' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'Projects' {
    BeforeAll {
        Connect-OrgTest
        $null = New-RunaiNodePool -Name a100 -LabelKey node-type -LabelValue a100
        $null = New-RunaiDepartment -Name research -GpuQuota 8 -CpuQuota 32
        $null = Set-RunaiDepartment -Name research -NodePool a100 -GpuQuota 4
        $null = New-RunaiDepartment -Name finance -GpuQuota 2
    }

    It 'creates a project in a department by name, with its quota' {
        $project = New-RunaiProject -Name team-a -Department research -GpuQuota 2 -CpuQuota 500m -MemoryQuota 64GiB
        $project.GetType().FullName | Should -Be 'Runai.Client.Organization.Project'
        $project.DepartmentName | Should -Be 'research'
        $project.DepartmentId | Should -Be (Get-RunaiDepartment research).Id
        $project.QuotaIn('default').Cpu.Deserved | Should -Be 500
        $project.QuotaIn('default').Memory.Deserved | Should -Be 65536
        $project.QuotaIn('default').Memory.Units | Should -Be 'Mib'
        $project.Namespace | Should -Be 'runai-team-a'
        $project.Phase | Should -Be 'Ready'
    }

    It 'puts a project without a department in the default department' {
        (New-RunaiProject -Name loner).DepartmentName | Should -Be 'default'
    }

    It 'takes the department from the pipeline' {
        $project = Get-RunaiDepartment finance | New-RunaiProject -Name ledger -GpuQuota 1
        $project.DepartmentName | Should -Be 'finance'
    }

    It 'creates projects from CSV rows' {
        $csv = @'
Name,Department,GpuQuota,NodePool,MemoryQuota
team-b,research,1,default,32GB
team-c,research,2,a100,16GB
team-d,finance,1,default,8GB
'@ | ConvertFrom-Csv
        $projects = $csv | New-RunaiProject
        $projects.Name | Should -Be 'team-b', 'team-c', 'team-d'
        $projects[1].QuotaIn('a100').Gpu.Deserved | Should -Be 2
        $projects[2].DepartmentName | Should -Be 'finance'
    }

    It 'lists the projects of piped departments, and of -Department' {
        (Get-RunaiDepartment research | Get-RunaiProject).Name | Sort-Object | Should -Be 'team-a', 'team-b', 'team-c'
        (Get-RunaiProject -Department finance).Name | Sort-Object | Should -Be 'ledger', 'team-d'
        (Get-RunaiProject -Name 'team-*' -Department research).Count | Should -Be 3
        (Get-RunaiProject -Name 't*-[ab]').Name | Should -Be 'team-a', 'team-b'
    }

    It 'gets projects by id' {
        $id = (Get-RunaiProject team-a).Id
        (Get-RunaiProject -Id $id).Name | Should -Be 'team-a'
        (Get-CommandError { Get-RunaiProject -Id 987654 })[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'names an unknown department in ObjectNotFound' {
        $err = Get-CommandError { New-RunaiProject -Name team-x -Department marketing }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.NewRunaiProjectCommand'
        $err[0].TargetObject | Should -Be 'marketing'
        $err[0].Exception.Message | Should -BeLike "*'marketing'*"
        $err = Get-CommandError { Get-RunaiProject -Department marketing }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'refuses a duplicate with ResourceExists' {
        $err = Get-CommandError { New-RunaiProject -Name team-a -Department research }
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ApiConflict,Runai.PowerShell.NewRunaiProjectCommand'
    }

    It 'refuses more GPUs than the department has in the pool' {
        $err = Get-CommandError { New-RunaiProject -Name greedy -Department research -NodePool a100 -GpuQuota 5 }
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-RunaiProject greedy -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'refuses bad names before sending, and one bad item does not stop the rest' {
        $err = $null
        $created = 'ok-1', 'Bad_Name', 'ok-2' | ForEach-Object { [pscustomobject]@{ Name = $_ } } |
            New-RunaiProject -ErrorAction SilentlyContinue -ErrorVariable err
        $created.Name | Should -Be 'ok-1', 'ok-2'
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidName,Runai.PowerShell.NewRunaiProjectCommand'
        $err[0].TargetObject.Name | Should -Be 'Bad_Name' # the piped row itself, so the failures can be re-run
    }

    It 'changes only what was asked, keeping the other pools and fields' {
        $project = Get-RunaiProject team-a | Set-RunaiProject -GpuQuota 3 -TrainingIdleTimeout (New-TimeSpan -Minutes 30) -PassThru
        $quota = $project.QuotaIn('default')
        $quota.Gpu.Deserved | Should -Be 3
        $quota.Cpu.Deserved | Should -Be 500
        $quota.Memory.Deserved | Should -Be 65536
        $project.SchedulingRules.TrainingJobMaxIdleDurationSeconds | Should -Be 1800
        $project = Set-RunaiProject -Name team-a -NodePool a100 -GpuQuota 1 -EnforceRunaiScheduler $false -PassThru
        $project.QuotaIn('a100').Gpu.Deserved | Should -Be 1
        $project.QuotaIn('default').Gpu.Deserved | Should -Be 3
        $project.SchedulingRules.TrainingJobMaxIdleDurationSeconds | Should -Be 1800
        $project.EnforceRunaiScheduler | Should -BeFalse
    }

    It 'changes and removes nothing with -WhatIf' {
        Clear-RunaiEmulatorRequest
        $whatIf = Invoke-RunaiWhatIf {
            Get-RunaiProject team-a | Set-RunaiProject -GpuQuota 1 -WhatIf
            Get-RunaiProject team-a | Remove-RunaiProject -WhatIf
            New-RunaiProject -Name team-z -Department research -WhatIf
        }
        $whatIf | Should -HaveCount 3
        @($whatIf) -notlike "What if: *project 'team-*'*" | Should -BeNullOrEmpty
        Get-WriteRequest | Should -BeNullOrEmpty
        (Get-RunaiProject team-a).QuotaIn('default').Gpu.Deserved | Should -Be 3
    }

    It 'shows name, id, cluster, department, GPU quota, allocation and phase in its table' {
        $table = Get-RunaiProject team-a | Format-Table | Out-String -Width 200
        $table | Should -Match 'Name\s+Id\s+ClusterName\s+DepartmentName\s+GpuQuota\s+Allocated\s+Phase'
        # 3 GPUs in the default pool and 1 in a100.
        $table | Should -Match 'team-a\s+\d+\s+cluster-1\s+research\s+4\s+0\s+Ready'
    }

    It 'removes a project by name' {
        Remove-RunaiProject -Name loner -Confirm:$false
        Get-RunaiProject loner -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        (Get-CommandError { Remove-RunaiProject -Name loner -Confirm:$false })[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'refuses to remove a department that still has projects, then removes piped projects' {
        (Get-CommandError { Remove-RunaiDepartment -Name finance -Confirm:$false })[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-RunaiDepartment finance | Get-RunaiProject | Remove-RunaiProject -Confirm:$false
        Get-RunaiProject -Department finance | Should -BeNullOrEmpty
        Remove-RunaiDepartment -Name finance -Confirm:$false
        Get-RunaiDepartment finance -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'Paging over 1,000 projects' {
    BeforeAll {
        Connect-OrgTest
        # Created through the client directly: the point here is listing, not creating. Runai.Client lives in the
        # module's private load context, so its types are reached through the connection's assembly.
        $connection = [Runai.PowerShell.RunaiSession]::Current
        $clientAssembly = $connection.GetType().Assembly
        $client = $clientAssembly.GetType('Runai.Client.Organization.ProjectResource').GetMethod('Projects').Invoke($null, @($connection))
        $clusterId = (Get-RunaiContext).ClusterId
        foreach ($i in 1..1005) {
            $project = [Activator]::CreateInstance($clientAssembly.GetType('Runai.Client.Organization.Project'))
            $project.Name = 'p-{0:d4}' -f $i
            $project.ClusterId = $clusterId
            $null = $client.CreateAsync($project, [Threading.CancellationToken]::None).GetAwaiter().GetResult()
        }
    }

    It 'streams every project across pages' {
        $all = Get-RunaiProject
        $all.Count | Should -Be 1005
        ($all.Name | Select-Object -Unique).Count | Should -Be 1005
    }

    It 'writes a Verbose line for every page request, the prefetched ones included' {
        Clear-RunaiEmulatorRequest
        $verbose = @(Get-RunaiProject -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        $pages = @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/org-unit/projects' | Where-Object path -eq '/api/v1/org-unit/projects')
        $pages.Count | Should -Be 3
        @($verbose | Where-Object Message -like 'GET /api/v1/org-unit/projects?*').Count | Should -Be 3
    }

    It 'pages with -Skip and -First, and counts with -IncludeTotalCount' {
        (Get-RunaiProject -Skip 998 -First 3).Name | Should -Be 'p-0999', 'p-1000', 'p-1001'
        $counted = Get-RunaiProject -Name 'p-1*' -IncludeTotalCount -First 2
        $counted[0].ToString() | Should -Be 'Total count: 6'
        $counted[1].Name | Should -Be 'p-1000'
    }

    It 'filters by wildcard on the server and streams lazily' {
        (Get-RunaiProject -Name 'p-05*').Count | Should -Be 100
        (Get-RunaiProject -Name '*-1005').Name | Should -Be 'p-1005'
        (Get-RunaiProject -First 1).Name | Should -Be 'p-0001'
    }
}

Describe 'Organization examples' {
    BeforeAll { Connect-OrgTest }

    It 'runs examples/<Name> against the emulator' -ForEach $examples {
        $output = & $Path
        $output | Should -Not -BeNullOrEmpty
        # Each example cleans up after itself.
        Get-RunaiProject | Where-Object Name -eq 'latest-project-3' | Should -BeNullOrEmpty
        Get-RunaiDepartment | Where-Object Name -eq 'new-department' | Should -BeNullOrEmpty
        Get-RunaiNodePool | Where-Object Name -eq 'test3' | Should -BeNullOrEmpty
    }
}
