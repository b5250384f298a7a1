# Tab completion of names from the control plane, as a user meets it at the prompt (TabExpansion2).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force

    # What Tab offers at the end of $Line, as the texts it would insert.
    function Get-Completion([string]$Line) {
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object CompletionText)
    }

    Reset-RunaiEmulator
    Connect-RunaiEmulator
    New-RunaiProject -Name team-a -Department default -GpuQuota 1 | Out-Null
    New-RunaiProject -Name team-b -Department default -GpuQuota 1 | Out-Null
    New-RunaiProject -Name research -Department default -GpuQuota 1 | Out-Null
    New-RunaiTrainingWorkload -Project team-a -Name bert -Image ubuntu | Out-Null
    New-RunaiTrainingWorkload -Project team-b -Name gpt -Image ubuntu | Out-Null
    New-RunaiPvcDataSource -Project team-a -Name shared-data -ClaimName data -Path /data | Out-Null
    New-RunaiComputeAsset -Project team-a -Name one-gpu -Gpu 1 | Out-Null
}

AfterAll {
    Set-RunaiContext -ClearProject -ErrorAction SilentlyContinue
}

Describe 'Tab completion of names' {
    BeforeEach { Set-RunaiContext -ClearProject }

    It 'offers the projects of the control plane, narrowed by what was typed' {
        Get-Completion 'Get-RunaiProject -Name ' | Should -Be 'research', 'team-a', 'team-b'
        Get-Completion 'Get-RunaiProject -Name team-' | Should -Be 'team-a', 'team-b'
        Get-Completion 'New-RunaiTrainingWorkload -Project re' | Should -Be 'research'
    }

    It 'answers repeated Tabs from the cache, without another request' {
        Get-Completion 'Get-RunaiDepartment -Name ' | Should -Contain 'default'
        Clear-RunaiEmulatorRequest
        Get-Completion 'Get-RunaiDepartment -Name d' | Should -Be 'default'
        Get-Completion 'New-RunaiProject -Department ' | Should -Be 'default'
        @(Get-RunaiEmulatorRequest -Path '/api/v1/org-unit/departments*').Count | Should -Be 0
    }

    It 'offers a name created since the last Tab (the module drops the cached list when it writes)' {
        Get-Completion 'Remove-RunaiProject -Name ' | Should -Not -Contain 'fresh'
        New-RunaiProject -Name fresh -Department default | Out-Null
        Get-Completion 'Remove-RunaiProject -Name ' | Should -Contain 'fresh'
        Remove-RunaiProject -Name fresh -Confirm:$false
    }

    It 'scopes workload names by the -Project already typed, else by the default project' {
        Get-Completion 'Stop-RunaiWorkload -Project team-a -Name ' | Should -Be 'bert'
        Get-Completion 'Stop-RunaiWorkload -Name ' | Should -Be 'bert', 'gpt'
        Set-RunaiContext -Project team-b
        Get-Completion 'Remove-RunaiWorkload -Name ' | Should -Be 'gpt'
    }

    It 'quotes names that PowerShell would split, in the quote the user opened' {
        Get-Completion 'Grant-RunaiAccess -Role L1' | Should -Be "'L1 researcher'"
        Get-Completion "Get-RunaiProject -Name 'team-a" | Should -Be "'team-a'"
        Get-Completion 'Get-RunaiProject -Name "team-a' | Should -Be '"team-a"'
    }

    It 'offers assets by family: data sources, compute assets, credentials' {
        Get-Completion 'Get-RunaiDataSource -Name ' | Should -Be 'shared-data'
        Get-Completion 'New-RunaiWorkspace -DataSource ' | Should -Be 'shared-data'
        Get-Completion 'New-RunaiWorkspace -ComputeAsset ' | Should -Be 'one-gpu'
        Get-Completion 'Get-RunaiDataSource -Kind Git -Name ' | Should -BeNullOrEmpty
        New-RunaiWorkloadTemplate -Project team-a -Kind Training -Name nightly -Image ubuntu | Out-Null
        Get-Completion 'New-RunaiTrainingWorkload -Template ' | Should -Be 'nightly'
        Get-Completion 'Remove-RunaiWorkloadTemplate -Name n' | Should -Be 'nightly'
    }

    It 'offers nothing, and writes no error, when the control plane fails' {
        Add-RunaiEmulatorFault -Path '/api/v1/users' -Status 500 -Count 10
        $Error.Clear()
        Get-Completion 'Get-RunaiUser -Email ' | Should -BeNullOrEmpty
        $Error.Count | Should -Be 0
        Reset-RunaiEmulator
    }

    It 'gives the prompt back within about a second when the control plane is slow, and offers the names on the next Tab' {
        Add-RunaiEmulatorFault -Path '/api/v1/nodes' -DelayMs 2500
        $watch = [Diagnostics.Stopwatch]::StartNew()
        Get-Completion 'Get-RunaiNode -Name ' | Should -BeNullOrEmpty
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 2.3
        Start-Sleep -Milliseconds 2500
        Get-Completion 'Get-RunaiNode -Name ' | Should -Contain 'node-1'
    }
}

Describe 'Completion when not connected' {
    It 'offers nothing and does not throw' {
        $connection = Get-RunaiContext
        Disconnect-Runai
        try {
            Get-Completion 'Get-RunaiProject -Name ' | Should -BeNullOrEmpty
        }
        finally {
            Connect-RunaiEmulator
        }
    }
}

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    $script:nameParameters = @(
        foreach ($command in Get-Command -Module Runai) {
            foreach ($parameter in $command.Parameters.Values) {
                $names = 'Project', 'Department', 'Cluster', 'NodePool', 'DefaultNodePool', 'Role', 'User', 'ServiceAccount',
                    'DataSource', 'ComputeAsset', 'EnvironmentAsset', 'ImagePullCredential', 'Template', 'Registry'
                # New- and Test-*Name take a name that is to be, not one the control plane has.
                $isName = $parameter.Name -in 'Name', 'Email' -and $command.Verb -notin 'New', 'Test' -and $command.Noun -notlike 'RunaiEmulator*'
                $isReference = $parameter.Name -in $names -and $parameter.ParameterType -in [string], [string[]]
                if (($isName -or $isReference) -and $command.Name -ne 'Connect-Runai') { "$($command.Name) -$($parameter.Name)" }
            }
        })
}

Describe 'Every parameter that names something on the control plane has a completer' {
    It 'found the name parameters' {
        $nameParameters.Count | Should -BeGreaterThan 60
    }

    It 'has one on <_>' -ForEach $nameParameters {
        $commandName, $parameterName = $_ -split ' -'
        $attributes = (Get-Command $commandName).Parameters[$parameterName].Attributes
        @($attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] -or $_ -is [System.Management.Automation.ValidateSetAttribute] }).Count |
            Should -BeGreaterThan 0 -Because "$_ names something the control plane has"
    }
}
