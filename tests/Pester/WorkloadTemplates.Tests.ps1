# Workload templates against the strict emulator: one kind per workload kind on /api/v1/workload-templates, scoped by
# name, listed across kinds in one request, updated where the contract allows (inference templates: never), removed
# from the pipeline; and workloads submitted with -Template, whose POST body names the template and whose explicit
# parameters win over the template's fields.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    Reset-RunaiEmulator
    Connect-RunaiEmulator | Out-Null
    $script:Project = New-RunaiProject -Name tpl-a
    New-RunaiProject -Name tpl-b | Out-Null
    $script:Department = Get-RunaiDepartment | Select-Object -First 1

    function Get-WriteRequest {
        @(Get-RunaiEmulatorRequest -Path '/api/*' | Where-Object method -ne 'GET')
    }
}

AfterAll {
    Disconnect-Runai -ErrorAction SilentlyContinue
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe 'Workload templates: CRUD' {
    BeforeAll {
        $script:Created = @(
            New-RunaiWorkloadTemplate -Kind Training -Name pytorch-train -Project tpl-a -Image pytorch/pytorch:2.3 -Gpu 1 -Cpu 4 -Memory 16G `
                -EnvironmentVariable @{ MODE = 'template'; EPOCHS = '3' } -Description 'PyTorch training'
            New-RunaiWorkloadTemplate -Kind Workspace -Name jupyter -Department $script:Department.Name -Image jupyter/scipy-notebook -Command start-notebook.sh
            New-RunaiWorkloadTemplate -Kind Inference -Name vllm -Tenant -Image vllm/vllm-openai -Spec @{ servingPort = @{ container = 8000 } }
            New-RunaiWorkloadTemplate -Kind Distributed -Name ddp -Project $script:Project.Id -Image pytorch/pytorch:2.3 -Spec '{"distributedFramework":"PyTorch","numWorkers":2}'
        )
    }

    It 'creates one of each kind, typed, in the scope given by name or id, on the current routes' {
        $script:Created | Should -HaveCount 4
        $script:Created[0].GetType().FullName | Should -Be 'Runai.Client.Assets.WorkloadTemplate'
        $script:Created.Kind | Should -Be 'Training', 'Workspace', 'Inference', 'Distributed'
        $script:Created[0].Scope | Should -Be 'project'
        $script:Created[0].ScopeId | Should -Be $script:Project.Id
        $script:Created[0].Description | Should -Be 'PyTorch training'
        $script:Created[0].IsRunnable | Should -BeTrue
        $script:Created[1].Scope | Should -Be 'department'
        $script:Created[1].ScopeId | Should -Be $script:Department.Id
        $script:Created[2].Scope | Should -Be 'tenant'
        $script:Created[3].ScopeId | Should -Be $script:Project.Id
        $posts = @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/workload-templates/*')
        $posts.path | Should -Be '/api/v1/workload-templates/trainings', '/api/v1/workload-templates/workspaces',
            '/api/v1/workload-templates/inferences', '/api/v1/workload-templates/distributed'
        $body = $posts[0].body
        $body.meta.scopeType | Should -Be 'project'
        $body.meta.scopeId | Should -Be $script:Project.Id
        $body.spec.image | Should -Be 'pytorch/pytorch:2.3'
        $body.spec.compute.gpuDevicesRequest | Should -Be 1
        $body.spec.compute.cpuMemoryRequest | Should -Be '16G'
        ($body.spec.environmentVariables | Where-Object name -EQ 'MODE').value | Should -Be 'template'
        $posts[2].body.spec.servingPort.container | Should -Be 8000
        $posts[3].body.spec.numWorkers | Should -Be 2
        @(Get-RunaiEmulatorRequest -Path '/api/v1/asset/workload-template*') | Should -HaveCount 0
    }

    It 'lists every kind in one request without -Kind, and one kind with it' {
        Clear-RunaiEmulatorRequest
        (Get-RunaiWorkloadTemplate).Name | Should -Be 'jupyter', 'pytorch-train', 'ddp', 'vllm'
        @(Get-RunaiEmulatorRequest -Path '/api/v1/workload-templates*').path | Should -Be '/api/v1/workload-templates'
        (Get-RunaiWorkloadTemplate -Kind Training).Name | Should -Be 'pytorch-train'
        (Get-RunaiWorkloadTemplate -Kind Training, Inference).Name | Should -Be 'pytorch-train', 'vllm'
        (Get-RunaiWorkloadTemplate -Name 'py*').Name | Should -Be 'pytorch-train'
        (Get-RunaiWorkloadTemplate -Id $script:Created[2].Id).Name | Should -Be 'vllm'
        (Get-RunaiWorkloadTemplate -Kind Inference -Id $script:Created[2].Id).Name | Should -Be 'vllm'
    }

    It 'reports a missing name as ObjectNotFound and a bad id as InvalidArgument before sending' {
        $err = Get-CommandError { Get-RunaiWorkloadTemplate -Name nothing }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiWorkloadTemplateCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Get-RunaiWorkloadTemplate -Id 'trainings' }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GetRunaiWorkloadTemplateCommand'
        $err[0].TargetObject | Should -Be 'trainings'
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
    }

    It 'refuses a duplicate name within kind and scope (409), but not in another kind or scope' {
        $err = Get-CommandError { New-RunaiWorkloadTemplate -Kind Training -Name pytorch-train -Project tpl-a -Image busybox }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ApiConflict,Runai.PowerShell.NewRunaiWorkloadTemplateCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        (New-RunaiWorkloadTemplate -Kind Workspace -Name pytorch-train -Project tpl-a -Image busybox).Kind | Should -Be 'Workspace'
        (New-RunaiWorkloadTemplate -Kind Training -Name pytorch-train -Project tpl-b -Image busybox).ScopeId | Should -Not -Be $script:Project.Id
        Get-RunaiWorkloadTemplate -Name pytorch-train | Where-Object { $_.Kind -ne 'Training' -or $_.ScopeId -ne $script:Project.Id } | Remove-RunaiWorkloadTemplate -Confirm:$false
    }

    It 'tells whether a name is free in a scope, taken there by a template of any kind' {
        Clear-RunaiEmulatorRequest
        'pytorch-train', 'ddp', 'fresh' | Test-RunaiWorkloadTemplateName -Project tpl-a | Should -Be $false, $false, $true
        Test-RunaiWorkloadTemplateName pytorch-train -Project tpl-b | Should -BeTrue
        Test-RunaiWorkloadTemplateName jupyter -Department $script:Department.Name | Should -BeFalse
        Test-RunaiWorkloadTemplateName vllm -Tenant | Should -BeFalse
        Test-RunaiWorkloadTemplateName vllm -Cluster (Get-RunaiContext).ClusterName | Should -BeTrue
        $asked = @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/workload-templates/name-availability')
        $asked | Should -HaveCount 7
        @($asked.status) | Should -Be 409, 409, 204, 204, 409, 409, 204
        [uri]::UnescapeDataString($asked[2].query) | Should -Be "templateName=fresh&scopeType=project&scopeId=$($script:Project.Id)"
        [uri]::UnescapeDataString($asked[5].query) | Should -Be 'templateName=vllm&scopeType=tenant'
        Get-WriteRequest | Should -HaveCount 0
    }

    It 'refuses a bad name before sending and an unknown scope as ObjectNotFound, checking the rest' {
        Clear-RunaiEmulatorRequest
        $answers = Test-RunaiWorkloadTemplateName -Name 'Bad Name', 'fresh' -Project tpl-a -ErrorVariable failed -ErrorAction SilentlyContinue
        $answers | Should -Be $true
        $failed | Should -HaveCount 1
        $failed[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidName,Runai.PowerShell.TestRunaiWorkloadTemplateNameCommand'
        $failed[0].TargetObject | Should -Be 'Bad Name'
        @(Get-RunaiEmulatorRequest -Path '/api/v1/workload-templates/name-availability') | Should -HaveCount 1
        $err = Get-CommandError { Test-RunaiWorkloadTemplateName fresh -Department no-such-department }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'no-such-department'
    }

    It 'refuses an unknown project before any write' {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { New-RunaiWorkloadTemplate -Kind Training -Name orphan -Project no-such-project -Image busybox }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'orphan'
        Get-WriteRequest | Should -HaveCount 0
    }

    It 'sends nothing with -WhatIf' {
        Clear-RunaiEmulatorRequest
        # In a runspace of its own, so that the What if: lines reach this test, not the log.
        $said = @(Invoke-RunaiWhatIf {
            New-RunaiWorkloadTemplate -Kind Training -Name whatif -Project tpl-a -Image busybox -WhatIf
            Set-RunaiWorkloadTemplate -Name pytorch-train -Image busybox -WhatIf
            Get-RunaiWorkloadTemplate -Name jupyter | Remove-RunaiWorkloadTemplate -WhatIf
        } | Where-Object { $_ -like 'What if:*' })
        $said.Count | Should -BeGreaterOrEqual 3
        Get-WriteRequest | Should -HaveCount 0
    }

    It 'updates the name, description and spec fields with PUT, the rest of the spec kept' {
        $updated = Set-RunaiWorkloadTemplate -Name pytorch-train -Kind Training -NewName pytorch-ft -Image pytorch/pytorch:2.4 -Spec @{ backoffLimit = 2 } -PassThru
        $updated.Name | Should -Be 'pytorch-ft'
        $updated.Image | Should -Be 'pytorch/pytorch:2.4'
        $updated.Description | Should -Be 'PyTorch training'
        $put = @(Get-RunaiEmulatorRequest -Method PUT -Path '/api/v1/workload-templates/trainings/*')[-1]
        $put.body.meta.name | Should -Be 'pytorch-ft'
        $put.body.spec.backoffLimit | Should -Be 2
        $put.body.spec.compute.cpuMemoryRequest | Should -Be '16G'
        ($put.body.spec.environmentVariables | Where-Object name -EQ 'EPOCHS').value | Should -Be '3'
    }

    It 'refuses to update an inference template, which the contract cannot, before sending' {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Set-RunaiWorkloadTemplate -Name vllm -Description 'new' }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.SetRunaiWorkloadTemplateCommand'
        Get-WriteRequest | Should -HaveCount 0
    }

    It 'removes templates piped from Get-, each from its kind''s route' {
        $doomed = New-RunaiWorkloadTemplate -Kind Inference -Name doomed -Project tpl-a -Image busybox
        Clear-RunaiEmulatorRequest
        Get-RunaiWorkloadTemplate -Name doomed | Remove-RunaiWorkloadTemplate -Confirm:$false
        (Get-WriteRequest).path | Should -Be "/api/v1/workload-templates/inferences/$($doomed.Id)"
        $err = Get-CommandError { Remove-RunaiWorkloadTemplate -Name doomed -Confirm:$false }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.RemoveRunaiWorkloadTemplateCommand'
        $err = Get-CommandError { Remove-RunaiWorkloadTemplate -Id $doomed.Id -Kind Inference -Confirm:$false }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'shows a table that fits 80 columns with property names as labels' {
        $lines = @(Get-RunaiWorkloadTemplate | Format-Table | Out-String -Width 200) -split "`n" | Where-Object { $_.Trim() }
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $labels = -split $lines[0]
        $properties = (Get-RunaiWorkloadTemplate | Select-Object -First 1).PSObject.Properties.Name
        $labels | ForEach-Object { $properties | Should -Contain $_ }
        (Get-RunaiWorkloadTemplate -Name jupyter | Format-List | Out-String) | Should -Match 'IsRunnable'
    }
}

Describe 'Workloads submitted with -Template' {
    BeforeAll {
        New-RunaiWorkloadTemplate -Kind Training -Name base-train -Project tpl-a -Image pytorch/pytorch:2.3 -Cpu 2 -Memory 8G `
            -EnvironmentVariable @{ MODE = 'template'; KEEP = 'yes' } -Command 'python train.py' | Out-Null
        New-RunaiWorkloadTemplate -Kind Training -Name other-team -Project tpl-b -Image busybox | Out-Null
        $script:Base = Get-RunaiWorkloadTemplate -Kind Training -Name base-train
    }

    It 'sends the template id with only the explicit fields, and the created workload takes the template under them' {
        Clear-RunaiEmulatorRequest
        $training = New-RunaiTrainingWorkload -Project tpl-a -Name from-template -Template base-train -Cpu 6 -EnvironmentVariable @{ MODE = 'explicit' }
        $training.Name | Should -Be 'from-template'
        $body = @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/workloads/trainings' | Where-Object status -EQ 202)[0].body
        $body.templateId | Should -Be $script:Base.Id
        $body.spec.compute.cpuCoreRequest | Should -Be 6
        $body.spec.PSObject.Properties.Name | Should -Not -Contain 'image'
        $stored = Invoke-RunaiApi -Method GET -Path "/api/v1/workloads/trainings/$($training.Id)"
        $stored.spec.image | Should -Be 'pytorch/pytorch:2.3'
        $stored.spec.command | Should -Be 'python train.py'
        $stored.spec.compute.cpuCoreRequest | Should -Be 6
        $stored.spec.compute.cpuMemoryRequest | Should -Be '8G'
        ($stored.spec.environmentVariables | Where-Object name -EQ 'MODE').value | Should -Be 'explicit'
        ($stored.spec.environmentVariables | Where-Object name -EQ 'KEEP').value | Should -Be 'yes'
    }

    It 'lets -Image override the template''s image' {
        $training = New-RunaiTrainingWorkload -Project tpl-a -Name override -Template base-train -Image pytorch/pytorch:2.4
        (Invoke-RunaiApi -Method GET -Path "/api/v1/workloads/trainings/$($training.Id)").spec.image | Should -Be 'pytorch/pytorch:2.4'
    }

    It 'refuses <Case> with ObjectNotFound before any write' -ForEach @(
        @{ Case = 'an unknown template'; Template = 'nope'; Cmdlet = 'New-RunaiTrainingWorkload' }
        @{ Case = 'another project''s template'; Template = 'other-team'; Cmdlet = 'New-RunaiTrainingWorkload' }
        @{ Case = 'a template of another workload kind'; Template = 'base-train'; Cmdlet = 'New-RunaiWorkspace' }
    ) {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { & $Cmdlet -Project tpl-a -Name refused -Template $Template }
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ResourceNotFound,Runai.PowerShell.New*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be $Template
        Get-WriteRequest | Should -HaveCount 0
    }

    It 'is refused by the strict emulator when the template id is no template' {
        $body = @{ name = 'raw'; projectId = $script:Project.Id; clusterId = $script:Project.ClusterId; templateId = '00000000-0000-4000-8000-000000009999'; spec = @{ image = 'busybox' } }
        { Invoke-RunaiApi -Method POST -Path /api/v1/workloads/trainings -Body $body -ErrorAction Stop } | Should -Throw '*9999*'
    }
}

Describe 'Get-* asset cmdlets: -Project' {
    BeforeAll {
        New-RunaiPvcDataSource -Name mine -Project tpl-a -ClaimName a-cache -ExistingPvc -Path /a | Out-Null
        New-RunaiPvcDataSource -Name theirs -Project tpl-b -ClaimName b-cache -ExistingPvc -Path /b | Out-Null
        New-RunaiHostPathDataSource -Name everyone -Tenant -Path /mnt/x -MountPath /x | Out-Null
        New-RunaiComputeAsset -Name b-gpu -Project tpl-b -Gpu 1 | Out-Null
        New-RunaiWorkloadTemplate -Kind Workspace -Name b-only -Project tpl-b -Image busybox | Out-Null
    }

    It 'keeps, by project name or id, what the project can use: its own and what its parents and the tenant share' {
        $names = (Get-RunaiDataSource -Project tpl-a).Name
        $names | Should -Contain 'mine'
        $names | Should -Contain 'everyone'
        $names | Should -Not -Contain 'theirs'
        (Get-RunaiDataSource -Project $script:Project.Id -Kind Pvc).Name | Should -Be 'mine'
        @(Get-RunaiComputeAsset -Project tpl-a | ForEach-Object Name) | Should -Not -Contain 'b-gpu'
        @(Get-RunaiComputeAsset -Project tpl-b | ForEach-Object Name) | Should -Contain 'b-gpu'
        $templates = (Get-RunaiWorkloadTemplate -Project tpl-a).Name
        $templates | Should -Contain 'jupyter'
        $templates | Should -Not -Contain 'b-only'
        (Get-RunaiWorkloadTemplate -Project tpl-b -Kind Workspace).Name | Should -Contain 'b-only'
        @(Get-RunaiCredential -Project tpl-a) | Should -HaveCount 0
        @(Get-RunaiEnvironmentAsset -Project tpl-a) | Should -HaveCount 0
    }

    It 'reports an unknown project as ObjectNotFound, and a literal name the project cannot use as ResourceNotFound' {
        $err = Get-CommandError { Get-RunaiDataSource -Project no-such-project }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'no-such-project'
        $err = Get-CommandError { Get-RunaiDataSource -Project tpl-a -Name theirs }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiDataSourceCommand'
        $theirs = Get-RunaiDataSource -Name theirs
        $err = Get-CommandError { Get-RunaiDataSource -Project tpl-a -Id $theirs.Id }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiDataSourceCommand'
    }
}

Describe 'Asset and template examples' {
    BeforeAll {
        $script:Examples = Join-Path $PSScriptRoot '../../examples'
        $script:ExampleArguments = @{ BaseUrl = Get-RunaiEmulatorUrl; ModulePath = Get-RunaiModulePath }
        # The examples show their tables with Out-Host, which no redirection catches: keep them out of the log.
        Mock Out-Host { }
    }

    It 'examples/<Script> runs, ends with <Expected> and leaves nothing behind' -TestCases @(
        @{ Script = 'nim-from-ngc.ps1'; Expected = 'Running'; Project = 'example-nim' }
        @{ Script = 'assets-and-templates.ps1'; Expected = 'Completed'; Project = 'example-assets' }
    ) {
        Clear-RunaiEmulatorRequest
        $result = & (Join-Path $script:Examples $Script) @script:ExampleArguments 6>$null
        @($result)[-1].Phase | Should -Be $Expected
        Get-RunaiWorkload -Name @($result)[-1].Name -Project $Project -ErrorAction SilentlyContinue | Should -BeNullOrEmpty -Because 'the example cleans up'
        @(Get-RunaiDataSource -Project $Project) + @(Get-RunaiCredential -Project $Project) + @(Get-RunaiComputeAsset -Project $Project) +
            @(Get-RunaiWorkloadTemplate -Project $Project) | Where-Object ScopeId -EQ (Get-RunaiProject -Name $Project).Id | Should -BeNullOrEmpty
    }

    It 'sends the NGC key only in the credential creates, and the workload names the credential''s secret' {
        $null = & (Join-Path $script:Examples 'nim-from-ngc.ps1') @script:ExampleArguments 6>$null
        $create = @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/workloads/inferences' | Where-Object status -EQ 202)[-1]
        $variable = $create.body.spec.environmentVariables | Where-Object name -EQ 'NGC_API_KEY'
        # The request log masks fields named *secret*: the variable takes a secret reference, never a value.
        $variable.PSObject.Properties.Name | Should -Contain 'secret'
        $variable.PSObject.Properties.Name | Should -Not -Contain 'value'
        $create.body.spec.storage.pvc[0].claimName | Should -Be 'nim-cache'
        $create.body.spec.PSObject.Properties.Name | Should -Contain 'imagePullSecrets'
        (Get-RunaiEmulatorRequest | ConvertTo-Json -Depth 20) | Should -Not -Match 'placeholder-for-the-emulator'
    }
}
