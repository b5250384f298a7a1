# Workloads end to end against the emulator: submit every kind, wait, suspend/resume/remove from the pipeline,
# filters, streaming, pods/events/metrics, and the create that must never duplicate under faults.

BeforeDiscovery {
    # Workloads live in projects; an emulator without the organization routes cannot host these tests.
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    Connect-RunaiEmulator | Out-Null
    $script:NoProjectRoutes = $false
    try { Invoke-RunaiApi -Method GET -Path '/api/v1/org-unit/projects' -ErrorAction Stop | Out-Null }
    catch { $script:NoProjectRoutes = $true }
    Disconnect-Runai
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    Reset-RunaiEmulator
    Connect-RunaiEmulator | Out-Null

    function New-TestProject([string]$Name) {
        (New-RunaiProject -Name $Name).Id
    }

    # The POST bodies the emulator received for a typed create route.
    function Get-CreateBody([string]$Segment) {
        Get-RunaiEmulatorRequest -Method POST -Path "/api/v1/workloads/$Segment" | Where-Object status -EQ 202 | ForEach-Object body
    }

    # Discovery's variables are gone at run time: ask again (the Describes are skipped when this fails).
    if (@(Invoke-RunaiApi -Method GET -Path '/api/v1/org-unit/projects' -ErrorAction SilentlyContinue).Count -gt 0) {
        $script:ProjectA = New-TestProject 'team-a'
        $script:ProjectB = New-TestProject 'team-b'
    }
}

AfterAll {
    Disconnect-Runai -ErrorAction SilentlyContinue
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe 'New-Runai*Workload' -Skip:$script:NoProjectRoutes {
    BeforeEach { Clear-RunaiEmulatorRequest }

    It 'submits a training with every common parameter mapped to the contract' {
        $training = New-RunaiTrainingWorkload -Project team-a -Name bert -Image 'pytorch/pytorch:2.3' -Command python -Arguments 'train.py --epochs 3' `
            -Environment @{ EPOCHS = '3' } -Gpu 2 -Cpu 4 -Memory 16G -NodePool a100, h100 -Preemptible -Pvc 'data:/mnt/data:ro' -Port 6006 `
            -Label @{ team = 'nlp' } -Annotation @{ owner = 'ana' }

        $training.GetType().FullName | Should -Be 'Runai.Client.Workloads.Workload'
        $training.Type | Should -Be 'Training'
        $training.ProjectName | Should -Be 'team-a'
        $spec = @(Get-CreateBody trainings)[0].spec
        $spec.image | Should -Be 'pytorch/pytorch:2.3'
        $spec.command | Should -Be 'python'
        $spec.args | Should -Be 'train.py --epochs 3'
        $spec.environmentVariables | Where-Object name -EQ 'EPOCHS' | ForEach-Object value | Should -Be '3'
        $spec.compute.gpuDevicesRequest | Should -Be 2
        $spec.compute.cpuCoreRequest | Should -Be 4
        $spec.compute.cpuMemoryRequest | Should -Be '16G'
        $spec.nodePools | Should -Be @('a100', 'h100')
        $spec.preemptibility | Should -Be 'preemptible'
        $spec.storage.pvc[0].claimName | Should -Be 'data'
        $spec.storage.pvc[0].path | Should -Be '/mnt/data'
        $spec.storage.pvc[0].readOnly | Should -BeTrue
        $spec.ports[0].container | Should -Be 6006
        $spec.labels[0].name | Should -Be 'team'
        $spec.annotations[0].value | Should -Be 'ana'
    }

    It 'submits a <Kind> through its typed route, with -Spec merged under the parameters' -TestCases @(
        @{ Kind = 'Workspace'; Segment = 'workspaces'; Command = { param($spec) New-RunaiWorkspace -Project team-a -Name ws-spec -Image 'jupyter/base' -Spec $spec } }
        @{ Kind = 'Training'; Segment = 'trainings'; Command = { param($spec) New-RunaiTrainingWorkload -Project team-a -Name tr-spec -Image 'jupyter/base' -Spec $spec -BackoffLimit 2 } }
        @{ Kind = 'Distributed'; Segment = 'distributed'; Command = { param($spec) New-RunaiDistributedWorkload -Project team-a -Name dist-spec -Image 'jupyter/base' -Framework PyTorch -Workers 2 -Spec $spec } }
        @{ Kind = 'Inference'; Segment = 'inferences'; Command = { param($spec) New-RunaiInferenceWorkload -Project team-a -Name inf-spec -Image 'jupyter/base' -ServingPort 8000 -MinReplicas 1 -MaxReplicas 3 -Spec $spec } }
    ) {
        $workload = & $Command @{ image = 'overridden:latest'; workingDir = '/workspace'; environmentVariables = @(@{ name = 'FROM_SPEC'; value = '1' }) }

        $workload.Type | Should -Be $Kind
        $spec = @(Get-CreateBody $Segment)[0].spec
        $spec.image | Should -Be 'jupyter/base' -Because 'a parameter wins over -Spec'
        $spec.workingDir | Should -Be '/workspace' -Because '-Spec supplies fields that have no parameter'
        $spec.environmentVariables[0].name | Should -Be 'FROM_SPEC'
    }

    It 'sends the kind parameters: distributed framework and workers, inference serving port and replicas' {
        New-RunaiDistributedWorkload -Project team-a -Name ddp -Image 'nvcr.io/nvidia/pytorch:24.05-py3' -Framework PyTorch -Workers 3 | Out-Null
        New-RunaiInferenceWorkload -Project team-a -Name serve -Image 'vllm/vllm-openai' -ServingPort 8000 -Replicas 2 | Out-Null

        $distributed = @(Get-CreateBody distributed)[0]
        $distributed.spec.distributedFramework | Should -Be 'PyTorch'
        $distributed.spec.numWorkers | Should -Be 3
        $distributed.masterSpecSameAsWorker | Should -BeTrue
        $inference = @(Get-CreateBody inferences)[0].spec
        $inference.servingPort.container | Should -Be 8000
        $inference.autoscaling.minReplicas | Should -Be 2
        $inference.autoscaling.maxReplicas | Should -Be 2
    }

    It 'accepts -Spec as JSON text' {
        New-RunaiTrainingWorkload -Project team-a -Name from-json -Spec '{"image":"busybox","completions":4}' | Out-Null
        $spec = @(Get-CreateBody trainings)[0].spec
        $spec.image | Should -Be 'busybox'
        $spec.completions | Should -Be 4
    }

    It 'refuses <Case> before sending anything, naming the offending value' -TestCases @(
        @{ Case = 'a name that is not a DNS label'; Id = 'InvalidName'; Target = 'Bad_Name'; Arguments = @{ Name = 'Bad_Name'; Image = 'busybox' } }
        @{ Case = 'a GPU fraction above 1'; Id = 'InvalidArgument'; Target = 1.5; Arguments = @{ Name = 'frac'; Image = 'busybox'; GpuFraction = 1.5 } }
        @{ Case = 'a malformed PVC mount'; Id = 'InvalidArgument'; Target = 'no-path'; Arguments = @{ Name = 'pvc'; Image = 'busybox'; Pvc = 'no-path' } }
        @{ Case = 'a missing image'; Id = 'InvalidArgument'; Target = 'noimage'; Arguments = @{ Name = 'noimage' } }
        @{ Case = 'a memory that is not a quantity'; Id = 'InvalidQuantity'; Target = 'lots'; Arguments = @{ Name = 'mem'; Image = 'busybox'; Memory = 'lots' } }
        @{ Case = '-Spec that is not JSON'; Id = 'InvalidArgument'; Target = '{nope'; Arguments = @{ Name = 'badspec'; Image = 'busybox'; Spec = '{nope' } }
    ) {
        New-RunaiTrainingWorkload -Project team-a @Arguments -ErrorVariable failure -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $failure[0].FullyQualifiedErrorId | Should -BeExactly "$Id,Runai.PowerShell.NewRunaiTrainingWorkloadCommand"
        $failure[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure[0].TargetObject | Should -Be $Target
        @(Get-RunaiEmulatorRequest -Path '/api/v1/*') | Should -HaveCount 0
    }

    It 'refuses a workload id that is not a UUID before sending' {
        Get-RunaiWorkload -Id 'not-a-uuid', 'also-bad' -ErrorVariable failure -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failure | Should -HaveCount 2
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GetRunaiWorkloadCommand'
        $failure[1].TargetObject | Should -Be 'also-bad'
        @(Get-RunaiEmulatorRequest -Path '/api/v1/*') | Should -HaveCount 0
    }

    It 'reports an unknown project as not found' {
        New-RunaiTrainingWorkload -Project no-such-project -Name x -Image busybox -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/workloads/*') | Should -HaveCount 0
    }

    It 'sends nothing with -WhatIf' {
        $whatIf = Invoke-RunaiWhatIf { New-RunaiTrainingWorkload -Project team-a -Name whatif -Image busybox -WhatIf }
        $whatIf | Should -HaveCount 1
        @($whatIf) -notlike "What if: *training 'whatif' in project 'team-a'*" | Should -BeNullOrEmpty
        @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/workloads/*') | Should -HaveCount 0
    }
}

Describe 'Waiting for workloads' -Skip:$script:NoProjectRoutes {
    It 'returns a training once it completed' {
        $training = New-RunaiTrainingWorkload -Project team-a -Name wait-train -Image busybox -Wait -TimeoutSec 60
        $training.Phase | Should -Be 'Completed'
        $training.CompletedAt | Should -Not -BeNullOrEmpty
    }

    It 'returns a workspace once it runs' {
        (New-RunaiWorkspace -Project team-a -Name wait-ws -Image jupyter/base -Wait -TimeoutSec 60).Phase | Should -Be 'Running'
    }

    It 'turns a failed training into an error carrying its status message and last events' {
        $result = New-RunaiTrainingWorkload -Project team-a -Name doomed -Image busybox -Environment @{ RUNAI_EMULATOR_FAIL = 'true' } -Wait -TimeoutSec 60 `
            -ErrorVariable failure -ErrorAction SilentlyContinue

        $result | Should -BeNullOrEmpty
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'WorkloadFailed,Runai.PowerShell.NewRunaiTrainingWorkloadCommand'
        $failure[0].Exception.Message | Should -Match 'RUNAI_EMULATOR_FAIL'
        $failure[0].Exception.Message | Should -Match 'Last events: .*BackoffLimitExceeded'
        $failure[0].TargetObject.Phase | Should -Be 'Failed'
    }

    It 'times out with an OperationTimeout error and leaves the workload alone' {
        $workspace = New-RunaiWorkspace -Project team-a -Name never-completes -Image jupyter/base
        $workspace | Wait-RunaiWorkload -Phase Completed -TimeoutSec 1 -ErrorVariable failure -ErrorAction SilentlyContinue | Should -BeNullOrEmpty

        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'WaitTimeout,Runai.PowerShell.WaitRunaiWorkloadCommand'
        $failure[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        (Get-RunaiWorkload -Id $workspace.Id).Phase | Should -BeIn @('Creating', 'Pending', 'Running')
        @(Get-RunaiEmulatorRequest -Path "/api/v1/workloads/workspaces/$($workspace.Id)*" | Where-Object method -NE 'GET') | Should -HaveCount 0
    }

    It 'waits by name in a project' {
        New-RunaiWorkspace -Project team-a -Name by-name -Image jupyter/base | Out-Null
        (Wait-RunaiWorkload -Name by-name -Project team-a -TimeoutSec 60).Phase | Should -Be 'Running'
    }
}

Describe 'Suspend, resume and remove from the pipeline' -Skip:$script:NoProjectRoutes {
    BeforeAll {
        $script:ProjectC = New-TestProject 'team-pipeline'
        New-RunaiWorkspace -Project team-pipeline -Name p-ws -Image jupyter/base | Out-Null
        New-RunaiTrainingWorkload -Project team-pipeline -Name p-train -Image busybox | Out-Null
        New-RunaiDistributedWorkload -Project team-pipeline -Name p-dist -Image busybox -Framework MPI -Workers 2 | Out-Null
        New-RunaiInferenceWorkload -Project team-pipeline -Name p-inf -Image vllm/vllm-openai -ServingPort 8000 | Out-Null
    }
    BeforeEach { Clear-RunaiEmulatorRequest }

    It 'suspends every kind that can be suspended through its own route, and refuses inferences without stopping the rest' {
        Get-RunaiWorkload -Project team-pipeline | Stop-RunaiWorkload -Confirm:$false -ErrorVariable failure -ErrorAction SilentlyContinue

        $paths = @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/workloads/*/suspend').path
        $paths | Should -HaveCount 3
        $paths | Where-Object { $_ -like '/api/v1/workloads/workspaces/*' } | Should -HaveCount 1
        $paths | Where-Object { $_ -like '/api/v1/workloads/trainings/*' } | Should -HaveCount 1
        $paths | Where-Object { $_ -like '/api/v1/workloads/distributed/*' } | Should -HaveCount 1
        $failure | Should -HaveCount 1
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'OperationNotSupported,Runai.PowerShell.StopRunaiWorkloadCommand'
        $failure[0].TargetObject.Name | Should -Be 'p-inf'
        (Get-RunaiWorkload -Project team-pipeline -Name p-ws | Wait-RunaiWorkload -Phase Stopped -TimeoutSec 60).Phase | Should -Be 'Stopped'
    }

    It 'resumes what was suspended' {
        Get-RunaiWorkload -Project team-pipeline -Type Workspace, Distributed | Start-RunaiWorkload -Confirm:$false

        @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/workloads/*/resume') | Should -HaveCount 2
        (Get-RunaiWorkload -Project team-pipeline -Name p-ws | Wait-RunaiWorkload -TimeoutSec 60).Phase | Should -Be 'Running'
    }

    It 'asks before changing anything: -WhatIf sends no request' {
        $whatIf = Invoke-RunaiWhatIf { Get-RunaiWorkload -Project team-pipeline | Remove-RunaiWorkload -WhatIf }
        $whatIf | Should -HaveCount 4
        @(Get-RunaiEmulatorRequest -Method DELETE) | Should -HaveCount 0
    }

    It 'removes workloads of every kind through their typed routes' {
        Get-RunaiWorkload -Project team-pipeline | Remove-RunaiWorkload -Confirm:$false

        $paths = @(Get-RunaiEmulatorRequest -Method DELETE).path
        $paths | Should -HaveCount 4
        foreach ($segment in 'workspaces', 'trainings', 'distributed', 'inferences') {
            $paths | Where-Object { $_ -like "/api/v1/workloads/$segment/*" } | Should -HaveCount 1
        }
        Get-RunaiWorkload -Project team-pipeline | Should -BeNullOrEmpty
        @(Get-RunaiWorkload -Project team-pipeline -IncludeDeleted) | Should -HaveCount 4
    }
}

Describe 'Allocation shown on projects and departments' -Skip:$script:NoProjectRoutes {
    BeforeAll {
        New-RunaiDepartment -Name alloc-dept | Out-Null
        New-RunaiProject -Name team-alloc -Department alloc-dept | Out-Null
    }

    It 'counts the GPUs of a running workspace on its project and department, and frees them when it stops or is removed' {
        (Get-RunaiProject -Name team-alloc).AllocatedGpus | Should -Be 0

        $workspace = New-RunaiWorkspace -Project team-alloc -Name alloc-ws -Image jupyter/base -Gpu 2 -Wait -TimeoutSec 60
        $workspace.Phase | Should -Be 'Running'
        $project = Get-RunaiProject -Name team-alloc
        $project.AllocatedGpus | Should -Be 2
        $project.RequestedGpus | Should -Be 2
        @($project.Status.NodePoolQuotaStatuses | Where-Object NodePoolName -EQ 'default').Allocated.Gpu | Should -Be 2
        (Get-RunaiDepartment -Name alloc-dept).AllocatedGpus | Should -Be 2

        $workspace | Stop-RunaiWorkload -Confirm:$false
        ($workspace | Wait-RunaiWorkload -Phase Stopped -TimeoutSec 60).Phase | Should -Be 'Stopped'
        (Get-RunaiProject -Name team-alloc).AllocatedGpus | Should -Be 0

        $workspace | Start-RunaiWorkload -Confirm:$false
        ($workspace | Wait-RunaiWorkload -TimeoutSec 60).Phase | Should -Be 'Running'
        (Get-RunaiProject -Name team-alloc).AllocatedGpus | Should -Be 2

        $workspace | Remove-RunaiWorkload -Confirm:$false
        (Get-RunaiProject -Name team-alloc).AllocatedGpus | Should -Be 0
        (Get-RunaiDepartment -Name alloc-dept).AllocatedGpus | Should -Be 0
    }

    It 'shows the allocation in the Allocated column of the project table' {
        New-RunaiWorkspace -Project team-alloc -Name alloc-table -Image jupyter/base -Gpu 2 -Wait -TimeoutSec 60 | Out-Null

        $table = Get-RunaiProject -Name team-alloc | Format-Table | Out-String -Width 200
        $header, $row = $table -split '\r?\n' | Where-Object { $_ -match '\S' -and $_ -notmatch '^[\s-]+$' }
        $column = $header.IndexOf('Allocated')
        $column | Should -BeGreaterThan 0
        # Right-aligned: the value ends where the header does.
        $row.Substring(0, $column + 'Allocated'.Length).TrimEnd() | Should -Match '\b2$'
    }
}

Describe 'Get-RunaiWorkload filters' -Skip:$script:NoProjectRoutes {
    BeforeAll {
        $script:ProjectF = New-TestProject 'team-filter'
        New-RunaiTrainingWorkload -Project team-filter -Name bert-a -Image busybox -Wait -TimeoutSec 60 | Out-Null
        New-RunaiTrainingWorkload -Project team-filter -Name bert-b -Image busybox -Wait -TimeoutSec 60 | Out-Null
        New-RunaiWorkspace -Project team-filter -Name jupyter-a -Image jupyter/base -Wait -TimeoutSec 60 | Out-Null
        New-RunaiInferenceWorkload -Project team-filter -Name llm -Image vllm/vllm-openai -Wait -TimeoutSec 60 | Out-Null
    }
    BeforeEach { Clear-RunaiEmulatorRequest }

    It 'filters by type on the server' {
        (Get-RunaiWorkload -Project team-filter -Type Training).Name | Sort-Object | Should -Be @('bert-a', 'bert-b')
        [uri]::UnescapeDataString((Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/workloads')[-1].query) | Should -Match 'filterBy=projectId==\d+,type==Training'
    }

    It 'filters a name prefix on the server and other wildcards locally' {
        (Get-RunaiWorkload -Project team-filter -Name 'bert*').Name | Sort-Object | Should -Be @('bert-a', 'bert-b')
        [uri]::UnescapeDataString((Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/workloads')[-1].query) | Should -Match 'name=\^bert'
        (Get-RunaiWorkload -Project team-filter -Name '*-a').Name | Sort-Object | Should -Be @('bert-a', 'jupyter-a')
    }

    It 'filters by phase and by several types' {
        (Get-RunaiWorkload -Project team-filter -Phase Running).Name | Sort-Object | Should -Be @('jupyter-a', 'llm')
        (Get-RunaiWorkload -Project team-filter -Type Workspace, Inference).Name | Sort-Object | Should -Be @('jupyter-a', 'llm')
    }

    It 'reports an exact name that matches nothing' {
        Get-RunaiWorkload -Project team-filter -Name nothing-here -ErrorVariable failure -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiWorkloadCommand'
    }

    It 'takes the project from a piped project object' {
        $project = [pscustomobject]@{ PSTypeName = 'Runai.Client.Organization.Project'; Id = $script:ProjectF; Name = 'team-filter' }
        ($project | Get-RunaiWorkload).Name | Sort-Object | Should -Be @('bert-a', 'bert-b', 'jupyter-a', 'llm')
    }

    It 'takes the project from Get-RunaiProject when that cmdlet exists' -Skip:(-not (Get-Command Get-RunaiProject -Module Runai -ErrorAction SilentlyContinue)) {
        (Get-RunaiProject team-filter | Get-RunaiWorkload).Name | Sort-Object | Should -Be @('bert-a', 'bert-b', 'jupyter-a', 'llm')
    }

    It 'pages with -First and -Skip' {
        $all = @(Get-RunaiWorkload -Project team-filter)
        (Get-RunaiWorkload -Project team-filter -Skip 1 -First 2).Id | Should -Be $all[1..2].Id
    }

    It 'gets workloads by id' {
        $one = Get-RunaiWorkload -Project team-filter -Name llm
        (Get-RunaiWorkload -Id $one.Id).Name | Should -Be 'llm'
    }
}

Describe 'Streaming 1,000 workloads' -Skip:$script:NoProjectRoutes {
    BeforeAll {
        $script:ProjectBig = New-TestProject 'team-big'
        $clusterId = (Get-RunaiContext).ClusterId
        foreach ($i in 1..1000) {
            Invoke-RunaiApi -Method POST -Path '/api/v1/workloads/trainings' `
                -Body @{ name = "job-$i"; projectId = $script:ProjectBig; clusterId = $clusterId; spec = @{ image = 'busybox' } } | Out-Null
        }
    }
    BeforeEach { Clear-RunaiEmulatorRequest }

    It 'streams all of them page by page' {
        $count = 0
        Get-RunaiWorkload -Project team-big | ForEach-Object { $count++ }
        $count | Should -Be 1000
        $pages = @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/workloads')
        $pages.Count | Should -BeGreaterOrEqual 2
        $pages.Count | Should -BeLessOrEqual 3
    }

    It 'fetches only the first page for -First' {
        @(Get-RunaiWorkload -Project team-big -First 5) | Should -HaveCount 5
        @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/workloads') | Should -HaveCount 1
    }
}

Describe 'A create that is retried or re-run never makes two workloads' -Skip:$script:NoProjectRoutes {
    BeforeEach { Clear-RunaiEmulatorRequest }

    It 'returns the existing workload with a warning when the connection closed after the create was applied' {
        Add-RunaiEmulatorFault -Method POST -Path '/api/v1/workloads/trainings' -CloseConnection -ApplyFirst
        $training = New-RunaiTrainingWorkload -Project team-b -Name applied-once -Image busybox -Gpu 1 -WarningVariable warnings -WarningAction SilentlyContinue

        $training.Name | Should -Be 'applied-once'
        ($warnings -join "`n") | Should -Match 'already exists with the same spec'
        @(Get-RunaiWorkload -Project team-b -Name applied-once) | Should -HaveCount 1
    }

    It 'returns the existing workload with a warning when the same command runs again' {
        $again = New-RunaiTrainingWorkload -Project team-b -Name applied-once -Image busybox -Gpu 1 -WarningVariable warnings -WarningAction SilentlyContinue
        $again.Name | Should -Be 'applied-once'
        $warnings | Should -Not -BeNullOrEmpty
        @(Get-RunaiWorkload -Project team-b -Name applied-once) | Should -HaveCount 1
    }

    It 'fails clearly when a workload of that name differs' {
        New-RunaiTrainingWorkload -Project team-b -Name applied-once -Image other-image -ErrorVariable failure -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'ApiConflict,Runai.PowerShell.NewRunaiTrainingWorkloadCommand'
        $failure[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $failure[0].Exception.Message | Should -Match 'spec.image'
        @(Get-RunaiWorkload -Project team-b -Name applied-once) | Should -HaveCount 1
    }

    It 'sends the create again when the first attempt was lost before it was applied' {
        Add-RunaiEmulatorFault -Method POST -Path '/api/v1/workloads/trainings' -CloseConnection
        (New-RunaiTrainingWorkload -Project team-b -Name lost-once -Image busybox).Name | Should -Be 'lost-once'
        @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/workloads/trainings') | Should -HaveCount 2
        @(Get-RunaiWorkload -Project team-b -Name lost-once) | Should -HaveCount 1
    }
}

Describe 'Pods, events and metrics' -Skip:$script:NoProjectRoutes {
    BeforeAll {
        $script:Distributed = New-RunaiDistributedWorkload -Project team-b -Name observed -Image busybox -Framework PyTorch -Workers 2 -Gpu 1 -Wait -TimeoutSec 60
    }

    It 'lists the pods: a master and the workers' {
        $pods = @($script:Distributed | Get-RunaiWorkloadPod)
        $pods | Should -HaveCount 3
        $pods[0].GetType().FullName | Should -Be 'Runai.Client.Workloads.WorkloadPod'
        $pods.Name | Should -Contain 'observed-master-0'
    }

    It 'lists the events oldest first' {
        $events = @($script:Distributed | Get-RunaiWorkloadEvent)
        $events[0].Reason | Should -Be 'Submitted'
        $events[-1].Reason | Should -Be 'Completed'
        $events[0].WorkloadName | Should -Be 'observed'
    }

    It 'writes metric samples as rows that survive Export-Csv' {
        $start = $script:Distributed.CreatedAt.UtcDateTime.AddSeconds(-5)
        $samples = @($script:Distributed | Get-RunaiWorkloadMetric -Type GPU_UTILIZATION, CPU_USAGE_CORES -Start $start -End ([datetime]::UtcNow) -Samples 10)
        $samples | Should -HaveCount 20
        $csv = Join-Path $TestDrive 'metrics.csv'
        $samples | Export-Csv -Path $csv -NoTypeInformation
        $rows = Import-Csv $csv
        $rows | Should -HaveCount 20
        ($rows[0].PSObject.Properties.Name) | Should -Contain 'Value'
        ($rows | Group-Object Type).Name | Sort-Object | Should -Be @('CPU_USAGE_CORES', 'GPU_UTILIZATION')
    }

    It 'reads inference throughput through the inference route' {
        $inference = New-RunaiInferenceWorkload -Project team-b -Name served -Image vllm/vllm-openai -ServingPort 8000 -Wait -TimeoutSec 60
        Clear-RunaiEmulatorRequest
        @($inference | Get-RunaiWorkloadMetric -Type THROUGHPUT -Samples 5) | Should -HaveCount 5
        @(Get-RunaiEmulatorRequest -Path "/api/v1/workloads/inferences/$($inference.Id)/metrics") | Should -HaveCount 1
    }

    It 'refuses a start after the end before sending' {
        Clear-RunaiEmulatorRequest
        $script:Distributed | Get-RunaiWorkloadMetric -Type GPU_UTILIZATION -Start ([datetime]::UtcNow) -End ([datetime]::UtcNow.AddHours(-1)) -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GetRunaiWorkloadMetricCommand'
        @(Get-RunaiEmulatorRequest -Path '/api/v1/workloads/*/metrics') | Should -HaveCount 0
    }
}

Describe 'Workload examples' -Skip:$script:NoProjectRoutes {
    BeforeAll {
        $script:Examples = Join-Path $PSScriptRoot '../../examples'
        $script:ExampleArguments = @{ BaseUrl = Get-RunaiEmulatorUrl; ModulePath = Get-RunaiModulePath }
        # The examples show their tables with Out-Host, which no redirection catches: keep them out of the log.
        Mock Out-Host { }
    }

    It 'examples/<Script> runs and ends with <Expected>' -TestCases @(
        @{ Script = 'training.ps1'; Expected = 'Completed' }
        @{ Script = 'workspace.ps1'; Expected = 'Running' }
        @{ Script = 'distributed.ps1'; Expected = 'Completed' }
        @{ Script = 'inference.ps1'; Expected = 'Running' }
        @{ Script = 'nim.ps1'; Expected = 'Running' }
        @{ Script = 'workload-story.ps1'; Expected = 'Completed' }
    ) {
        $result = & (Join-Path $script:Examples $Script) @script:ExampleArguments 6>$null
        @($result)[-1].Phase | Should -Be $Expected
        Get-RunaiWorkload -Name @($result)[-1].Name -Project @($result)[-1].ProjectName -ErrorAction SilentlyContinue | Should -BeNullOrEmpty -Because 'the example cleans up'
    }

    It 'examples/workload-metrics.ps1 writes a CSV of samples' {
        $csv = Join-Path $TestDrive 'metrics.csv'
        $file = & (Join-Path $script:Examples 'workload-metrics.ps1') @script:ExampleArguments -CsvPath $csv 6>$null
        @($file)[-1].FullName | Should -Be (Get-Item $csv).FullName
        @(Import-Csv $csv) | Should -HaveCount 90
    }
}

Describe 'Ctrl+C while waiting' -Skip:$script:NoProjectRoutes {
    It 'stops the wait without an error and leaves the workload alone' {
        $workspace = New-RunaiWorkspace -Project team-a -Name interrupted -Image jupyter/base
        Clear-RunaiEmulatorRequest
        $powershell = [powershell]::Create()
        try {
            $null = $powershell.AddScript({
                    param($Helpers, $Module, $Id)
                    Import-Module $Helpers
                    Import-Module $Module
                    Connect-RunaiEmulator | Out-Null
                    Wait-RunaiWorkload -Id $Id -Phase Completed
                }).AddArgument((Join-Path $PSScriptRoot 'TestHelpers.psm1')).AddArgument((Get-RunaiModulePath)).AddArgument($workspace.Id)
            $handle = $powershell.BeginInvoke()
            $deadline = [datetime]::UtcNow.AddSeconds(30)
            while (-not @(Get-RunaiEmulatorRequest -Method GET -Path "/api/v1/workloads/$($workspace.Id)").Count -and [datetime]::UtcNow -lt $deadline) {
                Start-Sleep -Milliseconds 50
            }
            $powershell.Stop()
            $powershell.InvocationStateInfo.State | Should -Be 'Stopped'
            $handle.IsCompleted | Should -BeTrue
        }
        finally {
            $powershell.Dispose()
        }
        @(Get-RunaiEmulatorRequest | Where-Object method -NE 'GET' | Where-Object path -Like '/api/v1/workloads*') | Should -HaveCount 0
        (Get-RunaiWorkload -Id $workspace.Id).Phase | Should -BeIn @('Creating', 'Pending', 'Running')
    }
}
