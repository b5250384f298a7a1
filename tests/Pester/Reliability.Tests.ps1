# Reliability and security against the strict emulator: faults survived without duplicates, hostile answers mapped to
# Runai errors, no secret in any stream, error or serialisation, TLS validation on by default, a restarted control
# plane. The figures (faults injected and survived, duplicates, texts searched, leaks) are written to
# $env:RUNAI_RELIABILITY_DIR for the Test task's report; each figure is counted only once its assertions have passed.
BeforeAll {
    Import-Module $env:RUNAI_MODULE_PATH -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Figures = [ordered]@{ FaultsInjected = 0; FaultsSurvived = 0; Duplicates = 0; InputsTried = 0; InputsRefused = 0; TextsSearched = 0; Leaks = 0 }
    # Faults added by the running test, counted as survived by Complete-Fault once its assertions have passed.
    $script:Pending = 0
    $script:ErrorIdNames = [Runai.PowerShell.ErrorIds].GetFields() | ForEach-Object { $_.GetRawConstantValue() }

    function Add-Fault {
        # Adds one emulator fault (any Add-RunaiEmulatorFault parameter) and counts it as injected.
        param([Parameter(Mandatory)][hashtable]$Fault)
        Runai\Add-RunaiEmulatorFault -Url (Get-RunaiEmulatorUrl) @Fault
        $script:Figures.FaultsInjected++
        $script:Pending++
    }

    function Complete-Fault {
        # Called after a test's assertions passed: the faults it added were survived (a burst of 3 is one fault).
        $script:Figures.FaultsSurvived += $script:Pending
        $script:Pending = 0
    }

    function Assert-One {
        # Exactly one item: anything beyond is a duplicate made by a retry.
        param([object[]]$Items)
        $n = @($Items | Where-Object { $_ }).Count
        $script:Figures.Duplicates += [Math]::Max(0, $n - 1)
        $n | Should -Be 1
    }

    function Assert-RunaiError {
        # A mapped error: a Runai ErrorId and a category that says something.
        param([Parameter(Mandatory)][System.Management.Automation.ErrorRecord]$Record)
        $id = $Record.FullyQualifiedErrorId.Split(',')[0]
        $id | Should -BeIn $script:ErrorIdNames -Because "'$($Record.FullyQualifiedErrorId)' ($($Record.Exception.Message))"
        $Record.CategoryInfo.Category | Should -Not -Be 'NotSpecified'
    }

    function Invoke-Caught {
        # Runs a command, returning its first error record (terminating or not) and how long it took.
        param([Parameter(Mandatory)][scriptblock]$Action)
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $all = try { & $Action 2>&1 3>$null } catch { $_ }
        [pscustomobject]@{ Error = $all | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Select-Object -First 1; Seconds = $watch.Elapsed.TotalSeconds }
    }

    Reset-RunaiEmulator
    Connect-RunaiEmulator -MaxRetries 3
}

AfterAll {
    $dir = if ($env:RUNAI_RELIABILITY_DIR) { $env:RUNAI_RELIABILITY_DIR } else { Join-Path $PSScriptRoot '../../out/test-results/reliability' }
    New-Item -ItemType Directory -Force $dir | Out-Null
    $script:Figures | ConvertTo-Json | Set-Content -Path (Join-Path $dir 'pester-reliability.json') -Encoding utf8
    Reset-RunaiEmulator
    Connect-RunaiEmulator
}

Describe 'Faults survived' {
    BeforeEach { Clear-RunaiEmulatorRequest; $script:Pending = 0 }

    It 'a burst of 503 answers on a list' {
        Add-Fault @{ Method = 'GET'; Path = '/api/v1/org-unit/departments'; Status = 503; RetryAfter = 0; Count = 3 }
        (Get-RunaiDepartment -ErrorAction Stop).Name | Should -Contain 'default'
        @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/org-unit/departments*').Status | Should -Be 503, 503, 503, 200
        Complete-Fault
    }

    It 'a 500, then success' {
        Add-Fault @{ Method = 'GET'; Path = '/api/v1/clusters'; Status = 500; RetryAfter = 0 }
        (Get-RunaiCluster -ErrorAction Stop).Name | Should -Be 'cluster-1'
        Complete-Fault
    }

    It 'a 429 whose Retry-After is honoured' {
        Add-Fault @{ Method = 'GET'; Path = '/api/v1/clusters'; Status = 429; RetryAfter = 1 }
        $watch = [Diagnostics.Stopwatch]::StartNew()
        (Get-RunaiCluster -ErrorAction Stop).Name | Should -Be 'cluster-1'
        $watch.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 0.95
        Complete-Fault
    }

    It 'a <Status> on a read' -ForEach @(@{ Status = 502 }, @{ Status = 504 }) {
        $department = Get-RunaiDepartment -Name default
        Add-Fault @{ Method = 'GET'; Path = "/api/v1/org-unit/departments/$($department.Id)"; Status = $Status; RetryAfter = 0 }
        (Get-RunaiDepartment -Id $department.Id -ErrorAction Stop).Name | Should -Be 'default'
        Complete-Fault
    }

    It 'an answer slower than -TimeoutSec, on a read' {
        $slow = Connect-RunaiEmulator -TimeoutSec 1 -PassThru
        try {
            Add-Fault @{ Method = 'GET'; Path = '/api/v1/clusters'; Delay = 2500 }
            (Get-RunaiCluster -Connection $slow -ErrorAction Stop).Name | Should -Be 'cluster-1'
            @(Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/clusters').Count | Should -BeGreaterOrEqual 2
        }
        finally { Connect-RunaiEmulator -MaxRetries 3 }
        Complete-Fault
    }

    It 'the connection dropped <When> the control plane applied New-Runai<Kind>' -ForEach @(
        @{ Kind = 'Project'; When = 'before'; Apply = $false }
        @{ Kind = 'Project'; When = 'after'; Apply = $true }
        @{ Kind = 'Department'; When = 'before'; Apply = $false }
        @{ Kind = 'Department'; When = 'after'; Apply = $true }
    ) {
        $route = if ($Kind -eq 'Project') { '/api/v1/org-unit/projects' } else { '/api/v1/org-unit/departments' }
        $name = "lost-$($Kind.ToLower())-$When"
        Add-Fault @{ Method = 'POST'; Path = $route; CloseConnection = $true; DropAfterApply = $Apply }
        $made = & "New-Runai$Kind" -Name $name -ErrorAction Stop -WarningVariable warnings -WarningAction SilentlyContinue
        $made.Name | Should -Be $name
        if ($Apply) { ($warnings -join "`n") | Should -Match 'got no answer.*exists' }
        Assert-One (& "Get-Runai$Kind" -Name $name)
        Complete-Fault
    }

    It 'the connection dropped after an update was applied: applied once in effect' {
        $project = New-RunaiProject -Name lost-update
        Add-Fault @{ Method = 'PUT'; Path = "/api/v1/org-unit/projects/$($project.Id)"; CloseConnection = $true; DropAfterApply = $true }
        Set-RunaiProject -Name lost-update -GpuQuota 2 -ErrorAction Stop | Out-Null
        $after = Get-RunaiProject -Name lost-update
        Assert-One $after
        $after.DeservedGpus | Should -Be 2
        @(Get-RunaiEmulatorRequest -Method PUT).Status | Should -Be 0, 200
        Complete-Fault
    }

    It 'the connection dropped <When> a delete was applied: gone, no error' -ForEach @(
        @{ When = 'before'; Apply = $false }
        @{ When = 'after'; Apply = $true }
    ) {
        $project = New-RunaiProject -Name "lost-delete-$When"
        Add-Fault @{ Method = 'DELETE'; Path = "/api/v1/org-unit/projects/$($project.Id)"; CloseConnection = $true; DropAfterApply = $Apply }
        Remove-RunaiProject -Name "lost-delete-$When" -Confirm:$false -ErrorAction Stop -WarningAction SilentlyContinue
        @(Get-RunaiProject | Where-Object Name -eq "lost-delete-$When") | Should -HaveCount 0
        Complete-Fault
    }

    It 'the connection dropped <When> a workload delete was applied: gone, no error' -ForEach @(
        @{ When = 'before'; Apply = $false }
        @{ When = 'after'; Apply = $true }
    ) {
        $project = New-RunaiProject -Name "lost-wl-$When"
        $workload = New-RunaiTrainingWorkload -Project $project.Name -Name "lost-delete-$When" -Image busybox -ErrorAction Stop
        Add-Fault @{ Method = 'DELETE'; Path = "/api/v1/workloads/trainings/$($workload.Id)"; CloseConnection = $true; DropAfterApply = $Apply }
        $workload | Remove-RunaiWorkload -Confirm:$false -ErrorAction Stop -WarningVariable warnings -WarningAction SilentlyContinue
        if ($Apply) { ($warnings -join "`n") | Should -Match 'delete of training workload .* got no answer and its retry found it gone' }
        else { $warnings | Should -BeNullOrEmpty }
        @(Get-RunaiWorkload -Project $project.Name | Where-Object Name -eq "lost-delete-$When") | Should -HaveCount 0
        @(Get-RunaiEmulatorRequest -Method DELETE -Path "/api/v1/workloads/trainings/$($workload.Id)") | Should -HaveCount 2
        Complete-Fault
    }

    It 'the emulator restarted mid-run on the same port: the next call gets a fresh token' {
        $first = Start-RunaiTestEmulator
        $restarted = $null
        try {
            $port = ([uri]$first.Url).Port
            $c = Connect-Runai -BaseUrl $first.Url -ClientId emulator-app -ClientSecret (ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force) -PassThru
            (Get-RunaiCluster -Connection $c).Name | Should -Be 'cluster-1'
            Stop-RunaiTestEmulator $first
            $first = $null
            $restarted = Start-RunaiTestEmulator -Arguments '--port', $port
            $restarted.Url | Should -Be "http://127.0.0.1:$port"
            (Get-RunaiCluster -Connection $c -ErrorAction Stop).Name | Should -Be 'cluster-1'
            (Invoke-RestMethod "$($restarted.Url)/admin/stats").tokensIssued | Should -Be 1
        }
        finally {
            if ($first) { Stop-RunaiTestEmulator $first }
            if ($restarted) { Stop-RunaiTestEmulator $restarted }
            Connect-RunaiEmulator -MaxRetries 3
        }
        $script:Figures.FaultsInjected++
        $script:Pending++
        Complete-Fault
    }
}

Describe 'Short-lived tokens and parallel runspaces' {
    BeforeAll {
        # An emulator of its own whose tokens live 2 seconds.
        $script:ShortTokens = Start-RunaiTestEmulator -Arguments '--token-ttl', '2'
        $script:ShortConnection = Connect-Runai -BaseUrl $ShortTokens.Url -ClientId emulator-app -MaxRetries 5 `
            -ClientSecret (ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force) -PassThru
    }

    AfterAll {
        if ($script:ShortTokens) { Stop-RunaiTestEmulator $script:ShortTokens }
        Connect-RunaiEmulator -MaxRetries 3
    }

    It '5,000 calls over 2-second tokens: none fails, and the token requests match the lifetimes' {
        $before = (Invoke-RestMethod "$($ShortTokens.Url)/admin/stats").tokensIssued
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $failed = 0
        for ($i = 0; $i -lt 5000; $i++) {
            $cluster = Get-RunaiCluster -Connection $ShortConnection -ErrorAction SilentlyContinue -ErrorVariable callError
            if ($callError -or -not $cluster) { $failed++ }
        }
        $seconds = $watch.Elapsed.TotalSeconds
        $issued = (Invoke-RestMethod "$($ShortTokens.Url)/admin/stats").tokensIssued - $before
        $failed | Should -Be 0
        # A token is replaced a tenth of its lifetime before it expires (every 1.8 s), never on every call, and never
        # used after expiry (which would take at least one token per 2 s of calls).
        $issued | Should -BeGreaterOrEqual ([Math]::Floor($seconds / 2))
        $issued | Should -BeLessOrEqual ([Math]::Ceiling($seconds / 1.8) + 2) -Because "$issued tokens in $([Math]::Round($seconds, 1)) s"
    }

    It '16 runspaces share one connection through token expiries and 503s without an error' {
        # A burst no longer than the connection's retries: whichever runspaces meet it, every call gets through.
        Runai\Add-RunaiEmulatorFault -Url $ShortTokens.Url -Path '/api/v1/clusters' -Method GET -Status 503 -RetryAfter 0 -Count 5
        $script:Figures.FaultsInjected++
        $script:Pending++
        $connection = $ShortConnection
        $modulePath = $env:RUNAI_MODULE_PATH
        $results = 1..16 | ForEach-Object -ThrottleLimit 16 -Parallel {
            Import-Module $using:modulePath
            $errors = 0
            $messages = @()
            $names = foreach ($n in 1..40) {
                Get-RunaiCluster -Connection $using:connection -ErrorAction SilentlyContinue -ErrorVariable e
                if ($e) { $errors++; $messages += $e | ForEach-Object { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" } }
                if ($n % 10 -eq 0) { Start-Sleep -Milliseconds 300 } # spread the calls over more than one token lifetime
            }
            [pscustomobject]@{ Errors = $errors; Clusters = @($names).Count; Messages = $messages }
        }
        ($results | Measure-Object Errors -Sum).Sum | Should -Be 0 -Because (($results | ForEach-Object { $_.Messages } | Select-Object -Unique) -join '; ')
        ($results | Measure-Object Clusters -Sum).Sum | Should -Be (16 * 40)
        Complete-Fault
    }
}

Describe 'Numbers that are not finite are refused before sending' {
    BeforeAll {
        Reset-RunaiEmulator
        Connect-RunaiEmulator -MaxRetries 3
        $null = New-RunaiProject -Name numbers
    }
    BeforeEach { Clear-RunaiEmulatorRequest }

    It '<Cmdlet> -<Parameter> <Value>' -ForEach @(
        foreach ($value in [double]::NaN, [double]::PositiveInfinity, [double]::NegativeInfinity) {
            @{ Cmdlet = 'New-RunaiTrainingWorkload'; Parameter = 'GpuFraction'; Value = $value; Rest = @{ Project = 'numbers'; Name = 'nan-train'; Image = 'busybox' } }
            @{ Cmdlet = 'New-RunaiTrainingWorkload'; Parameter = 'Cpu'; Value = $value; Rest = @{ Project = 'numbers'; Name = 'nan-train'; Image = 'busybox' } }
            @{ Cmdlet = 'New-RunaiComputeAsset'; Parameter = 'GpuFraction'; Value = $value; Rest = @{ Name = 'nan-compute'; Project = 'numbers' } }
            @{ Cmdlet = 'New-RunaiProject'; Parameter = 'GpuQuota'; Value = $value; Rest = @{ Name = 'nan-project' } }
            @{ Cmdlet = 'Set-RunaiProject'; Parameter = 'OverQuotaWeight'; Value = $value; Rest = @{ Name = 'numbers' } }
            @{ Cmdlet = 'New-RunaiDepartment'; Parameter = 'GpuLimit'; Value = $value; Rest = @{ Name = 'nan-department' } }
        }
    ) {
        $script:Figures.InputsTried++
        $arguments = $Rest + @{ $Parameter = $Value }
        $result = Invoke-Caught { & $Cmdlet @arguments }
        # Parameters with [ValidateRange] are refused by PowerShell's binder (InvalidData), the others by the module.
        $result.Error.FullyQualifiedErrorId | Should -Match '^(InvalidArgument|ParameterArgumentValidationError),'
        if ($result.Error.FullyQualifiedErrorId -like 'InvalidArgument,*') {
            $result.Error.CategoryInfo.Category | Should -Be 'InvalidArgument'
            "$($result.Error.TargetObject)" | Should -Be "$Value"
        }
        else { $result.Error.Exception.Message | Should -Match ([regex]::Escape("$Value")) }
        @(Get-RunaiEmulatorRequest | Where-Object { $_.Method -ne 'GET' -and $_.Path -ne '/api/v1/token' }) | Should -BeNullOrEmpty
        $script:Figures.InputsRefused++
    }
}

Describe 'Hostile answers give a mapped error, without hanging' {
    BeforeEach { Reset-RunaiEmulator; Connect-RunaiEmulator -MaxRetries 3; $script:Pending = 0 }
    # The last case leaves hits of its fault behind.
    AfterAll { Reset-RunaiEmulator; Connect-RunaiEmulator -MaxRetries 3 }

    It '<Call> answered with <Answer>' -ForEach @(
        foreach ($call in 'single get', 'list', 'create', 'connect') {
            foreach ($h in @(
                    @{ Answer = 'an HTML page with 200'; Status = 200; ContentType = 'text/html'; Body = '<html><body>Sign in to the proxy</body></html>'; Echo = $false }
                    @{ Answer = 'an HTML page with 502'; Status = 502; ContentType = 'text/html'; Body = '<html><body>502 Bad Gateway</body></html>'; Echo = $false }
                    @{ Answer = 'truncated JSON'; Status = 200; ContentType = 'application/json'; Body = '{"id": "1", "name": "tru'; Echo = $false }
                    @{ Answer = 'an empty body'; Status = 200; ContentType = $null; Body = ''; Echo = $false }
                    @{ Answer = 'an error quoting the request'; Status = 400; ContentType = $null; Body = $null; Echo = $true })) {
                $h + @{ Call = $call }
            }
        }
    ) {
        $project = New-RunaiProject -Name hostile-target
        $fault = @{ Status = $Status; Count = 10; RetryAfter = 0 }
        if ($Echo) { $fault.EchoRequest = $true } else { $fault.Body = $Body }
        if ($ContentType) { $fault.ContentType = $ContentType }
        $secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
        $command = switch ($Call) {
            'single get' { $fault += @{ Method = 'GET'; Path = "/api/v1/org-unit/projects/$($project.Id)" }; { Get-RunaiProject -Id $project.Id } }
            'list' { $fault += @{ Method = 'GET'; Path = '/api/v1/org-unit/projects' }; { Get-RunaiProject } }
            'create' { $fault += @{ Method = 'POST'; Path = '/api/v1/org-unit/departments' }; { New-RunaiDepartment -Name hostile-made } }
            'connect' { $fault += @{ Path = '/api/v1/token' }; { Connect-Runai -BaseUrl (Get-RunaiEmulatorUrl) -ClientId emulator-app -ClientSecret $secret -MaxRetries 3 -TimeoutSec 10 } }
        }
        Add-Fault $fault
        $result = Invoke-Caught $command
        $result.Error | Should -Not -BeNullOrEmpty
        Assert-RunaiError $result.Error
        $result.Seconds | Should -BeLessThan 30
        ($result.Error | Out-String) + $result.Error.Exception.ToString() | Should -Not -Match 'emulator-secret'
        if ($Call -eq 'create') { (Get-RunaiDepartment).Name | Should -Not -Contain 'hostile-made' }
        Complete-Fault
    }
}

Describe 'TLS: certificate validation is on by default' {
    BeforeAll {
        # A self-signed certificate for 127.0.0.1, made here; the emulator serves HTTPS with it.
        $key = [System.Security.Cryptography.RSA]::Create(2048)
        $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new('CN=runai-reliability-test', $key,
            [System.Security.Cryptography.HashAlgorithmName]::SHA256, [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
        $names = [System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder]::new()
        $names.AddIpAddress([System.Net.IPAddress]::Loopback)
        $request.CertificateExtensions.Add($names.Build())
        $certificate = $request.CreateSelfSigned([DateTimeOffset]::UtcNow.AddMinutes(-5), [DateTimeOffset]::UtcNow.AddDays(1))
        $script:pfx = Join-Path $TestDrive 'emulator.pfx'
        [IO.File]::WriteAllBytes($pfx, $certificate.Export([System.Security.Cryptography.X509Certificates.X509ContentType]::Pfx))
        $script:tls = Start-RunaiTestEmulator -Arguments '--certificate', $pfx
        $script:secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
    }
    AfterAll {
        Stop-RunaiTestEmulator $script:tls
        Connect-RunaiEmulator -MaxRetries 3
    }

    It 'refuses a self-signed emulator, which receives no token request and so no secret' {
        $tls.Url | Should -BeLike 'https://*'
        $result = Invoke-Caught { Connect-Runai -BaseUrl $tls.Url -ClientId emulator-app -ClientSecret $secret }
        $result.Error.FullyQualifiedErrorId | Should -BeLike 'ConnectionFailed,*'
        $result.Error.Exception.Message | Should -Match 'certificate is not trusted'
        $log = Invoke-RestMethod -SkipCertificateCheck "$($tls.Url)/admin/requests"
        @($log | Where-Object { $_ }) | Should -BeNullOrEmpty
    }

    It '-SkipCertificateCheck connects, with a warning' {
        $c = Connect-Runai -BaseUrl $tls.Url -ClientId emulator-app -ClientSecret $secret -SkipCertificateCheck -PassThru -WarningVariable warnings -WarningAction SilentlyContinue
        ($warnings -join "`n") | Should -Match 'SkipCertificateCheck'
        (Get-RunaiCluster -Connection $c).Name | Should -Be 'cluster-1'
    }
}

Describe 'No secret in any stream, error or serialisation' {
    BeforeAll {
        Reset-RunaiEmulator
        $script:Pending = 0
        $script:password = 'Sweep-Pa55word-7f3a'
        $script:keySecret = 'Sweep-S3cretKey-91bc'
        $script:texts = [Collections.Generic.List[string]]::new()
        $script:xml = Join-Path $TestDrive 'object.xml'

        function Add-Text {
            # Every text a user or a log could see of what a command wrote to any stream.
            param([object[]]$Items)
            foreach ($item in $Items) {
                if ($null -eq $item) { continue }
                if ($item -is [System.Management.Automation.ErrorRecord]) {
                    $texts.Add(($item | Out-String -Width 500))
                    $texts.Add($item.Exception.ToString())
                    if ($item.ErrorDetails) { $texts.Add("$($item.ErrorDetails.Message) $($item.ErrorDetails.RecommendedAction)") }
                    $texts.Add("$($item.TargetObject)")
                }
                elseif ($item -is [System.Management.Automation.InformationalRecord]) { $texts.Add($item.Message) }
                else {
                    $texts.Add(($item | Out-String -Width 500))
                    $texts.Add(($item | Format-List * | Out-String -Width 500))
                    $texts.Add(($item | ConvertTo-Json -Depth 4 -WarningAction SilentlyContinue))
                    try { $item | Export-Clixml -Path $xml -Depth 4; $texts.Add((Get-Content -Raw $xml)) }
                    catch { $texts.Add($_.Exception.ToString()) }
                }
            }
        }

        function Invoke-Swept {
            param([Parameter(Mandatory)][scriptblock]$Command)
            $all = try { & $Command *>&1 } catch { $_ }
            Add-Text $all
            # What the command returned, for the test to use.
            $all | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] -and $_ -isnot [System.Management.Automation.InformationalRecord] }
        }

        $secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
        $common = @{ Verbose = $true; Debug = $true; ErrorAction = 'Continue'; WarningAction = 'Continue'; InformationAction = 'Continue' }
        $null = Invoke-Swept { Connect-Runai -BaseUrl (Get-RunaiEmulatorUrl) -ClientId emulator-app -ClientSecret $secret -PassThru @common }
        # Every exported Get- command that needs no argument, as a script would run it.
        $gets = Get-Command -Module Runai -Verb Get | Where-Object {
            $mandatory = @($_.ParameterSets | Where-Object IsDefault | ForEach-Object Parameters | Where-Object IsMandatory)
            $mandatory.Count -eq 0
        }
        foreach ($get in $gets) { $null = Invoke-Swept { & $get @common } }
        $null = Invoke-Swept { New-RunaiDepartment -Name sweep-dep -GpuQuota 4 @common }
        $null = Invoke-Swept { New-RunaiProject -Name sweep-proj -Department sweep-dep -GpuQuota 1 @common }
        $null = Invoke-Swept { Set-RunaiProject -Name sweep-proj -GpuQuota 2 @common }
        $null = Invoke-Swept { New-RunaiTrainingWorkload -Project sweep-proj -Name sweep-train -Image busybox @common }
        $null = Invoke-Swept { Get-RunaiWorkload -Project sweep-proj @common }
        $null = Invoke-Swept { Invoke-RunaiApi -Path /api/v1/clusters @common }
        $credential = [pscredential]::new('sweep-user', (ConvertTo-SecureString $password -AsPlainText -Force))
        $null = Invoke-Swept { New-RunaiPasswordCredential -Name sweep-login -Project sweep-proj -Credential $credential @common }
        $accessKey = [pscredential]::new('SWEEPACCESSKEYID', (ConvertTo-SecureString $keySecret -AsPlainText -Force))
        $null = Invoke-Swept { New-RunaiAccessKeyCredential -Name sweep-s3 -Project sweep-proj -AccessKey $accessKey @common }
        $null = Invoke-Swept { Get-RunaiCredential @common }
        $script:serviceAccount = Invoke-Swept { New-RunaiServiceAccount -Name sweep-sa @common } | Select-Object -First 1
        # Every other cmdlet that carries a secret: the ones that make one (returned once) and the ones that take one.
        $script:issuedSecrets = [Collections.Generic.List[string]]::new()
        function Add-IssuedSecret([object[]]$Items) {
            foreach ($item in $Items) {
                if ($item.PSObject.Properties['Credential'] -and $item.Credential) { $issuedSecrets.Add($item.Credential.GetNetworkCredential().Password) }
                if ($item.PSObject.Properties['TemporaryPassword'] -and $item.TemporaryPassword) { $issuedSecrets.Add([pscredential]::new('x', $item.TemporaryPassword).GetNetworkCredential().Password) }
            }
        }
        Add-IssuedSecret (Invoke-Swept { Reset-RunaiServiceAccountSecret -Name sweep-sa -Confirm:$false @common })
        Add-IssuedSecret (Invoke-Swept { New-RunaiAccessKey -Name sweep-key @common })
        Add-IssuedSecret (Invoke-Swept { Reset-RunaiAccessKeySecret -Name sweep-key -Confirm:$false @common })
        Add-IssuedSecret (Invoke-Swept { New-RunaiUser -Email sweep.user@acme.com @common })
        Add-IssuedSecret (Invoke-Swept { Reset-RunaiUserPassword -Email sweep.user@acme.com -Confirm:$false @common })
        $script:registrySecret = 'Sweep-Registry-Pa55-c41d'
        $registryLogin = [pscredential]::new('robot', (ConvertTo-SecureString $registrySecret -AsPlainText -Force))
        $null = Invoke-Swept { New-RunaiDockerRegistryCredential -Name sweep-docker -Project sweep-proj -Url https://registry.example.com -Credential $registryLogin @common }
        $null = Invoke-Swept { New-RunaiRegistry -Name sweep-registry -Project sweep-proj -Url https://registry.example.com -Credential $registryLogin @common }
        $script:genericSecret = 'Sweep-Generic-Value-5e2a'
        $null = Invoke-Swept { New-RunaiGenericSecretCredential -Name sweep-generic -Project sweep-proj -Secret @{ token = (ConvertTo-SecureString $genericSecret -AsPlainText -Force) } @common }
        $script:ngcKey = 'Sweep-Ngc-ApiKey-0b7e'
        $null = Invoke-Swept { New-RunaiNgcApiKeyCredential -Name sweep-ngc -Project sweep-proj -ApiKey (ConvertTo-SecureString $ngcKey -AsPlainText -Force) @common }
        $null = Invoke-Swept { Get-RunaiCredential @common }
        $null = Invoke-Swept { Get-RunaiRegistry @common }
        $null = Invoke-Swept { Get-RunaiAccessKey @common }
        $null = Invoke-Swept { Get-RunaiUser @common }
        $script:created = @{
            Project     = (Get-RunaiProject -Name sweep-proj).Name
            Workload    = (Get-RunaiWorkload -Project sweep-proj -Name sweep-train).Name
            Credentials = @(Get-RunaiCredential | Where-Object Name -like 'sweep-*').Count
            Registry    = @(Get-RunaiRegistry | Where-Object Name -eq 'sweep-registry').Count
        }
        # The same with servers that quote the request back: the token request (the secret) and an API call (the token).
        Add-Fault @{ Path = '/api/v1/token'; Status = 400; EchoRequest = $true }
        $null = Invoke-Swept { Connect-Runai -BaseUrl (Get-RunaiEmulatorUrl) -ClientId emulator-app -ClientSecret $secret @common }
        Connect-RunaiEmulator -MaxRetries 3
        Add-Fault @{ Method = 'GET'; Path = '/api/v1/org-unit/projects'; Status = 502; EchoRequest = $true; Count = 10; RetryAfter = 0 }
        $null = Invoke-Swept { Get-RunaiProject @common }
        Add-Fault @{ Method = 'POST'; Path = '/api/v1/org-unit/departments'; Status = 422; EchoRequest = $true }
        $null = Invoke-Swept { New-RunaiDepartment -Name sweep-echo @common }
        Add-Text @(Get-RunaiEmulatorRequest)
        Add-Text @(Get-RunaiContext)

        function Find-Leak {
            # Each occurrence of a needle in a text, named by the needle's first characters and where it was.
            param([string[]]$Haystack, [string[]]$Needle)
            foreach ($text in $Haystack) {
                foreach ($n in $Needle) {
                    if ($n -and $text -and $text.Contains($n)) { "$($n.Substring(0, 6))… in: $($text.Substring(0, [Math]::Min(200, $text.Length)))" }
                }
            }
        }

        $script:needles = @('emulator-secret', $password, $keySecret, $registrySecret, $genericSecret, $ngcKey) + @($issuedSecrets) + @(Invoke-RestMethod "$(Get-RunaiEmulatorUrl)/admin/tokens")
        if ($serviceAccount -and $serviceAccount.PSObject.Properties['Credential']) { $script:needles += $serviceAccount.Credential.GetNetworkCredential().Password }
    }

    It 'searched every text for the client secret, every issued token and every password or key used: none found' {
        $texts.Count | Should -BeGreaterThan 100
        $needles.Count | Should -BeGreaterThan 12
        $issuedSecrets.Count | Should -BeGreaterOrEqual 5 -Because 'the secrets the control plane issued are searched for too'
        # The sweep looked at successes, not only at errors: what it created exists.
        $created.Project | Should -Be 'sweep-proj'
        $created.Workload | Should -Be 'sweep-train'
        $created.Credentials | Should -Be 5 -Because 'every credential the sweep created with a secret exists'
        $created.Registry | Should -Be 1
        $leaks = Find-Leak $texts $needles
        $script:Figures.TextsSearched += $texts.Count
        $script:Figures.Leaks += @($leaks).Count
        $leaks | Should -BeNullOrEmpty
    }

    It 'the search finds a token or a secret planted in a text (so its zero means something)' {
        $planted = @('plain text', "Authorization: Bearer $($needles[-1]) was sent", "clientSecret=emulator-secret")
        @(Find-Leak $planted $needles) | Should -HaveCount 2
    }

    It 'the echoing faults were hit, so the sweep saw servers quoting the request' {
        $echoed = @(Get-RunaiEmulatorRequest | Where-Object { $_.Fault -like '*echoing*' })
        $echoed.Count | Should -BeGreaterOrEqual 3
        Complete-Fault
    }
}
