# The test harness itself: the emulator the suite runs against, its admin routes (reset, faults, request log)
# and strict contract mode. API requests are raw HTTP without a token on purpose; the admin routes go through the
# helpers, which use the module's emulator cmdlets (tested on their own in Emulator.Tests.ps1).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:BaseUrl = Get-RunaiEmulatorUrl

    function Invoke-RawRequest {
        param([string]$Method = 'GET', [string]$Path, [string]$Body)
        $request = @{ Method = $Method; Uri = "$script:BaseUrl$Path"; SkipHttpErrorCheck = $true }
        if ($Body) { $request['Body'] = $Body; $request['ContentType'] = 'application/json' }
        Invoke-WebRequest @request
    }

    function Get-EmulatorAccessToken {
        # The emulator's well-known app; the token goes only into a header, never into output.
        $body = @{ grantType = 'client_credentials'; clientID = 'emulator-app'; clientSecret = 'emulator-secret' } | ConvertTo-Json
        (Invoke-RestMethod -Method Post -Uri "$script:BaseUrl/api/v1/token" -ContentType 'application/json' -Body $body).accessToken
    }
}

Describe 'The emulator' {
    It 'answers HTTP on RUNAI_EMULATOR_URL' {
        $script:BaseUrl | Should -Match '^http://127\.0\.0\.1:\d+$'
        $response = Invoke-RawRequest -Path '/api/v1/clusters'
        $response.StatusCode | Should -BeGreaterOrEqual 200
    }

    It 'rejects an /api request without a bearer token with 401 in the Error shape' {
        $response = Invoke-RawRequest -Path '/api/v1/clusters'
        $response.StatusCode | Should -Be 401
        $error401 = $response.Content | ConvertFrom-Json
        $error401.code | Should -Be 401
        $error401.message | Should -Not -BeNullOrEmpty
    }
}

Describe 'POST /admin/reset' {
    It 'answers success and empties the request log' {
        Invoke-RawRequest -Path '/api/v1/clusters' | Out-Null
        Get-RunaiEmulatorRequest -Path '/api/*' | Should -Not -BeNullOrEmpty

        $response = Invoke-RawRequest -Method POST -Path '/admin/reset'
        $response.StatusCode | Should -BeIn 200, 204

        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
    }

    It 'clears pending faults' {
        Add-RunaiEmulatorFault -Method GET -Path '/api/v1/clusters' -Status 503
        Reset-RunaiEmulator
        (Invoke-RawRequest -Path '/api/v1/clusters').StatusCode | Should -Be 401
    }
}

Describe 'POST /admin/faults' {
    BeforeEach {
        Reset-RunaiEmulator
    }

    It 'answers the next matching request with the fault status, then serves normally again' {
        Add-RunaiEmulatorFault -Method GET -Path '/api/v1/clusters' -Status 503

        (Invoke-RawRequest -Path '/api/v1/clusters').StatusCode | Should -Be 503
        (Invoke-RawRequest -Path '/api/v1/clusters').StatusCode | Should -Be 401
    }

    It 'applies to -Count requests' {
        Add-RunaiEmulatorFault -Method GET -Path '/api/v1/clusters' -Status 429 -Count 2

        $statuses = 1..3 | ForEach-Object { (Invoke-RawRequest -Path '/api/v1/clusters').StatusCode }
        $statuses | Should -Be @(429, 429, 401)
    }

    It 'matches paths by prefix' {
        Add-RunaiEmulatorFault -Method GET -Path '/api/v1/clus' -Status 502

        (Invoke-RawRequest -Path '/api/v1/clusters').StatusCode | Should -Be 502
    }

    It 'leaves requests of another method alone' {
        Add-RunaiEmulatorFault -Method POST -Path '/api/v1/clusters' -Status 503

        (Invoke-RawRequest -Path '/api/v1/clusters').StatusCode | Should -Be 401
    }

    It 'matches any method when none is given' {
        Add-RunaiEmulatorFault -Path '/api/v1/clusters' -Status 500

        (Invoke-RawRequest -Path '/api/v1/clusters').StatusCode | Should -Be 500
    }

    It 'sends Retry-After when asked' {
        Add-RunaiEmulatorFault -Method GET -Path '/api/v1/clusters' -Status 503 -RetryAfter 7

        $response = Invoke-RawRequest -Path '/api/v1/clusters'
        $response.StatusCode | Should -Be 503
        $response.Headers['Retry-After'] | Should -Be '7'
    }

    It 'aborts the connection with -CloseConnection' {
        Add-RunaiEmulatorFault -Method GET -Path '/api/v1/clusters' -CloseConnection

        { Invoke-RawRequest -Path '/api/v1/clusters' } | Should -Throw
        (Invoke-RawRequest -Path '/api/v1/clusters').StatusCode | Should -Be 401
    }
}

Describe 'GET and DELETE /admin/requests' {
    BeforeEach {
        Reset-RunaiEmulator
    }

    It 'logs each /api request with its status and whether it carried a bearer token' {
        Add-RunaiEmulatorFault -Method GET -Path '/api/v1/clusters' -Status 503
        Invoke-RawRequest -Path '/api/v1/clusters' | Out-Null
        Invoke-RawRequest -Path '/api/v1/clusters' | Out-Null

        $logged = @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/clusters')
        $logged.status | Should -Be @(503, 401)
        $logged.hasBearer | Should -Be @($false, $false)
    }

    It 'redacts secrets in logged bodies' {
        $body = @{ grantType = 'client_credentials'; clientID = 'emulator-app'; clientSecret = 'emulator-secret' } | ConvertTo-Json
        Invoke-RawRequest -Method POST -Path '/api/v1/token' -Body $body | Out-Null

        $logged = @(Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/token')
        $logged | Should -HaveCount 1
        ($logged[0].body | ConvertTo-Json -Depth 5 -Compress) | Should -Not -Match 'emulator-secret'
    }

    It 'is emptied by DELETE' {
        Invoke-RawRequest -Path '/api/v1/clusters' | Out-Null
        Clear-RunaiEmulatorRequest

        Get-RunaiEmulatorRequest -Path '/api/*' | Should -BeNullOrEmpty
    }
}

Describe 'Strict contract mode' {
    BeforeAll {
        Reset-RunaiEmulator
        $script:Headers = @{ Authorization = "Bearer $(Get-EmulatorAccessToken)" }
        $script:StrictSkipReason = 'the emulator runs with --lenient'
    }

    It 'answers an /api path the contract does not define with an error naming it' {
        if (-not (Test-RunaiEmulatorStrict)) { Set-ItResult -Skipped -Because $script:StrictSkipReason; return }
        $response = Invoke-WebRequest -Uri "$script:BaseUrl/api/v1/no-such-resource" -Headers $script:Headers -SkipHttpErrorCheck
        $response.StatusCode | Should -BeIn 400, 404
        $problem = $response.Content | ConvertFrom-Json
        $problem.code | Should -Be $response.StatusCode
        $problem.message | Should -Match 'contract|no-such-resource'
    }

    It 'answers a query value outside the contract''s enum with 400 naming the parameter' {
        if (-not (Test-RunaiEmulatorStrict)) { Set-ItResult -Skipped -Because $script:StrictSkipReason; return }
        $response = Invoke-WebRequest -Uri "$script:BaseUrl/api/v1/clusters?verbosity=bogus" -Headers $script:Headers -SkipHttpErrorCheck
        $response.StatusCode | Should -Be 400
        ($response.Content | ConvertFrom-Json).message | Should -Match 'verbosity'
    }

    It 'serves the same operation when the request is valid' {
        $response = Invoke-WebRequest -Uri "$script:BaseUrl/api/v1/clusters?verbosity=metadata" -Headers $script:Headers -SkipHttpErrorCheck
        $response.StatusCode | Should -Be 200
    }
}

Describe 'The dev harness (tools/RunaiDevHarness.psm1)' {
    BeforeAll {
        $script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
        Import-Module (Join-Path $script:RepoRoot 'tools/RunaiDevHarness.psm1') -Force
        # Where PSResourceGet keeps the user's repositories (~/.local/share/PSResourceGet on Linux).
        $script:RepositorySettings = Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'PSResourceGet/PSResourceRepository.xml'
        function Get-RepositorySettingsState {
            if (Test-Path $script:RepositorySettings) { (Get-FileHash $script:RepositorySettings).Hash } else { 'absent' }
        }
    }

    It 'fetches Pester from the NuGet feed without touching the user''s PSResourceGet repositories' {
        $version = (Get-Module Pester).Version.ToString()
        $before = Get-RepositorySettingsState
        $manifest = Install-RunaiDevPester -Version $version -Destination (Join-Path $TestDrive 'modules') 6>$null
        (Import-PowerShellDataFile $manifest).ModuleVersion | Should -Be $version
        Get-RepositorySettingsState | Should -Be $before -Because 'the harness must leave the user''s repository settings as they were'
        Get-ChildItem (Join-Path $TestDrive 'modules') -Force -Filter '.pester-*' | Should -BeNullOrEmpty -Because 'the download project is removed'
    }

    It 'never registers a PSResourceGet repository without unregistering it (<_>)' -ForEach @('build.ps1', 'tools/RunaiDevHarness.psm1', 'tools/Build-Help.ps1', '.ci/run') {
        $text = Get-Content -Raw (Join-Path $script:RepoRoot $_)
        ([regex]::Matches($text, '(?<!Un)Register-PSResourceRepository')).Count |
            Should -Be ([regex]::Matches($text, 'Unregister-PSResourceRepository')).Count
    }

    It 'starts an emulator with extra options, returns its URL once it listens, and stops it' {
        $emulator = Start-RunaiDevEmulator -Path $env:RUNAI_EMULATOR_DLL -ArgumentList '--clusters', '2' -Quiet
        try {
            $emulator.Url | Should -Match '^http://127\.0\.0\.1:\d+$'
            (Invoke-RestMethod "$($emulator.Url)/admin/stats").PSObject.Properties.Name | Should -Contain 'tokensIssued'
        }
        finally {
            Stop-RunaiDevEmulator $emulator -RemoveLog
        }
        $emulator.Process.HasExited | Should -BeTrue
        $emulator.StdOut | Should -Not -Exist
    }

    It 'runs a child pwsh with arguments and environment, and renders plain text when its output is captured' {
        $output = Invoke-RunaiDevChildPwsh -CaptureOutput -ArgumentList 'one two' -Environment @{ RUNAI_HARNESS_PROBE = 'set' } -Script {
            param($Text)
            "$Text|$env:RUNAI_HARNESS_PROBE|$($PSStyle.OutputRendering)"
            exit 3
        }
        $LASTEXITCODE | Should -Be 3
        $output | Should -Be 'one two|set|PlainText'
        $env:RUNAI_HARNESS_PROBE | Should -BeNullOrEmpty -Because 'the environment is set for the child only'
    }
}
