# The emulator cmdlets: Start-/Stop-RunaiEmulator on emulators of their own, and the admin cmdlets (faults, request
# log, reset) called directly against the suite's emulator.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    $script:Url = Get-RunaiEmulatorUrl
    $script:Dll = $env:RUNAI_EMULATOR_DLL
    # A started emulator is as strict as the suite's, so that tests run the same either way.
    $script:Strictness = if (Test-RunaiEmulatorStrict) { @{} } else { @{ Lenient = $true } }
}

AfterAll {
    Stop-RunaiEmulator
}

Describe 'Start-RunaiEmulator and Stop-RunaiEmulator' {
    AfterEach {
        Runai\Stop-RunaiEmulator
    }

    It 'starts an emulator on a free port, connects to it, and stops it with its connection' {
        $emulator = Start-RunaiEmulator -Path $script:Dll -PassThru @script:Strictness
        try {
            $emulator.Url.ToString() | Should -Match '^http://127\.0\.0\.1:\d+/$'
            $emulator.Url.ToString().TrimEnd('/') | Should -Not -Be $script:Url
            $emulator.Strict | Should -Be (Test-RunaiEmulatorStrict)
            (Get-Process -Id $emulator.ProcessId).Id | Should -Be $emulator.ProcessId
            (Get-RunaiContext).BaseUrl | Should -Be $emulator.Url
            (Get-RunaiContext).ClusterName | Should -Not -BeNullOrEmpty
            New-RunaiDepartment -Name started-here | Out-Null
            Get-RunaiDepartment -Name started-here | Should -Not -BeNullOrEmpty
            # The suite's emulator did not see that.
            Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/org-unit/departments' | Should -BeNullOrEmpty
        }
        finally {
            $emulator | Stop-RunaiEmulator
        }
        $emulator.HasExited | Should -BeTrue
        Get-Process -Id $emulator.ProcessId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        Get-RunaiContext | Should -BeNullOrEmpty
        { $emulator | Stop-RunaiEmulator; Stop-RunaiEmulator } | Should -Not -Throw
    }

    It 'passes its options on: -Port, -TokenTtl, -NoConnect' {
        Connect-RunaiEmulator
        # A port the system has just reported free (a random one could be in use, e.g. as another connection's
        # ephemeral port); another process can still take it before the emulator binds it, so a taken port is tried again.
        for ($attempt = 1; ; $attempt++) {
            $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
            $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
            try {
                $emulator = Start-RunaiEmulator -Path $script:Dll -Port $port -TokenTtl 120 -LifecycleSpeed 5 -NoConnect -PassThru @script:Strictness
                break
            }
            catch { if ($attempt -ge 3 -or $_.Exception.Message -notlike '*already in use*') { throw } }
        }
        $emulator.Url.Port | Should -Be $port
        (Get-RunaiContext).BaseUrl.ToString().TrimEnd('/') | Should -Be $script:Url
        $context = Connect-Runai -BaseUrl $emulator.Url -ClientId emulator-app -ClientSecret (ConvertTo-SecureString emulator-secret -AsPlainText -Force) -PassThru
        $context.TokenExpiresOn | Should -BeLessThan ([DateTimeOffset]::UtcNow.AddMinutes(3))
        Stop-RunaiEmulator
        $emulator.HasExited | Should -BeTrue
    }

    It 'finds the emulator built in the repository when no -Path is given' {
        $emulator = Start-RunaiEmulator -NoConnect -PassThru @script:Strictness
        $emulator.HasExited | Should -BeFalse
        (Invoke-RestMethod "$($emulator.Url)api/v1/clusters" -SkipHttpErrorCheck -StatusCodeVariable status) | Out-Null
        $status | Should -Be 401
    }

    It 'says what to install when -Path names nothing' {
        $missing = Join-Path ([IO.Path]::GetTempPath()) "no-such-emulator-$([guid]::NewGuid()).dll"
        $failure = { Start-RunaiEmulator -Path $missing -NoConnect } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -Be 'EmulatorNotFound,Runai.PowerShell.StartRunaiEmulatorCommand'
        $failure.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure.Exception.Message | Should -BeLike '*dotnet tool install*'
    }

    It 'starts from a seed file, and Reset-RunaiEmulator returns to it' {
        $seed = Join-Path $PSScriptRoot '../../examples/emulator-seed.json'
        Start-RunaiEmulator -Path $script:Dll -Seed $seed -WarningAction SilentlyContinue @script:Strictness
        (Get-RunaiCluster).Name | Should -Be @('gpu-east', 'gpu-west')
        Set-RunaiContext -Cluster gpu-east
        (Get-RunaiProject | Sort-Object Name).Name | Should -Be @('serving', 'team-a', 'team-b')
        (Get-RunaiProject -Name team-a).DepartmentName | Should -Be 'research'
        Remove-RunaiProject -Name team-a -Confirm:$false
        Get-RunaiProject -Name team-a -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        Runai\Reset-RunaiEmulator
        Get-RunaiProject -Name team-a | Should -Not -BeNullOrEmpty
    }

    It 'starts from a seed file with users, roles, access rules, assets and workloads, each listed by its cmdlet' {
        $seed = Join-Path $PSScriptRoot '../../examples/emulator-seed.json'
        Start-RunaiEmulator -Path $script:Dll -Seed $seed -WarningAction SilentlyContinue @script:Strictness
        Set-RunaiContext -Cluster gpu-east
        (Get-RunaiUser).Username | Should -Contain 'ada@example.com'
        (Get-RunaiUser).Username | Should -Contain 'grace@example.com'
        $role = Get-RunaiRole -Name 'Notebook runner'
        $role.Custom | Should -BeTrue
        $role.ResourceTypes | Should -Be 'workspaces, project'
        $rule = Get-RunaiAccessRule -Subject ada@example.com
        $rule.RoleName | Should -Be 'L1 researcher'
        $rule.Scope | Should -Be 'project team-a'
        (Get-RunaiAccessRule -Subject grace@example.com).RoleName | Should -Be 'Notebook runner'
        $phases = @{}
        Get-RunaiProject | Get-RunaiWorkload | ForEach-Object { $phases[$_.Name] = "$($_.Type) $($_.Phase)" }
        $phases['notebook'] | Should -Be 'Workspace Running'
        $phases['bert-ft'] | Should -Be 'Training Completed'
        $phases['resnet'] | Should -Be 'Training Stopped'
        $phases['llm-pretrain'] | Should -Be 'Distributed Failed'
        Set-RunaiContext -Cluster gpu-west
        (Get-RunaiWorkload -Project serving -Name chat).Phase | Should -Be 'Running'
        Set-RunaiContext -Cluster gpu-east
        (Get-RunaiDataSource -Name datasets).ProjectName | Should -Be 'team-a'
        $credential = Get-RunaiCredential -Name registry-login
        $credential.Kind | Should -Be 'Password'
        $credential | ConvertTo-Json -Depth 20 -WarningAction SilentlyContinue | Should -Not -Match 'not-echoed'
        (Get-RunaiComputeAsset -Name one-gpu).Scope | Should -Be 'cluster'
        (Get-RunaiEnvironmentAsset -Name pytorch).Scope | Should -Be 'department'
    }

    It 'refuses a seed file that does not exist before starting anything' {
        $failure = { Start-RunaiEmulator -Path $script:Dll -Seed (Join-Path $TestDrive 'absent.json') -NoConnect } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -Be 'InvalidArgument,Runai.PowerShell.StartRunaiEmulatorCommand'
    }

    It 'reports what the emulator printed when it exits at once (its port is taken)' {
        $taken = ([uri]$script:Url).Port
        $failure = { Start-RunaiEmulator -Path $script:Dll -Port $taken -NoConnect } | Should -Throw -PassThru
        $failure.FullyQualifiedErrorId | Should -Be 'EmulatorStartFailed,Runai.PowerShell.StartRunaiEmulatorCommand'
        $failure.CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $failure.Exception.Message | Should -BeLike '*exited with code*'
        $failure.Exception.Message | Should -BeLike "*port $taken on 127.0.0.1 is already in use*"
        $failure.Exception.Message | Should -Not -Match '\bat (System|Microsoft)\.'
    }

    It 'answers --help with one line per option and exit code 0, and a taken port with one line and a non-zero exit code' {
        $help = & dotnet $script:Dll --help
        $LASTEXITCODE | Should -Be 0
        foreach ($option in '--port', '--contract', '--lenient', '--token-ttl', '--app', '--clusters', '--legacy-token-only', '--lifecycle-speed', '--seed', '--help') {
            @($help | Where-Object { $_ -match "^\s+$option\s" }) | Should -HaveCount 1 -Because "--help lists $option once"
        }
        $taken = ([uri]$script:Url).Port
        $errors = & dotnet $script:Dll --port $taken 2>&1
        $LASTEXITCODE | Should -Not -Be 0
        @($errors) | Should -HaveCount 1
        "$errors" | Should -BeLike "*port $taken on 127.0.0.1 is already in use*"
    }

    It 'starts nothing with -WhatIf' {
        $before = @(Get-Process -Name dotnet -ErrorAction SilentlyContinue).Count
        $lines = Invoke-RunaiWhatIf { Start-RunaiEmulator -Path $env:RUNAI_EMULATOR_DLL -NoConnect -PassThru -WhatIf }
        $lines | Should -BeLike '*"Start emulator"*Runai.Emulator.dll*'
        @(Get-Process -Name dotnet -ErrorAction SilentlyContinue).Count | Should -BeLessOrEqual $before
    }
}

Describe 'Add-RunaiEmulatorFault' {
    BeforeAll {
        Runai\Reset-RunaiEmulator -Url $script:Url
        Connect-RunaiEmulator
    }

    It 'makes the next matching request fail, then lets requests through' {
        $fault = Runai\Add-RunaiEmulatorFault -Path '/api/v1/clusters' -Method GET -Status 503 -RetryAfter 0 -PassThru
        $fault.Id | Should -Not -BeNullOrEmpty
        $fault.Status | Should -Be 503
        Runai\Clear-RunaiEmulatorRequest
        Get-RunaiCluster | Should -Not -BeNullOrEmpty   # retried after the 503
        $log = @(Runai\Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/clusters')
        $log.Status | Should -Be @(503, 200)
        $log[0].Fault | Should -Not -BeNullOrEmpty
    }

    It 'maps -DropAfterApply and -CloseConnection to a lost answer of a change that happened' {
        $fault = Runai\Add-RunaiEmulatorFault -Path '/api/v1/org-unit/departments' -Method POST -CloseConnection -DropAfterApply -PassThru
        $fault.ApplyFirst | Should -BeTrue
        $fault.CloseConnection | Should -BeTrue
        # The module recovers the lost answer: the department it made, with a warning that says so.
        $recovered = New-RunaiDepartment -Name lost-answer -ErrorAction SilentlyContinue -WarningVariable said -WarningAction SilentlyContinue
        $recovered.Name | Should -Be 'lost-answer'
        "$said" | Should -BeLike '*attempt was applied*'
        Get-RunaiDepartment -Name lost-answer | Should -Not -BeNullOrEmpty
        @(Runai\Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/org-unit/departments')[0].Status | Should -Be 0
    }

    It 'refuses a path that does not start with /' {
        { Runai\Add-RunaiEmulatorFault -Path 'api/v1/clusters' -Status 500 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Runai.PowerShell.AddRunaiEmulatorFaultCommand'
    }

    It 'adds nothing with -WhatIf, and Reset-RunaiEmulator removes faults' {
        Invoke-RunaiWhatIf { Add-RunaiEmulatorFault -Url $env:RUNAI_EMULATOR_URL -Path '/api/v1/clusters' -Status 500 -WhatIf } |
            Should -BeLike '*Add fault (500, 1x)*'
        Get-RunaiCluster | Should -Not -BeNullOrEmpty
        Runai\Add-RunaiEmulatorFault -Path '/api/v1/clusters' -Status 400 -Count 5
        Runai\Reset-RunaiEmulator
        Get-RunaiCluster | Should -Not -BeNullOrEmpty
    }
}

Describe 'Get-RunaiEmulatorRequest and Clear-RunaiEmulatorRequest' {
    BeforeAll {
        Runai\Reset-RunaiEmulator -Url $script:Url
        Connect-RunaiEmulator
    }

    It 'returns the log as objects with their bodies, secrets masked' {
        $token = @(Runai\Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/token')
        $token | Should -Not -BeNullOrEmpty
        $token[-1] | Should -BeOfType ([Runai.PowerShell.RunaiEmulatorRequest])
        $token[-1].BodyJson | Should -Not -Match 'emulator-secret'
        $token[-1].HasBearer | Should -BeFalse
        New-RunaiDepartment -Name logged | Out-Null
        $post = @(Runai\Get-RunaiEmulatorRequest POST -Path '/api/v1/org-unit/DEPARTMENTS')[-1]
        $post.Body.name | Should -Be 'logged'
        $post.HasBearer | Should -BeTrue
    }

    It 'is emptied by Clear-RunaiEmulatorRequest, unless -WhatIf' {
        Invoke-RunaiWhatIf { Clear-RunaiEmulatorRequest -Url $env:RUNAI_EMULATOR_URL -WhatIf } | Should -BeLike '*request log*'
        Runai\Get-RunaiEmulatorRequest | Should -Not -BeNullOrEmpty
        Runai\Clear-RunaiEmulatorRequest
        Runai\Get-RunaiEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'takes -Url, and fails with NoEmulator when there is nothing to default to' {
        Runai\Get-RunaiEmulatorRequest -Url $script:Url | Should -BeNullOrEmpty
        $text = Invoke-RunaiChildPwsh -ArgumentList (Get-RunaiModulePath) -Script {
            param($modulePath)
            Import-Module $modulePath
            try { Reset-RunaiEmulator -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
        }
        $text | Should -Be 'NoEmulator,Runai.PowerShell.ResetRunaiEmulatorCommand'
    }
}

Describe 'The README''s example test file' {
    It 'examples/MyScript.Tests.ps1 passes, run as a user runs it' {
        # In a pwsh of its own: a Pester run inside this one would mix their results.
        $testPath = (Resolve-Path (Join-Path $PSScriptRoot '../../examples/MyScript.Tests.ps1')).Path
        $lines = Invoke-RunaiChildPwsh -ArgumentList (Get-RunaiModulePath), $env:RUNAI_PESTER_MANIFEST, $testPath -Script {
            param($modulePath, $pesterPath, $testPath)
            Import-Module $pesterPath
            Import-Module $modulePath
            $config = New-PesterConfiguration
            $config.Run.Path = $testPath
            $config.Run.PassThru = $true
            $config.Output.Verbosity = 'None'
            $result = Invoke-Pester -Configuration $config
            "passed=$($result.PassedCount) failed=$($result.FailedCount)"
            $result.Failed | ForEach-Object { "FAILED $($_.ExpandedPath): $($_.ErrorRecord)" }
        }
        $lines | Should -Contain 'passed=5 failed=0' -Because ($lines -join "`n")
    }
}
