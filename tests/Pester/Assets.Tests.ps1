# Workload assets against the strict emulator: every data source and credential kind, compute and environment assets,
# one Get/Remove per family across kinds, updates as far as each kind's contract allows, and secrets that never leak.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    Reset-RunaiEmulator
    Connect-RunaiEmulator | Out-Null
    $script:Project = New-RunaiProject -Name assets-a
    $script:Department = Get-RunaiDepartment | Select-Object -First 1

    function Get-WriteRequest {
        @(Get-RunaiEmulatorRequest -Path '/api/*' | Where-Object method -ne 'GET')
    }

    function New-Secret([string]$Text) { ConvertTo-SecureString -String $Text -AsPlainText -Force }
}

AfterAll {
    Disconnect-Runai -ErrorAction SilentlyContinue
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe 'Assets: data sources' {
    BeforeAll {
        $script:Created = @(
            New-RunaiPvcDataSource -Name models -Project assets-a -ClaimName nim-cache -ExistingPvc -Path /opt/nim/.cache
            New-RunaiS3DataSource -Name bucket -Project assets-a -Bucket imagenet -Path /data -Url https://s3.acme
            New-RunaiGitDataSource -Name code -Project assets-a -Repository https://github.com/acme/train.git -Branch main -Path /code
            New-RunaiNfsDataSource -Name shared -Department $script:Department.Name -Server nfs.acme -Path /exports -MountPath /data -ReadOnly
            New-RunaiHostPathDataSource -Name scratch -Tenant -Path /mnt/scratch -MountPath /scratch -MountPropagation None
            New-RunaiConfigMapDataSource -Name settings -Project $script:Project.Id -ConfigMap train-settings -MountPath /etc/train -DefaultMode 0644
        )
    }

    It 'creates every kind, typed, in the scope given by name or id' {
        $script:Created | Should -HaveCount 6
        $script:Created[0].GetType().FullName | Should -Be 'Runai.Client.Assets.Asset'
        $script:Created.Kind | Should -Be 'Pvc', 'S3', 'Git', 'Nfs', 'HostPath', 'ConfigMap'
        $script:Created[0].Scope | Should -Be 'project'
        $script:Created[0].ScopeId | Should -Be $script:Project.Id
        $script:Created[0].ProjectName | Should -Be 'assets-a'
        $script:Created[0].Spec['claimName'] | Should -Be 'nim-cache'
        $script:Created[3].Scope | Should -Be 'department'
        $script:Created[4].Scope | Should -Be 'tenant'
        $script:Created[5].ScopeId | Should -Be $script:Project.Id
    }

    It 'lists every kind in one request without -Kind, and one kind with it' {
        Clear-RunaiEmulatorRequest
        (Get-RunaiDataSource).Name | Should -Be 'models', 'bucket', 'code', 'shared', 'scratch', 'settings'
        @(Get-RunaiEmulatorRequest -Path '/api/v1/asset/*').path | Should -Be '/api/v1/asset/datasource'
        (Get-RunaiDataSource -Kind Git).Name | Should -Be 'code'
        (Get-RunaiDataSource -Kind Git, Nfs).Name | Should -Be 'code', 'shared'
        (Get-RunaiDataSource -Name 's*').Name | Should -Be 'shared', 'scratch', 'settings'
        (Get-RunaiDataSource -Id $script:Created[1].Id).Name | Should -Be 'bucket'
        (Get-RunaiDataSource -Kind S3 -Id $script:Created[1].Id).Name | Should -Be 'bucket'
    }

    It 'is listed across kinds in the contract''s shape: each spec nested under its kind' {
        $entries = (Invoke-RunaiApi -Method GET -Path /api/v1/asset/datasource).entries
        ($entries | Where-Object { $_.meta.name -eq 'models' }).spec.pvc.claimName | Should -Be 'nim-cache'
        ($entries | Where-Object { $_.meta.name -eq 'settings' }).spec.config_map.configMap | Should -Be 'train-settings'
        ($entries | Where-Object { $_.meta.name -eq 'scratch' }).spec.hostPath.path | Should -Be '/mnt/scratch'
        ($entries | Where-Object { $_.meta.name -eq 'models' }).spec.PSObject.Properties.Name | Should -Be 'pvc'
        # A kind's own route keeps the flat spec.
        (Invoke-RunaiApi -Method GET -Path "/api/v1/asset/datasource/pvc/$($script:Created[0].Id)").spec.claimName | Should -Be 'nim-cache'
    }

    It 'reports a missing name as ObjectNotFound and a bad id as InvalidArgument before sending' {
        $err = Get-CommandError { Get-RunaiDataSource -Name nothing }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiDataSourceCommand'
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Get-RunaiDataSource -Id 'count' }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.GetRunaiDataSourceCommand'
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
    }

    It 'refuses a bad name, an unknown project and a duplicate with the right ids' {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { New-RunaiPvcDataSource -Name 'Bad_Name' -Project assets-a -Path /x }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidName,Runai.PowerShell.NewRunaiPvcDataSourceCommand'
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
        $err = Get-CommandError { New-RunaiPvcDataSource -Name fine -Project no-such-project -Path /x }
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-WriteRequest | Should -BeNullOrEmpty
        $err = Get-CommandError { New-RunaiPvcDataSource -Name models -Project assets-a -Path /x }
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'updates as far as the kind allows, keeping the rest' {
        $git = Get-RunaiDataSource -Kind Git code | Set-RunaiDataSource -Spec @{ branch = 'release' } -Description 'training code' -PassThru
        $git.Spec['branch'] | Should -Be 'release'
        $git.Spec['repository'] | Should -Be 'https://github.com/acme/train.git'
        $git.Description | Should -Be 'training code'
        $pvc = Set-RunaiDataSource -Name models -Path /models -PassThru
        $pvc.Spec['path'] | Should -Be '/models'
        $pvc.Spec['claimName'] | Should -Be 'nim-cache'
        # The spec is plain values: ConvertTo-Json writes it as the API has it, not a JsonObject's internals.
        ($pvc | ConvertTo-Json -Depth 6 -WarningAction SilentlyContinue | ConvertFrom-Json).Spec.claimName | Should -Be 'nim-cache'
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Set-RunaiDataSource -Name models -Spec @{ claimName = 'other' } }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.SetRunaiDataSourceCommand'
        Get-WriteRequest | Should -BeNullOrEmpty
    }

    It 'sends no write with -WhatIf' {
        Clear-RunaiEmulatorRequest
        # In a runspace of its own, so that the What if: lines reach this test, not the log.
        $said = @(Invoke-RunaiWhatIf {
            New-RunaiNfsDataSource -Name whatif -Tenant -Server s -Path /p -MountPath /m -WhatIf
            Get-RunaiDataSource -Kind Nfs | Remove-RunaiDataSource -WhatIf
            Set-RunaiDataSource -Name code -Description x -WhatIf
        } | Where-Object { $_ -like 'What if:*' })
        $said.Count | Should -BeGreaterOrEqual 3
        Get-WriteRequest | Should -BeNullOrEmpty
    }

    It 'removes data sources of any kind from the pipeline' {
        Get-RunaiDataSource -Name 'scratch', 'settings' | Remove-RunaiDataSource -Confirm:$false
        (Get-RunaiDataSource).Name | Should -Not -Contain 'scratch'
        (Get-RunaiDataSource).Name | Should -Not -Contain 'settings'
        Remove-RunaiDataSource -Name shared -Confirm:$false
        (Get-RunaiDataSource -Kind Nfs) | Should -BeNullOrEmpty
    }
}

Describe 'Assets: credentials' {
    BeforeAll {
        $script:Secrets = 'S3-SECRET-7f1', 'GIT-PASSWORD-7f2', 'REGISTRY-PASSWORD-7f3', 'GENERIC-VALUE-7f4', 'NGC-KEY-7f5'
        $script:Output = @(
            New-RunaiAccessKeyCredential -Name s3-key -Project assets-a -AccessKey ([pscredential]::new('AKIA123', (New-Secret $script:Secrets[0]))) -Verbose -Debug 4>&1 5>&1 3>&1 2>&1 6>&1
            New-RunaiPasswordCredential -Name git-login -Project assets-a -Credential ([pscredential]::new('ana', (New-Secret $script:Secrets[1]))) -Verbose -Debug 4>&1 5>&1 3>&1 2>&1 6>&1
            New-RunaiDockerRegistryCredential -Name nvcr -Project assets-a -Url https://nvcr.io -Credential ([pscredential]::new('$oauthtoken', (New-Secret $script:Secrets[2]))) -Verbose -Debug 4>&1 5>&1 3>&1 2>&1 6>&1
            New-RunaiGenericSecretCredential -Name hf-token -Tenant -Secret @{ HF_TOKEN = (New-Secret $script:Secrets[3]) } -Verbose -Debug 4>&1 5>&1 3>&1 2>&1 6>&1
            New-RunaiNgcApiKeyCredential -Name ngc -Project assets-a -ApiKey (New-Secret $script:Secrets[4]) -Verbose -Debug 4>&1 5>&1 3>&1 2>&1 6>&1
        )
        $script:Credentials = @($script:Output | Where-Object { $_.GetType().FullName -eq 'Runai.Client.Assets.Asset' })
    }

    It 'creates every kind' {
        $script:Credentials.Kind | Should -Be 'AccessKey', 'Password', 'DockerRegistry', 'GenericSecret', 'NgcApiKey'
        $script:Credentials[0].Spec['accessKeyId'] | Should -Be 'AKIA123'
        $script:Credentials[3].Spec['keyValuePairs'][0]['key'] | Should -Be 'HF_TOKEN'
        $script:Credentials[2].ClusterResourceName | Should -Not -BeNullOrEmpty
    }

    It 'sent each secret in its create request' {
        $bodies = Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/asset/credentials/*' | ForEach-Object body
        $bodies | Should -HaveCount 5
        $bodies[0].spec.PSObject.Properties.Name | Should -Contain 'secretAccessKey'
        $bodies[4].spec.PSObject.Properties.Name | Should -Contain 'ngc_api_key'
    }

    It 'writes no secret to any stream with -Verbose -Debug, nor into any returned object' {
        $streams = ($script:Output | Out-String) + ($script:Output | ForEach-Object { $_.ToString() } | Out-String)
        $json = (@(Get-RunaiCredential) + @($script:Credentials) + @(Get-RunaiCredential -Kind NgcApiKey -Id $script:Credentials[4].Id)) | ConvertTo-Json -Depth 10
        foreach ($secret in $script:Secrets) {
            $streams | Should -Not -BeLike "*$secret*"
            $json | Should -Not -BeLike "*$secret*"
        }
        $script:Output | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | Should -Not -BeNullOrEmpty
    }

    It 'takes generic secret values only as SecureString' {
        $err = Get-CommandError { New-RunaiGenericSecretCredential -Name plain -Tenant -Secret @{ k = 'plain-text' } }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.NewRunaiGenericSecretCredentialCommand'
    }

    It 'lists every kind at once and filters by kind' {
        (Get-RunaiCredential).Name | Should -Be 's3-key', 'git-login', 'nvcr', 'hf-token', 'ngc'
        (Get-RunaiCredential -Kind DockerRegistry).Name | Should -Be 'nvcr'
        (Get-RunaiCredential -Id $script:Credentials[2].Id).Name | Should -Be 'nvcr'
    }

    It 'changes only the description, and refuses a rename before sending' {
        (Set-RunaiCredential -Name ngc -Description 'NIM key' -PassThru).Description | Should -Be 'NIM key'
        $put = @(Get-RunaiEmulatorRequest -Method PUT -Path '/api/v1/asset/credentials/*')[-1].body
        $put.PSObject.Properties.Name | Should -Be 'meta'
    }

    It 'is used by name by data sources that need one' {
        $s3 = New-RunaiS3DataSource -Name private-bucket -Project assets-a -Bucket b -Path /b -AccessKey s3-key
        $s3.Spec['accessKeyAssetId'] | Should -Be $script:Credentials[0].Id
        $secret = New-RunaiSecretDataSource -Name tokens -Project assets-a -Credential hf-token -MountPath /etc/tokens
        $secret.Spec['credentialAssetId'] | Should -Be $script:Credentials[3].Id
    }

    It 'removes credentials from the pipeline' {
        Get-RunaiCredential -Kind GenericSecret, Password | Remove-RunaiCredential -Confirm:$false
        (Get-RunaiCredential).Name | Should -Be 's3-key', 'nvcr', 'ngc'
    }
}

Describe 'Assets: a piped project or department is the scope' {
    BeforeAll { Set-RunaiContext -ClearProject }
    AfterEach { Get-RunaiComputeAsset | Remove-RunaiComputeAsset -Confirm:$false }

    It 'Get-RunaiProject | New-RunaiComputeAsset creates the asset in that project, without its description' {
        $made = Get-RunaiProject -Name assets-a | New-RunaiComputeAsset -Name piped-gpu -Gpu 1
        $made.Scope | Should -Be 'project'
        $made.ProjectName | Should -Be 'assets-a'
        $made.Description | Should -BeNullOrEmpty
        $sent = @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/asset/compute*')[-1].body
        $sent.meta.name | Should -Be 'piped-gpu'
        $sent.meta.PSObject.Properties.Name | Should -Not -Contain 'description'
    }

    It 'Get-RunaiDepartment | New-RunaiComputeAsset creates it in that department, even with a default project set' {
        Set-RunaiContext -Project assets-a
        try { $made = $script:Department | New-RunaiComputeAsset -Name dept-gpu -Gpu 1 }
        finally { Set-RunaiContext -ClearProject }
        $made.Scope | Should -Be 'department'
        $made.ScopeId | Should -Be $script:Department.Id
    }

    It 'a scope on the command line wins over the piped unit, and -Description given is kept' {
        $made = Get-RunaiProject -Name assets-a | New-RunaiComputeAsset -Name tenant-gpu -Tenant -Gpu 1 -Description 'for everyone'
        $made.Scope | Should -Be 'tenant'
        $made.Description | Should -Be 'for everyone'
    }

    It 'refuses to name the asset after the piped project, before sending anything' {
        Clear-RunaiEmulatorRequest
        $err = Get-CommandError { Get-RunaiProject -Name assets-a | New-RunaiComputeAsset -Gpu 1 }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.NewRunaiComputeAssetCommand'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].Exception.Message | Should -BeLike '*piped project*pass -Name*'
        $err[0].TargetObject.Name | Should -Be 'assets-a'
        Get-WriteRequest | Should -BeNullOrEmpty
    }

    It 'takes an empty Description cell of a CSV row as none' {
        $made = [pscustomobject]@{ Name = 'from-csv'; Description = ''; Gpu = 1 } | New-RunaiComputeAsset -Project assets-a
        $made.Name | Should -Be 'from-csv'
        $made.Description | Should -BeNullOrEmpty
    }
}

Describe 'Assets: compute and environment' {
    It 'creates, lists, updates and removes a compute asset' {
        $compute = New-RunaiComputeAsset -Name half-gpu -Project assets-a -GpuFraction 0.5 -Cpu 4 -Memory 16G
        $compute.Kind | Should -Be 'Compute'
        $compute.Spec['gpuRequestType'] | Should -Be 'portion'
        $compute.Spec['gpuPortionRequest'] | Should -Be 0.5
        (Get-RunaiComputeAsset -Name 'half*').Id | Should -Be $compute.Id
        $changed = $compute | Set-RunaiComputeAsset -Cpu 8 -PassThru
        $changed.Spec['cpuCoreRequest'] | Should -Be 8
        $changed.Spec['gpuPortionRequest'] | Should -Be 0.5
        $err = Get-CommandError { New-RunaiComputeAsset -Name both -Tenant -GpuFraction 0.5 -GpuMemory 10G }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.NewRunaiComputeAssetCommand'
        $compute | Remove-RunaiComputeAsset -Confirm:$false
        Get-RunaiComputeAsset | Should -BeNullOrEmpty
    }

    It 'creates, updates and removes an environment asset with image, ports, tools and variables' {
        $env = New-RunaiEnvironmentAsset -Name jupyter -Tenant -Image jupyter/scipy-notebook -ImagePullPolicy IfNotPresent -Tool jupyter-notebook:8888 `
            -Port 6006 -EnvironmentVariable @{ JUPYTER_ENABLE_LAB = 'yes' } -Command start-notebook.sh
        $env.Kind | Should -Be 'Environment'
        $env.Spec['connections'].Count | Should -Be 2
        $env.Spec['environmentVariables'][0]['name'] | Should -Be 'JUPYTER_ENABLE_LAB'
        $changed = Set-RunaiEnvironmentAsset -Name jupyter -Image jupyter/scipy-notebook:2024 -PassThru
        $changed.Spec['image'] | Should -Be 'jupyter/scipy-notebook:2024'
        $changed.Spec['connections'].Count | Should -Be 2
        Remove-RunaiEnvironmentAsset -Name jupyter -Confirm:$false
        Get-RunaiEnvironmentAsset | Should -BeNullOrEmpty
    }

    It 'shows assets in a table that fits 80 columns' {
        New-RunaiComputeAsset -Name table-check -Project assets-a -Gpu 1 | Out-Null
        $lines = Get-RunaiComputeAsset | Format-Table | Out-String -Width 200 -Stream | Where-Object { $_ }
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $lines[0] | Should -Match 'Kind\s+Name\s+Scope\s+ScopeId\s+ProjectName'
    }
}
