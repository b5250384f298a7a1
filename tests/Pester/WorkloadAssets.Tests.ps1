# Workloads submitted with assets by name against the strict emulator: a compute and an environment asset, data sources
# and an image-pull credential copied into the POST body under the explicit parameters, and names that do not resolve
# refused before anything is written.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    Reset-RunaiEmulator
    Connect-RunaiEmulator | Out-Null
    $script:Project = New-RunaiProject -Name uses-a
    New-RunaiProject -Name uses-b | Out-Null
    $department = Get-RunaiDepartment | Select-Object -First 1

    function New-Secret([string]$Text) { ConvertTo-SecureString -String $Text -AsPlainText -Force }

    function Get-CreateBody([string]$Segment) {
        @(Get-RunaiEmulatorRequest -Method POST -Path "/api/v1/workloads/$Segment" | Where-Object status -EQ 202 | ForEach-Object body)
    }

    New-RunaiComputeAsset -Name half-gpu -Project uses-a -GpuFraction 0.5 -Cpu 4 -Memory 16G | Out-Null
    New-RunaiEnvironmentAsset -Name jupyter -Tenant -Image jupyter/scipy-notebook -ImagePullPolicy IfNotPresent -Tool jupyter-notebook:8888 `
        -EnvironmentVariable @{ JUPYTER_ENABLE_LAB = 'yes'; MODE = 'asset' } -Command start-notebook.sh | Out-Null
    New-RunaiPvcDataSource -Name models -Project uses-a -ClaimName nim-cache -ExistingPvc -Path /opt/nim/.cache | Out-Null
    New-RunaiNfsDataSource -Name shared -Department $department.Name -Server nfs.acme -Path /exports -MountPath /data -ReadOnly | Out-Null
    $script:AccessKey = New-RunaiAccessKeyCredential -Name s3-key -Project uses-a -AccessKey ([pscredential]::new('AKIA1', (New-Secret 'k-1')))
    New-RunaiS3DataSource -Name bucket -Project uses-a -Bucket imagenet -Path /imagenet -AccessKey s3-key | Out-Null
    New-RunaiPvcDataSource -Name other-team -Project uses-b -ClaimName b-cache -ExistingPvc -Path /b | Out-Null
    $script:Registry = New-RunaiDockerRegistryCredential -Name nvcr -Project uses-a -Url https://nvcr.io -Credential ([pscredential]::new('$oauthtoken', (New-Secret 'n-1')))
}

AfterAll {
    Disconnect-Runai -ErrorAction SilentlyContinue
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe 'Workloads with assets by name' {
    BeforeEach { Clear-RunaiEmulatorRequest }

    It 'copies the environment, compute, data sources and pull secret into the POST body, the explicit parameters winning' {
        $workspace = New-RunaiWorkspace -Project uses-a -Name nb -EnvironmentAsset jupyter -ComputeAsset half-gpu -DataSource models, shared, bucket `
            -ImagePullCredential nvcr -Cpu 8 -EnvironmentVariable @{ MODE = 'explicit'; EXTRA = '1' }
        $workspace.Name | Should -Be 'nb'
        $spec = (Get-CreateBody workspaces)[0].spec
        $spec.image | Should -Be 'jupyter/scipy-notebook'
        $spec.imagePullPolicy | Should -Be 'IfNotPresent'
        $spec.command | Should -Be 'start-notebook.sh'
        ($spec.environmentVariables | Where-Object name -EQ 'JUPYTER_ENABLE_LAB').value | Should -Be 'yes'
        ($spec.environmentVariables | Where-Object name -EQ 'MODE').value | Should -Be 'explicit'
        ($spec.environmentVariables | Where-Object name -EQ 'EXTRA').value | Should -Be '1'
        @($spec.environmentVariables | Where-Object name -EQ 'MODE') | Should -HaveCount 1
        $spec.ports[0].container | Should -Be 8888
        $spec.compute.gpuRequestType | Should -Be 'portion'
        $spec.compute.gpuPortionRequest | Should -Be 0.5
        $spec.compute.gpuDevicesRequest | Should -Be 1
        $spec.compute.cpuCoreRequest | Should -Be 8
        $spec.compute.cpuMemoryRequest | Should -Be '16G'
        # Each data source's flat spec is read from its kind's route (the family list keys specs by kind).
        @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/asset/datasource/pvc/*') | Should -HaveCount 1
        $spec.storage.pvc[0].name | Should -Be 'models'
        $spec.storage.pvc[0].claimName | Should -Be 'nim-cache'
        $spec.storage.pvc[0].path | Should -Be '/opt/nim/.cache'
        $spec.storage.nfs[0].server | Should -Be 'nfs.acme'
        $spec.storage.nfs[0].readOnly | Should -BeTrue
        $spec.storage.s3[0].bucket | Should -Be 'imagenet'
        # The request log masks fields named *secret*: read the name back from the workload the emulator stored.
        $spec.storage.s3[0].accessKeySecret | Should -Not -BeNullOrEmpty
        $stored = Invoke-RunaiApi -Method GET -Path "/api/v1/workloads/workspaces/$($workspace.Id)"
        $stored.spec.storage.s3[0].accessKeySecret | Should -Be $script:AccessKey.ClusterResourceName
        $stored.spec.imagePullSecrets[0].name | Should -Be $script:Registry.ClusterResourceName
    }

    It 'lets -Image, -GpuMemory, -Pvc and -Spec override what the assets give' {
        New-RunaiTrainingWorkload -Project uses-a -Name tr -EnvironmentAsset jupyter -ComputeAsset half-gpu -DataSource models -Image pytorch/pytorch:2.3 `
            -GpuMemory 20G -Pvc 'scratch:/scratch' -Spec @{ imagePullPolicy = 'Always'; compute = @{ cpuMemoryRequest = '32G' } } | Out-Null
        $spec = (Get-CreateBody trainings)[0].spec
        $spec.image | Should -Be 'pytorch/pytorch:2.3'
        $spec.imagePullPolicy | Should -Be 'Always'
        $spec.compute.gpuRequestType | Should -Be 'memory'
        $spec.compute.gpuMemoryRequest | Should -Be '20G'
        $spec.compute.PSObject.Properties.Name | Should -Not -Contain 'gpuPortionRequest'
        $spec.compute.cpuMemoryRequest | Should -Be '32G'
        $spec.compute.cpuCoreRequest | Should -Be 4
        $spec.storage.pvc.claimName | Should -Be 'nim-cache', 'scratch'
    }

    It 'still takes the variables as -Environment' {
        (Get-Command New-RunaiInferenceWorkload).Parameters['EnvironmentVariable'].Aliases | Should -Contain 'Environment'
        New-RunaiInferenceWorkload -Project uses-a -Name inf -Image vllm/vllm -Environment @{ A = 'b' } -ComputeAsset half-gpu | Out-Null
        $spec = (Get-CreateBody inferences)[0].spec
        $spec.environmentVariables[0].name | Should -Be 'A'
        $spec.compute.gpuPortionRequest | Should -Be 0.5
    }

    It 'refuses <Case> with ObjectNotFound before any write' -ForEach @(
        @{ Case = 'an unknown compute asset'; Name = 'nope'; Splat = @{ ComputeAsset = 'nope' } }
        @{ Case = 'an unknown environment asset'; Name = 'nope'; Splat = @{ EnvironmentAsset = 'nope' } }
        @{ Case = 'an unknown data source among known ones'; Name = 'missing'; Splat = @{ DataSource = 'models', 'missing' } }
        @{ Case = 'another project''s data source'; Name = 'other-team'; Splat = @{ DataSource = 'other-team' } }
        @{ Case = 'a credential that is not a docker registry'; Name = 's3-key'; Splat = @{ ImagePullCredential = 's3-key' } }
    ) {
        $err = Get-CommandError { New-RunaiTrainingWorkload -Project uses-a -Name refused -Image busybox @Splat }
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.NewRunaiTrainingWorkloadCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be $Name
        @(Get-RunaiEmulatorRequest -Path '/api/*' | Where-Object method -ne 'GET') | Should -HaveCount 0
    }

    It 'requires an image from -Image, -Spec or the environment asset' {
        $err = Get-CommandError { New-RunaiTrainingWorkload -Project uses-a -Name no-image -ComputeAsset half-gpu }
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidArgument,Runai.PowerShell.NewRunaiTrainingWorkloadCommand'
        @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/workloads/*') | Should -HaveCount 0
    }

    It 'is refused by the strict emulator when a pull secret is no credential''s' {
        $body = @{ name = 'raw'; projectId = $script:Project.Id; clusterId = $script:Project.ClusterId; spec = @{ image = 'busybox'; imagePullSecrets = @(@{ name = 'nobody' }) } }
        { Invoke-RunaiApi -Method POST -Path /api/v1/workloads/trainings -Body $body -ErrorAction Stop } | Should -Throw '*nobody*'
        $body.spec.imagePullSecrets = @(@{ name = $script:Registry.ClusterResourceName })
        (Invoke-RunaiApi -Method POST -Path /api/v1/workloads/trainings -Body $body -ErrorAction Stop).name | Should -Be 'raw'
    }
}
