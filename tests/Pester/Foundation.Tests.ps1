# The foundation as a user meets it: connecting every way, the context, clusters, Invoke-RunaiApi and its errors.
BeforeDiscovery {
    $script:strict = [bool]$env:RUNAI_EMULATOR_STRICT
}

BeforeAll {
    Import-Module $env:RUNAI_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:url = $env:RUNAI_EMULATOR_URL
    $script:secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force

    function Get-EmulatorAccessToken {
        # Test code may use Invoke-RestMethod; the module never does.
        (Invoke-RestMethod -Method Post -Uri "$url/api/v1/token" -ContentType 'application/json' -Body (@{
            grantType = 'client_credentials'; clientID = 'emulator-app'; clientSecret = 'emulator-secret' } | ConvertTo-Json)).accessToken
    }

    function New-TestJwt([datetime]$Expires) {
        $encode = { param($text) [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($text)).TrimEnd('=').Replace('+', '-').Replace('/', '_') }
        $exp = [DateTimeOffset]::new($Expires.ToUniversalTime()).ToUnixTimeSeconds()
        $payload = @{ exp = $exp; iat = $exp - 3600 } | ConvertTo-Json -Compress
        $header = & $encode '{"alg":"none"}'
        '{0}.{1}.sig' -f $header, (& $encode $payload)
    }
}

Describe 'Connect-Runai' {
    BeforeEach {
        Reset-RunaiEmulator
        Disconnect-Runai
    }

    It 'connects with -ClientId and -ClientSecret, writes nothing, and selects the only cluster' {
        $output = Connect-Runai -BaseUrl $url -ClientId emulator-app -ClientSecret $secret
        $output | Should -BeNullOrEmpty
        $context = Get-RunaiContext
        $context.ClusterName | Should -Be 'cluster-1'
        $context.ClusterId | Should -Be '00000000-0000-4000-8000-000000000001'
        $context.AuthKind | Should -Be 'ClientCredentials'
        $context.GrantType | Should -Be 'client_credentials'
        $context.TokenExpiresOn | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
    }

    It 'connects with -Credential and returns the context with -PassThru' {
        $credential = [pscredential]::new('emulator-app', $secret)
        $context = Connect-Runai -BaseUrl $url -Credential $credential -PassThru
        $context | Should -BeOfType ([Runai.PowerShell.RunaiContext])
        $context.ClientId | Should -Be 'emulator-app'
    }

    It 'connects with a bearer -Token' {
        $token = ConvertTo-SecureString (Get-EmulatorAccessToken) -AsPlainText -Force
        Connect-Runai -BaseUrl $url -Token $token
        (Get-RunaiContext).AuthKind | Should -Be 'BearerToken'
        (Get-RunaiCluster).Name | Should -Be 'cluster-1'
    }

    It 'connects with a Run:ai CLI v2 login folder' {
        $folder = Join-Path ([IO.Path]::GetTempPath()) "runai-cli-$([guid]::NewGuid())"
        New-Item -ItemType Directory $folder | Out-Null
        try {
            @{ control_plane = @{ url = $url }; cluster = @{ uuid = '00000000-0000-4000-8000-000000000001' } } | ConvertTo-Json | Set-Content (Join-Path $folder 'config.json')
            $encoded = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes((Get-EmulatorAccessToken))).TrimEnd('=').Replace('+', '-').Replace('/', '_')
            @{ accessToken = $encoded } | ConvertTo-Json | Set-Content (Join-Path $folder 'authentication.json')

            Connect-Runai -CliConfigPath $folder
            $context = Get-RunaiContext
            $context.AuthKind | Should -Be 'CliLogin'
            $context.ClusterName | Should -Be 'cluster-1'
            $context.BaseUrl.ToString().TrimEnd('/') | Should -Be $url.TrimEnd('/')
        }
        finally { Remove-Item $folder -Recurse -Force }
    }

    It 'reports a missing CLI login folder as an authentication error naming the file' {
        { Connect-Runai -CliConfigPath (Join-Path ([IO.Path]::GetTempPath()) 'no-such-runai-folder') -ErrorAction Stop } |
            Should -Throw -ErrorId 'AuthenticationFailed,Runai.PowerShell.ConnectRunaiCommand' -ExpectedMessage '*config.json*'
    }

    It 'reads RUNAI_* environment variables when given no credentials' {
        $saved = 'RUNAI_BASE_URL', 'RUNAI_CLIENT_ID', 'RUNAI_CLIENT_SECRET', 'RUNAI_CLUSTER_ID' | ForEach-Object { [pscustomobject]@{ Name = $_; Value = [Environment]::GetEnvironmentVariable($_) } }
        try {
            $env:RUNAI_BASE_URL = $url; $env:RUNAI_CLIENT_ID = 'emulator-app'; $env:RUNAI_CLIENT_SECRET = 'emulator-secret'; $env:RUNAI_CLUSTER_ID = 'cluster-1'
            Connect-Runai
            (Get-RunaiContext).ClusterName | Should -Be 'cluster-1'
            $env:RUNAI_CLIENT_SECRET = $null
            { Connect-Runai -ErrorAction Stop } | Should -Throw -ErrorId 'MissingConnectionSetting,Runai.PowerShell.ConnectRunaiCommand'
        }
        finally { foreach ($s in $saved) { [Environment]::SetEnvironmentVariable($s.Name, $s.Value) } }
    }

    It 'fails on a wrong secret with an authentication error, and stays disconnected' {
        $bad = ConvertTo-SecureString 'wrong' -AsPlainText -Force
        $err = { Connect-Runai -BaseUrl $url -ClientId emulator-app -ClientSecret $bad -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeExactly 'AuthenticationFailed,Runai.PowerShell.ConnectRunaiCommand'
        $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
        "$err" | Should -Not -BeLike '*wrong*'
        Get-RunaiContext -ErrorAction Stop | Should -BeNullOrEmpty
        $err = { Get-RunaiCluster -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeExactly 'NotConnected,Runai.PowerShell.GetRunaiClusterCommand'
    }

    It 'refuses <Url> before sending anything' -ForEach @(
        @{ Url = 'http://acme.run.ai' }
        @{ Url = 'not a url' }
        @{ Url = 'ftp://acme.run.ai' }
    ) {
        Clear-RunaiEmulatorRequest
        $err = { Connect-Runai -BaseUrl $Url -ClientId a -ClientSecret $secret -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeExactly 'InvalidBaseUrl,Runai.PowerShell.ConnectRunaiCommand'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.TargetObject | Should -Be $Url
        Get-RunaiEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'fails clearly on an unreachable host' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
        $err = { Connect-Runai -BaseUrl "http://127.0.0.1:$port" -ClientId a -ClientSecret $secret -MaxRetries 0 -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeExactly 'ConnectionFailed,Runai.PowerShell.ConnectRunaiCommand'
        $err.CategoryInfo.Category | Should -Be 'ConnectionError'
    }

    It 'fails on an unknown -Cluster with ObjectNotFound' {
        $err = { Connect-Runai -BaseUrl $url -ClientId emulator-app -ClientSecret $secret -Cluster nope -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.ConnectRunaiCommand'
        $err.CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'says when an expired bearer token expired, without calling the server' {
        Clear-RunaiEmulatorRequest
        $expired = ConvertTo-SecureString (New-TestJwt -Expires (Get-Date).AddHours(-1)) -AsPlainText -Force
        $err = { Connect-Runai -BaseUrl $url -Token $expired -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeExactly 'AuthenticationFailed,Runai.PowerShell.ConnectRunaiCommand'
        "$err" | Should -BeLike '*expired at*'
        Get-RunaiEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'never shows the secret or the token in verbose or debug output' {
        $token = Get-EmulatorAccessToken
        $lines = Connect-Runai -BaseUrl $url -ClientId emulator-app -ClientSecret $secret -Verbose -Debug 4>&1 5>&1 | Out-String
        $lines | Should -BeLike '*POST /api/v1/token*'
        $lines | Should -Not -BeLike '*emulator-secret*'
        $lines | Should -Not -BeLike "*$($token.Substring(0, 40))*"
    }
}

Describe 'Context and clusters' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
    }

    It 'Get-RunaiCluster lists the seeded cluster, by wildcard and by id' {
        (Get-RunaiCluster).Name | Should -Be 'cluster-1'
        (Get-RunaiCluster -Name 'CLUSTER-*').Uuid | Should -Be '00000000-0000-4000-8000-000000000001'
        (Get-RunaiCluster -Id '00000000-0000-4000-8000-000000000001').Name | Should -Be 'cluster-1'
        Get-RunaiCluster -Name 'zz*' | Should -BeNullOrEmpty
    }

    It 'Get-RunaiCluster reports an unknown exact name or id as ObjectNotFound without stopping' {
        $result = Get-RunaiCluster -Name 'nope', 'cluster-1' -ErrorVariable errs -ErrorAction SilentlyContinue
        $result.Name | Should -Be 'cluster-1'
        $errs[0].FullyQualifiedErrorId | Should -BeExactly 'ResourceNotFound,Runai.PowerShell.GetRunaiClusterCommand'
        $errs[0].TargetObject | Should -Be 'nope'

        Get-RunaiCluster -Id '00000000-0000-4000-8000-0000000000ff' -ErrorVariable errs2 -ErrorAction SilentlyContinue
        $errs2[0].FullyQualifiedErrorId | Should -BeExactly 'ApiNotFound,Runai.PowerShell.GetRunaiClusterCommand'
        $errs2[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'Set-RunaiContext selects a cluster from the pipeline, and -WhatIf changes nothing' {
        Get-RunaiCluster -Name cluster-1 | Set-RunaiContext -PassThru | ForEach-Object ClusterName | Should -Be 'cluster-1'
        Set-RunaiContext -Cluster nope -ErrorAction SilentlyContinue -ErrorVariable errs
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        (Get-RunaiContext).ClusterName | Should -Be 'cluster-1'
    }

    It 'one connection serves ForEach-Object -Parallel runspaces, with one token for all' {
        Clear-RunaiEmulatorRequest
        $modulePath = $env:RUNAI_MODULE_PATH
        $names = 1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:modulePath
            (Get-RunaiCluster).Name
        }
        $names | Should -HaveCount 8
        $names | Sort-Object -Unique | Should -Be 'cluster-1'
        Get-RunaiEmulatorRequest | Where-Object path -eq '/api/v1/token' | Should -BeNullOrEmpty
    }

    It 'every cmdlet takes -Connection, so one script can hold two connections' {
        $first = Get-RunaiContext
        Disconnect-Runai
        $err = { Get-RunaiCluster -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeExactly 'NotConnected,Runai.PowerShell.GetRunaiClusterCommand'
        (Get-RunaiCluster -Connection $first).Name | Should -Be 'cluster-1'
        Connect-RunaiEmulator
    }
}

Describe 'Invoke-RunaiApi' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator
    }
    BeforeEach { Clear-RunaiEmulatorRequest }

    It 'GET returns objects, -Raw returns text' {
        (Invoke-RunaiApi -Path /api/v1/clusters).name | Should -Be 'cluster-1'
        $raw = Invoke-RunaiApi GET /api/v1/clusters -Raw
        $raw | Should -BeOfType ([string])
        ($raw | ConvertFrom-Json).uuid | Should -Be '00000000-0000-4000-8000-000000000001'
    }

    It 'returns an answer that is not JSON as its text, and parses JSON that starts with a byte-order mark' {
        Runai\Add-RunaiEmulatorFault -Url (Get-RunaiEmulatorUrl) -Method GET -Path /api/v1/clusters -Status 200 -ContentType 'text/plain' -Body 'maintenance until 10:00' -Count 1
        Invoke-RunaiApi -Path /api/v1/clusters | Should -BeExactly 'maintenance until 10:00'
        Runai\Add-RunaiEmulatorFault -Url (Get-RunaiEmulatorUrl) -Method GET -Path /api/v1/clusters -Status 200 -ContentType 'application/json; charset=utf-8' -Body ([string][char]0xFEFF + '[{"name":"marked"}]') -Count 1
        (Invoke-RunaiApi -Path /api/v1/clusters).name | Should -BeExactly 'marked'
        (Invoke-RunaiApi -Path /api/v1/clusters).name | Should -Be 'cluster-1'
    }

    It 'sends -Query values, joining arrays for filterBy' {
        Invoke-RunaiApi -Path /api/v1/clusters -Query @{ verbosity = 'full' } | Out-Null
        (Get-RunaiEmulatorRequest | Select-Object -Last 1).query | Should -BeLike '*verbosity=full*'
    }

    It 'POST and DELETE reach the API with a JSON body' {
        $department = Invoke-RunaiApi -Method POST -Path /api/v1/org-unit/departments -Body @{ name = 'api-dept'; clusterId = '00000000-0000-4000-8000-000000000001'; resources = @() }
        $department.name | Should -Be 'api-dept'
        Invoke-RunaiApi -Method DELETE -Path "/api/v1/org-unit/departments/$($department.id)" | Out-Null
        (Get-RunaiEmulatorRequest).method | Should -Contain 'DELETE'
    }

    It '-WhatIf sends no write' {
        $whatIf = Invoke-RunaiWhatIf { Invoke-RunaiApi -Method POST -Path /api/v1/org-unit/departments -Body @{ name = 'x' } -WhatIf }
        $whatIf | Should -HaveCount 1
        @($whatIf) -notlike 'What if: *POST*/api/v1/org-unit/departments*' | Should -BeNullOrEmpty
        Get-RunaiEmulatorRequest | Where-Object method -ne 'GET' | Should -BeNullOrEmpty
    }

    It '-Debug alone writes the HTTP lines to the debug stream without prompting' {
        $records = Get-RunaiCluster -Debug 5>&1
        ($records | Where-Object { $_ -is [System.Management.Automation.DebugRecord] -and $_.Message -like 'GET /api/v1/clusters -> 200*' }) |
            Should -Not -BeNullOrEmpty
        ($records | Where-Object { $_ -isnot [System.Management.Automation.DebugRecord] }).Name | Should -Be 'cluster-1'
    }

    It 'masks the values of secret-named pairs (like environment variables) in -Debug bodies' {
        $body = @{ name = 'dbg'; clusterId = '00000000-0000-4000-8000-000000000001'; resources = @()
                   description = 'x'; environmentVariables = @(@{ name = 'DB_PASSWORD'; value = 'hunter2-in-a-pair' }, @{ name = 'EPOCHS'; value = '10' }) }
        $debug = Invoke-RunaiApi -Method POST -Path /api/v1/org-unit/departments -Body $body -Debug -ErrorAction SilentlyContinue 5>&1 |
            Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | Out-String
        $debug | Should -BeLike '*request body*DB_PASSWORD*'
        $debug | Should -Not -BeLike '*hunter2-in-a-pair*'
        $debug | Should -BeLike '*"value":"10"*'
    }

    It 'refuses <Path> before sending' -ForEach @(
        @{ Path = 'https://evil.example/api/v1/clusters' }
        @{ Path = '/api/v1/../../admin/reset' }
        @{ Path = '//evil.example/api' }
    ) {
        Invoke-RunaiApi -Path $Path -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidApiPath,Runai.PowerShell.InvokeRunaiApiCommand'
        $errs[0].TargetObject | Should -Be $Path
        Get-RunaiEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses a body that is not JSON before sending' {
        Invoke-RunaiApi -Method POST -Path /api/v1/org-unit/departments -Body '{not json' -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidJsonBody,Runai.PowerShell.InvokeRunaiApiCommand'
        Get-RunaiEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'maps status <Status> to <Category> with id <Id>' -ForEach @(
        @{ Status = 400; Category = 'InvalidArgument'; Id = 'ApiBadRequest' }
        @{ Status = 403; Category = 'PermissionDenied'; Id = 'ApiForbidden' }
        @{ Status = 404; Category = 'ObjectNotFound'; Id = 'ApiNotFound' }
        @{ Status = 409; Category = 'ResourceExists'; Id = 'ApiConflict' }
        @{ Status = 503; Category = 'ResourceUnavailable'; Id = 'ApiUnavailable' }
    ) {
        Add-RunaiEmulatorFault -Method GET -Path /api/v1/clusters -Status $Status -Count 10
        Invoke-RunaiApi -Path /api/v1/clusters -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -BeExactly "$Id,Runai.PowerShell.InvokeRunaiApiCommand"
        $errs[0].CategoryInfo.Category | Should -Be $Category
        $errs[0].TargetObject | Should -Be '/api/v1/clusters'
        Reset-RunaiEmulator
    }

    It 'a 403 recommends checking roles and scopes' {
        Add-RunaiEmulatorFault -Method GET -Path /api/v1/clusters -Status 403
        Invoke-RunaiApi -Path /api/v1/clusters -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].ErrorDetails.RecommendedAction | Should -BeLike '*role*scope*'
    }

    It 'a 401 that survives a token refresh terminates with AuthenticationError' {
        Add-RunaiEmulatorFault -Method GET -Path /api/v1/clusters -Status 401 -Count 2
        $err = { Invoke-RunaiApi -Path /api/v1/clusters } | Should -Throw -PassThru
        $err.CategoryInfo.Category | Should -Be 'AuthenticationError'
        @(Get-RunaiEmulatorRequest | Where-Object path -eq '/api/v1/token').Count | Should -Be 1
    }

    It 'retries a transient failure and logs each attempt' {
        Add-RunaiEmulatorFault -Method GET -Path /api/v1/clusters -Status 503 -RetryAfter 0 -Count 2
        $verbose = Invoke-RunaiApi -Path /api/v1/clusters -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        @(Get-RunaiEmulatorRequest | Where-Object path -eq '/api/v1/clusters').Count | Should -Be 3
        ($verbose | Where-Object Message -like 'GET /api/v1/clusters -> *').Count | Should -Be 3
        ($verbose | Where-Object Message -like '*(attempt 3)*') | Should -Not -BeNullOrEmpty
    }

    It 'writes request lines when $VerbosePreference asks for them, and none when nothing does' {
        $quiet = Invoke-RunaiApi -Path /api/v1/clusters 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $quiet | Should -BeNullOrEmpty
        $asked = & {
            $VerbosePreference = 'Continue'
            Invoke-RunaiApi -Path /api/v1/clusters 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        }
        @($asked | Where-Object Message -like 'GET /api/v1/clusters -> 200*').Count | Should -Be 1
        $silenced = & {
            $VerbosePreference = 'Continue'
            Invoke-RunaiApi -Path /api/v1/clusters -Verbose:$false 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        }
        $silenced | Should -BeNullOrEmpty
    }

    It 'rejects a contract violation in strict mode with InvalidArgument' -Skip:(-not $strict) {
        Invoke-RunaiApi -Method POST -Path /api/v1/org-unit/departments -Body @{ unknownOnly = 1 } -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errs[0].ErrorDetails.Message | Should -BeLike '*contract*'
    }
}

Describe 'A tenant with several clusters on a control plane from before client_credentials' {
    BeforeAll {
        $script:older = Start-RunaiTestEmulator -Arguments '--clusters', '3', '--legacy-token-only'
    }
    AfterAll {
        Stop-RunaiTestEmulator $script:older
        Connect-RunaiEmulator
    }

    It 'falls back to the app_token grant and warns that no cluster is selected' {
        $warnings = Connect-Runai -BaseUrl $older.Url -ClientId emulator-app -ClientSecret $secret 3>&1
        ($warnings | Out-String) | Should -BeLike '*several clusters*Set-RunaiContext*'
        $context = Get-RunaiContext
        $context.GrantType | Should -Be 'app_token'
        $context.ClusterName | Should -BeNullOrEmpty
        (Get-RunaiCluster).Name | Should -Be @('cluster-1', 'cluster-2', 'cluster-3')
    }

    It 'selects a cluster by name at connect time, and another by UUID later' {
        Connect-Runai -BaseUrl $older.Url -ClientId emulator-app -ClientSecret $secret -Cluster cluster-2
        (Get-RunaiContext).ClusterName | Should -Be 'cluster-2'
        Set-RunaiContext -Cluster '00000000-0000-4000-8000-000000000003'
        (Get-RunaiContext).ClusterName | Should -Be 'cluster-3'
    }

    It 'says how to select a cluster when a cluster-scoped cmdlet needs one' {
        Connect-Runai -BaseUrl $older.Url -ClientId emulator-app -ClientSecret $secret -WarningAction SilentlyContinue
        New-RunaiProject -Name needs-cluster -ErrorVariable errs -ErrorAction SilentlyContinue
        "$($errs[0])" | Should -BeLike '*Set-RunaiContext -Cluster*'
    }
}
