# The connection object as a script meets it: what Connect-Runai -PassThru and Get-RunaiContext return is what
# -Connection takes, it is live, it crosses into ForEach-Object -Parallel, and no way of dumping it shows a secret.
BeforeAll {
    Import-Module $env:RUNAI_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force

    # A second control plane with three clusters, so a result shows which connection a cmdlet used.
    $script:other = Start-RunaiTestEmulator -Arguments '--clusters', '3'

    function Get-OtherRequest {
        # Invoke-RestMethod returns the JSON array as one object; the assignment and the pipe unroll it.
        $log = Invoke-RestMethod -Method Get -Uri "$($other.Url.TrimEnd('/'))/admin/requests"
        $log | Where-Object { $_ }
    }
    function Clear-OtherRequest {
        Invoke-RestMethod -Method Delete -Uri "$($other.Url.TrimEnd('/'))/admin/requests" | Out-Null
    }
}

AfterAll {
    Stop-RunaiTestEmulator $script:other
    Connect-RunaiEmulator
}

Describe 'One connection object' {
    BeforeEach {
        Reset-RunaiEmulator
        Invoke-RestMethod -Method Post -Uri "$($other.Url.TrimEnd('/'))/admin/reset" | Out-Null
        Connect-RunaiEmulator
        $script:c = Connect-Runai -BaseUrl $other.Url -ClientId emulator-app -ClientSecret $secret -Cluster cluster-1 -PassThru
        # $c is now also the current connection; make the default emulator current again, so that only -Connection
        # can reach the other one.
        Connect-RunaiEmulator
    }

    It 'every -Connection is typed as the object Connect-Runai -PassThru and Get-RunaiContext return' {
        $c | Should -BeOfType ([Runai.PowerShell.RunaiContext])
        Get-RunaiContext | Should -BeOfType ([Runai.PowerShell.RunaiContext])
        $types = Get-Command -Module Runai | Where-Object { $_.Parameters.ContainsKey('Connection') } |
            ForEach-Object { $_.Parameters['Connection'].ParameterType.FullName } | Sort-Object -Unique
        $types | Should -BeExactly 'Runai.PowerShell.RunaiContext'
    }

    It 'Connect-Runai -PassThru binds to -Connection of <Command>' -ForEach @(
        @{ Command = 'Get-RunaiCluster'; Parameters = @{}; Path = '/api/v1/clusters' }
        @{ Command = 'Get-RunaiProject'; Parameters = @{}; Path = '/api/v1/org-unit/projects' }
        @{ Command = 'Get-RunaiDepartment'; Parameters = @{}; Path = '/api/v1/org-unit/departments' }
        @{ Command = 'Get-RunaiNodePool'; Parameters = @{}; Path = '/api/v1/node-pools' }
        @{ Command = 'Get-RunaiWorkload'; Parameters = @{}; Path = '/api/v1/workloads' }
        @{ Command = 'Invoke-RunaiApi'; Parameters = @{ Path = '/api/v1/clusters' }; Path = '/api/v1/clusters' }
    ) {
        Clear-RunaiEmulatorRequest
        Clear-OtherRequest
        & $Command -Connection $c @Parameters -ErrorAction Stop | Out-Null
        @(Get-OtherRequest | Where-Object path -like "$Path*") | Should -Not -BeNullOrEmpty
        Get-RunaiEmulatorRequest | Where-Object path -like '/api/*' | Should -BeNullOrEmpty
    }

    It 'Get-RunaiContext returns the current connection itself, and it binds to -Connection' {
        $current = Get-RunaiContext
        [object]::ReferenceEquals($current, (Get-RunaiContext)) | Should -BeTrue
        [object]::ReferenceEquals($current, [Runai.PowerShell.RunaiSession]::Context) | Should -BeTrue
        $passThru = Connect-RunaiEmulator -PassThru
        [object]::ReferenceEquals($passThru, (Get-RunaiContext)) | Should -BeTrue
        (Get-RunaiCluster -Connection $current).Name | Should -Be 'cluster-1'
        (Get-RunaiCluster -Connection (Get-RunaiContext -Connection $c)).Name | Should -Be 'cluster-1', 'cluster-2', 'cluster-3'
        [object]::ReferenceEquals($c, (Get-RunaiContext -Connection $c)) | Should -BeTrue
    }

    It 'is live: an object held earlier shows the cluster Set-RunaiContext chose later' {
        $current = Get-RunaiContext
        Set-RunaiContext -Connection $c -Cluster cluster-2
        $c.ClusterName | Should -Be 'cluster-2'
        $c.ClusterId | Should -Be '00000000-0000-4000-8000-000000000002'
        $returned = Set-RunaiContext -Connection $c -Cluster cluster-3 -PassThru
        [object]::ReferenceEquals($returned, $c) | Should -BeTrue
        $c.ClusterName | Should -Be 'cluster-3'
        $current.ClusterName | Should -Be 'cluster-1'
        (Get-RunaiContext).ClusterName | Should -Be 'cluster-1'
    }

    It 'Set-RunaiContext -PassThru on the current connection returns the object Get-RunaiContext returned' {
        $before = Get-RunaiContext
        $after = Set-RunaiContext -Cluster cluster-1 -PassThru
        [object]::ReferenceEquals($before, $after) | Should -BeTrue
    }

    It 'passes by reference into ForEach-Object -Parallel through $using:' {
        $modulePath = $env:RUNAI_MODULE_PATH
        Clear-OtherRequest
        $names = 1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
            Import-Module $using:modulePath
            (Get-RunaiCluster -Connection $using:c).Count
        }
        $names | Should -Be 3, 3, 3, 3
        # The runspaces used the connection's token rather than fetching their own.
        Get-OtherRequest | Where-Object path -eq '/api/v1/token' | Should -BeNullOrEmpty
    }

    It 'stays usable after Disconnect-Runai, and Get-RunaiContext then returns nothing and writes no error' {
        $current = Get-RunaiContext
        Disconnect-Runai
        $result = Get-RunaiContext -ErrorVariable errs -ErrorAction Stop
        $result | Should -BeNullOrEmpty
        $errs | Should -BeNullOrEmpty
        $err = { Get-RunaiCluster -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeExactly 'NotConnected,Runai.PowerShell.GetRunaiClusterCommand'
        (Get-RunaiCluster -Connection $current).Name | Should -Be 'cluster-1'
        (Get-RunaiCluster -Connection $c).Count | Should -Be 3
    }

    It 'refuses something else as -Connection with a binding error' {
        $err = { Get-RunaiCluster -Connection 'https://acme.run.ai' -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeExactly 'CannotConvertArgumentNoMessage,Runai.PowerShell.GetRunaiClusterCommand'
    }
}

Describe 'No dump of the connection object shows a token or a secret' {
    BeforeAll {
        Reset-RunaiEmulator
        $script:url = Get-RunaiEmulatorUrl
        # Test code may use Invoke-RestMethod; the module never does. The emulator issues JWTs, which start with eyJ.
        $script:bearer = (Invoke-RestMethod -Method Post -Uri "$url/api/v1/token" -ContentType 'application/json' -Body (@{
            grantType = 'client_credentials'; clientID = 'emulator-app'; clientSecret = 'emulator-secret' } | ConvertTo-Json)).accessToken
        $bearer | Should -BeLike 'eyJ*'

        function ConvertTo-AllDumps($Context) {
            $xml = Join-Path ([IO.Path]::GetTempPath()) "runai-context-$([guid]::NewGuid()).xml"
            try {
                $Context | Export-Clixml -Path $xml -Depth 10
                [pscustomobject]@{ Name = 'ConvertTo-Json'; Text = $Context | ConvertTo-Json -Depth 10 -WarningAction SilentlyContinue }
                [pscustomobject]@{ Name = 'Export-Clixml'; Text = Get-Content $xml -Raw }
                [pscustomobject]@{ Name = 'Format-Custom'; Text = $Context | Format-Custom -Depth 10 | Out-String -Width 500 }
                [pscustomobject]@{ Name = 'Format-List *'; Text = $Context | Format-List * | Out-String -Width 500 }
                [pscustomobject]@{ Name = 'Select-Object *'; Text = $Context | Select-Object * | Out-String -Width 500 }
            }
            finally { Remove-Item $xml -ErrorAction SilentlyContinue }
        }
    }
    AfterAll { Connect-RunaiEmulator }

    It 'a client-credentials connection: <_> contains no JWT and no secret' -ForEach @(
        'ConvertTo-Json', 'Export-Clixml', 'Format-Custom', 'Format-List *', 'Select-Object *'
    ) {
        $context = Connect-RunaiEmulator -PassThru
        Get-RunaiCluster | Out-Null # a token is in use
        $context.TokenExpiresOn | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        $text = (ConvertTo-AllDumps $context | Where-Object Name -eq $_).Text
        $text | Should -BeLike '*emulator-app*'  # the dump did reach the object
        $text | Should -Not -BeLike '*eyJ*'
        $text | Should -Not -BeLike '*emulator-secret*'
    }

    It 'a -Token connection: <_> contains neither the given token nor any JWT' -ForEach @(
        'ConvertTo-Json', 'Export-Clixml', 'Format-Custom', 'Format-List *', 'Select-Object *'
    ) {
        $context = Connect-Runai -BaseUrl $url -Token (ConvertTo-SecureString $bearer -AsPlainText -Force) -PassThru
        $text = (ConvertTo-AllDumps $context | Where-Object Name -eq $_).Text
        $text | Should -BeLike '*cluster-1*'  # the dump did reach the object
        $text | Should -Not -BeLike "*$($bearer.Substring(0, 40))*"
        $text | Should -Not -BeLike '*eyJ*'
    }

    It 'its public members are the context''s properties and nothing that leads to the connection, token or credential' {
        $context = Connect-RunaiEmulator -PassThru
        $names = $context.PSObject.Properties.Name
        $names | Should -Be 'BaseUrl', 'ClusterName', 'ClusterId', 'Project', 'ProjectId', 'AuthKind', 'ClientId', 'GrantType', 'TokenExpiresOn', 'MaxRetries', 'TimeoutSec', 'SkipCertificateCheck'
        $names | Should -Not -Contain 'Connection'
        "$context" | Should -BeLike "$url*(cluster-1)"
    }
}
