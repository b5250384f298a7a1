<#
.SYNOPSIS
    One measurement of bench/Invoke-Benchmarks.ps1, run in a fresh pwsh -NoProfile: prints one line 'RESULT {json}'.
.DESCRIPTION
    Tool   Module (out/Runai/Runai.psd1) or RestMethod (Invoke-RestMethod with the same bearer token).
    Case   get-project  Get-RunaiProject -Id 7 (Module) / GET /api/v1/org-unit/projects/7 (RestMethod), per call
           invoke-api   Invoke-RunaiApi GET /api/v1/org-unit/projects/7 (Module only), per call
           no-request   Get-RunaiContext in the same loop (Module only): what PowerShell itself costs per compiled
                        cmdlet call, with no request
           http-client  GET /api/v1/org-unit/projects/7 through a bare HttpClient awaited from the script, with the
                        same bearer token (RestMethod only, no module): the least a call made from PowerShell costs
           client       Runai.Client's own Projects().GetAsync('7') awaited from the script (Module only, a
                        RunaiConnection of its own built through the public C# API, no cmdlet): what the client
                        costs from PowerShell, between the bare HttpClient and the cmdlet
           interleaved  the bare HttpClient GET, Runai.Client's GET, Get-RunaiProject -Id 7, Invoke-RunaiApi and
                        Get-RunaiContext in one pwsh (Module only), timed in blocks that take turns: what each layer
                        adds, without the differences between processes that separate runs also measure
           list         every workload through Measure-Object (the module's Get-RunaiWorkload or a paging loop)
           first        time to the first workload, and how many pages the server had been asked for by then
           create       project creates from a CSV piped to New-RunaiProject (Module only)
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][ValidateSet('Module', 'RestMethod')][string]$Tool,
    [Parameter(Mandatory)][ValidateSet('get-project', 'invoke-api', 'no-request', 'http-client', 'client', 'interleaved', 'list', 'first', 'create')][string]$Case,
    [Parameter(Mandatory)][string]$Url,
    [string]$ModulePath,
    [int]$Warmup = 2000,
    # The warm-up also lasts at least this long: until the JIT has tiered up the code the loop runs (see RESULTS.md).
    [double]$WarmupSeconds = 0,
    # ...and then goes on until the JIT is quiet (Test-JitQuiet), but never longer than this in all.
    [double]$MaxWarmupSeconds = 0,
    [int]$Calls = 2000,
    [int]$PageSize = 500,
    [string]$CsvPath,
    # Rows created first, untimed, the same way (a warm-up for the create case).
    [string]$WarmupCsvPath,
    [int]$ThrottleLimit = 0
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$projectPath = 'api/v1/org-unit/projects/7'
$result = [ordered]@{}

function Get-ServerStats {
    $client = [Net.Http.HttpClient]::new()
    try { $client.GetStringAsync("$Url/bench/stats").GetAwaiter().GetResult() | ConvertFrom-Json -AsHashtable }
    finally { $client.Dispose() }
}

$sessionStart = if ($Case -eq 'create') { Get-ServerStats } else { @{} }

function Get-PeakRssMiB {
    # VmHWM: the resident set's high-water mark of this pwsh process (Linux); elsewhere the peak working set. No
    # cmdlet here: Test-Path would load Microsoft.PowerShell.Management (about 4 MiB) into the process measured.
    if ([IO.File]::Exists('/proc/self/status')) {
        foreach ($line in [IO.File]::ReadAllLines('/proc/self/status')) {
            if ($line -match '^VmHWM:\s+(\d+)\s+kB') { return [double]$Matches[1] / 1024 }
        }
    }
    [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64 / 1MB
}

# pwsh itself, before the module or Invoke-RestMethod has done anything: the part of the peak no module controls.
$result.rssStartMiB = Get-PeakRssMiB

function Get-BenchToken {
    (Invoke-RestMethod -Method Post -Uri "$Url/api/v1/token" -ContentType 'application/json' -Body '{"grantType":"client_credentials","clientID":"bench","clientSecret":"bench"}').accessToken
}

function New-ProjectsClient {
    # Runai.Client's projects on a connection of its own, built through the public C# API (no cmdlet).
    $options = [Runai.Client.RunaiConnectionOptions]@{ BaseUrl = [uri]$Url }
    $connection = [Runai.Client.RunaiConnection]::new($options, [Runai.Client.Authentication.ClientSecretCredential]::new('bench', $secret))
    [Runai.Client.Organization.ProjectResource]::Projects($connection)
}

function New-BearerHttpClient([string]$Token) {
    $http = [Net.Http.HttpClient]::new()
    $http.DefaultRequestHeaders.Authorization = [Net.Http.Headers.AuthenticationHeaderValue]::new('Bearer', $Token)
    $http
}

# Measured figures never include the session setup (import, connect, token), only the work of the case.
if ($Tool -eq 'Module') {
    Import-Module $ModulePath
    $secret = [System.Net.NetworkCredential]::new('', 'bench').SecurePassword
    Connect-Runai -BaseUrl $Url -ClientId bench -ClientSecret $secret
}
else {
    $token = Get-BenchToken
    $headers = @{ Authorization = "Bearer $token" }
}

function Get-ContextSwitches {
    # Summed over this process's threads (Linux): voluntary (a thread blocked) and involuntary (preempted, or gave up
    # the processor while spinning); null elsewhere.
    if (-not [IO.Directory]::Exists('/proc/self/task')) { return $null }
    $voluntary = 0L; $involuntary = 0L
    foreach ($task in [IO.Directory]::GetDirectories('/proc/self/task')) {
        try { $lines = [IO.File]::ReadAllLines([IO.Path]::Combine($task, 'status')) } catch { continue }   # a thread that ended
        foreach ($line in $lines) {
            if ($line -match '^voluntary_ctxt_switches:\s+(\d+)') { $voluntary += [long]$Matches[1] }
            elseif ($line -match '^nonvoluntary_ctxt_switches:\s+(\d+)') { $involuntary += [long]$Matches[1] }
        }
    }
    @{ Voluntary = $voluntary; Involuntary = $involuntary }
}

# The JIT is quiet when it compiled for less than 10 ms per second (1% of a core) over the last window of at least a
# second. In the create loop it is still compiling 20-80% of a core for 12-16 s, in the single calls for about 7 s: a
# fixed warm-up timed the creates during that storm, which on 2 cores takes the processor from the calls measured.
$script:jitWindow = @{ Watch = [Diagnostics.Stopwatch]::StartNew(); Compiling = [System.Runtime.JitInfo]::GetCompilationTime($false); Quiet = $false }
function Test-JitQuiet([Diagnostics.Stopwatch]$Warming) {
    if ($MaxWarmupSeconds -le 0 -or $Warming.Elapsed.TotalSeconds -ge $MaxWarmupSeconds) { return $true }
    $window = $script:jitWindow
    $seconds = $window.Watch.Elapsed.TotalSeconds
    if ($seconds -lt 1) { return $window.Quiet }
    $compiling = [System.Runtime.JitInfo]::GetCompilationTime($false)
    $window.Quiet = ($compiling - $window.Compiling).TotalMilliseconds / $seconds -lt 10
    $window.Compiling = $compiling
    $window.Watch.Restart()
    $window.Quiet
}

function Add-WarmupResult([Diagnostics.Stopwatch]$Warming) {
    $result.warmUpSeconds = $Warming.Elapsed.TotalSeconds
    $result.jitQuietAfterWarmUp = $script:jitWindow.Quiet
}

function Get-RequestCount($after, $before, [string]$Key) {
    # Requests the server answered between two snapshots: to one route, or to all but the suite's own.
    $keys = if ($Key) { @($Key) } else { @($after.Keys | Where-Object { $_ -notlike '*/bench/stats*' }) }
    $sum = 0
    foreach ($k in $keys) { $sum += $(if ($after.ContainsKey($k)) { $after[$k] } else { 0 }) - $(if ($before.ContainsKey($k)) { $before[$k] } else { 0 }) }
    $sum
}

$listing = {
    # The loop an admin writes today: page by page, each page's items into the pipeline.
    $offset = 0
    do {
        $page = Invoke-RestMethod -Uri "$Url/api/v1/workloads?offset=$offset&limit=$PageSize" -Headers $headers
        $page.workloads
        $offset += $PageSize
    } while ($page.workloads.Count -eq $PageSize)
}

switch ($Case) {
    { $_ -in 'get-project', 'invoke-api', 'no-request', 'http-client', 'client' } {
        $call = switch ("$Tool/$Case") {
            'Module/get-project' { { $null = Get-RunaiProject -Id 7 } }
            'Module/invoke-api' { { $null = Invoke-RunaiApi GET "/$projectPath" } }
            'Module/no-request' { { $null = Get-RunaiContext } }
            'RestMethod/get-project' { { $null = Invoke-RestMethod -Uri "$Url/$projectPath" -Headers $headers } }
            'Module/client' {
                $projects = New-ProjectsClient
                $none = [Threading.CancellationToken]::None
                { $null = $projects.GetAsync('7', $none).GetAwaiter().GetResult() }
            }
            'RestMethod/http-client' {
                $http = New-BearerHttpClient $token
                $uri = [uri]"$Url/$projectPath"
                { $null = $http.GetStringAsync($uri).GetAwaiter().GetResult() }
            }
            default { throw "No $Case case for $Tool." }
        }
        $before = Get-ServerStats
        $warming = [Diagnostics.Stopwatch]::StartNew()
        for ($i = 0; $i -lt $Warmup -or $warming.Elapsed.TotalSeconds -lt $WarmupSeconds -or -not (Test-JitQuiet $warming); $i++) { & $call }
        $warmedUp = $i
        Add-WarmupResult $warming
        $switchesBefore = Get-ContextSwitches
        $watch = [Diagnostics.Stopwatch]::StartNew()
        for ($i = 0; $i -lt $Calls; $i++) { & $call }
        $seconds = $watch.Elapsed.TotalSeconds
        if ($switchesBefore) {
            $switches = Get-ContextSwitches
            $result.voluntarySwitchesPerCall = ($switches.Voluntary - $switchesBefore.Voluntary) / $Calls
            $result.involuntarySwitchesPerCall = ($switches.Involuntary - $switchesBefore.Involuntary) / $Calls
        }
        $result.perCallMs = $seconds * 1000 / $Calls
        $result.callsPerSecond = $Calls / $seconds
        $result.warmUpCalls = $warmedUp
        $result.requestsPerCall = (Get-RequestCount (Get-ServerStats) $before) / ($warmedUp + $Calls)
    }
    'interleaved' {
        if ($Tool -ne 'Module') { throw 'The interleaved case is for the module.' }
        $projects = New-ProjectsClient
        $none = [Threading.CancellationToken]::None
        $http = New-BearerHttpClient (Get-BenchToken)
        $uri = [uri]"$Url/$projectPath"
        $variants = [ordered]@{
            httpClient = { $null = $http.GetStringAsync($uri).GetAwaiter().GetResult() }
            client = { $null = $projects.GetAsync('7', $none).GetAwaiter().GetResult() }
            getProject = { $null = Get-RunaiProject -Id 7 }
            invokeApi = { $null = Invoke-RunaiApi GET "/$projectPath" }
            noRequest = { $null = Get-RunaiContext }
        }
        $blocks = 10
        $perBlock = [Math]::Max(1, [int]($Calls / $blocks))
        $warming = [Diagnostics.Stopwatch]::StartNew()
        do { foreach ($call in $variants.Values) { for ($i = 0; $i -lt 200; $i++) { & $call } } }
        while ($warming.Elapsed.TotalSeconds -lt $WarmupSeconds -or -not (Test-JitQuiet $warming))
        Add-WarmupResult $warming
        $times = @{}
        foreach ($name in $variants.Keys) { $times[$name] = [Collections.Generic.List[double]]::new() }
        for ($b = 0; $b -lt $blocks; $b++) {
            # The order turns each block, so that no variant always follows the same one.
            $names = @($variants.Keys)
            for ($k = 0; $k -lt $names.Count; $k++) {
                $name = $names[($k + $b) % $names.Count]
                $call = $variants[$name]
                $watch = [Diagnostics.Stopwatch]::StartNew()
                for ($i = 0; $i -lt $perBlock; $i++) { & $call }
                $times[$name].Add($watch.Elapsed.TotalMilliseconds / $perBlock)
            }
        }
        foreach ($name in $variants.Keys) {
            $sorted = @($times[$name] | Sort-Object)
            $result["${name}PerCallMs"] = ($sorted[[int][Math]::Floor(($sorted.Count - 1) / 2)] + $sorted[[int][Math]::Ceiling(($sorted.Count - 1) / 2)]) / 2
        }
    }
    'list' {
        $result.rssBeforeMiB = Get-PeakRssMiB   # pwsh, imported and connected (or holding its token), before the listing
        # What the listing asks of the garbage collector: its allocations over its gen0 collections is the gen0 budget
        # the runtime chose for this machine, the part of the listing's resident growth no per-object saving removes.
        $allocatedBefore = [GC]::GetTotalAllocatedBytes($false)
        $gen0Before = [GC]::CollectionCount(0)
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $measured = if ($Tool -eq 'Module') { Get-RunaiWorkload | Measure-Object } else { & $listing | Measure-Object }
        $seconds = $watch.Elapsed.TotalSeconds
        $result.allocatedMiB = ([GC]::GetTotalAllocatedBytes($false) - $allocatedBefore) / 1MB
        $result.gen0Collections = [GC]::CollectionCount(0) - $gen0Before
        $result.seconds = $seconds
        $result.objects = $measured.Count
        $result.objectsPerSecond = $measured.Count / $seconds
        $result.peakRssMiB = Get-PeakRssMiB
    }
    'first' {
        $before = Get-ServerStats
        $script:pagesAtFirst = $null
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $source = if ($Tool -eq 'Module') { { Get-RunaiWorkload } } else { $listing }
        & $source | Select-Object -First 1 | ForEach-Object {
            $result.firstObjectMs = $watch.Elapsed.TotalMilliseconds
            $script:pagesAtFirst = Get-RequestCount (Get-ServerStats) $before 'GET /api/v1/workloads'
        }
        $result.pagesRequestedAtFirstObject = $script:pagesAtFirst
    }
    'create' {
        $parameters = @{ ErrorVariable = 'failed'; ErrorAction = 'SilentlyContinue' }
        if ($ThrottleLimit -gt 0) { $parameters.ThrottleLimit = $ThrottleLimit }
        if ($WarmupCsvPath) {
            # The warm-up rows once, then again until -WarmupSeconds have passed: as for the single calls, so that the
            # timed run is the steady state rather than PowerShell and the JIT still compiling.
            $warming = [Diagnostics.Stopwatch]::StartNew()
            do { $null = Import-Csv $WarmupCsvPath | New-RunaiProject @parameters } while ($warming.Elapsed.TotalSeconds -lt $WarmupSeconds -or -not (Test-JitQuiet $warming))
            Add-WarmupResult $warming
        }
        $before = Get-ServerStats
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $created = Import-Csv $CsvPath | New-RunaiProject @parameters | Measure-Object
        $seconds = $watch.Elapsed.TotalSeconds
        $after = Get-ServerStats
        $result.seconds = $seconds
        $result.created = $created.Count
        $result.errors = @($failed).Count
        $result.tokenRequests = Get-RequestCount $after $sessionStart 'POST /api/v1/token'   # Connect-Runai's included
    }
}

'RESULT ' + ($result | ConvertTo-Json -Compress)
