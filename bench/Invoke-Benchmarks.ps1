#Requires -Version 7.2
<#
.SYNOPSIS
    The Runai benchmark suite (issue 8): the module beside Invoke-RestMethod and a raw HttpClient floor, in one run,
    against one local server; writes bench/RESULTS.md.
.DESCRIPTION
    Builds the module (build.ps1 Build) and the bench projects, starts bench/Runai.Bench.Server (pre-rendered,
    contract-shaped answers), measures the server alone, then runs each case in rounds. Within a round every tool runs
    once, each in a fresh process (the order rotates from round to round); the table shows medians over the rounds and
    the median of the ratios taken within each round, which is what stays meaningful on a busy machine.
    Cases (-Case):
      Calls    Get-RunaiProject -Id 7 and Invoke-RunaiApi GET, per call after a warm-up of as many calls
      List     all workloads through Measure-Object: seconds, objects/s, peak RSS; time to the first object
      Import   what Import-Module adds to a bare pwsh -NoProfile start
      Create   project creates from a piped CSV, sequential and with -ThrottleLimit 8 (when the parameter exists)
      Dotnet   BenchmarkDotNet for the client's hot paths (bench/Runai.Bench)
.EXAMPLE
    dotnet pwsh ./bench/Invoke-Benchmarks.ps1 -Quick
.EXAMPLE
    dotnet pwsh ./bench/Invoke-Benchmarks.ps1 -Case Import -ModulePath /tmp/old/Runai/Runai.psd1 -ResultsPath /tmp/old.md
#>
[CmdletBinding()]
param(
    # Fewer rounds, calls and workloads: for trying the suite, not for publishing figures.
    [switch]$Quick,

    # Any of Calls, List, Import, Create, Dotnet (also as one comma-separated word, as pwsh -File passes it).
    [string[]]$Case = @('Calls', 'List', 'Import', 'Create', 'Dotnet'),

    # Five by default: on a shared machine the floor's own time per call moved from 0.048 to 0.143 ms between the rounds
    # of one run, so a median needs more than three.
    [ValidateRange(1, 50)][int]$Rounds = $(if ($Quick) { 2 } else { 5 }),
    [ValidateRange(1, 100000)][int]$Calls = $(if ($Quick) { 300 } else { 2000 }),
    # Every tool's single-call loop warms up at least this long before it is timed, so each is measured in its steady
    # state (tiered JIT done) rather than while the JIT is still at work: the same for the floor, Invoke-RestMethod and the module.
    [ValidateRange(0, 120)][double]$WarmupSeconds = $(if ($Quick) { 2 } else { 8 }),
    # After that the warm-up goes on until the JIT is quiet (under 10 ms of compiling per second), but no longer than this
    # in all: in the create loop PowerShell and the JIT are still tiering up for 12-16 s.
    [ValidateRange(0, 600)][double]$MaxWarmupSeconds = $(if ($Quick) { 10 } else { 40 }),
    [ValidateRange(500, 1000000)][int]$Workloads = $(if ($Quick) { 10000 } else { 100000 }),
    [ValidateRange(1, 100000)][int]$Creates = $(if ($Quick) { 200 } else { 1000 }),
    # Creates made first, untimed, in each create run (the floor's too), for the same reason as the calls' warm-up.
    [ValidateRange(0, 100000)][int]$CreateWarmup = $Creates,
    [ValidateRange(1, 100)][int]$ImportRounds = $(if ($Quick) { 5 } else { 15 }),

    # Passed to BenchmarkDotNet as --filter.
    [string]$BenchFilter = '*',

    [string]$Configuration = 'Release',

    # The module measured; by default the one build.ps1 Build stages.
    [string]$ModulePath,

    [string]$ResultsPath,

    # Use what is already built (out/Runai and the bench projects).
    [switch]$NoBuild
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$Invariant = [cultureinfo]::InvariantCulture
$Case = @($Case | ForEach-Object { $_ -split ',' } | ForEach-Object { $_.Trim() } | Where-Object { $_ })
foreach ($c in $Case) { if ($c -notin 'Calls', 'List', 'Import', 'Create', 'Dotnet') { throw "Unknown case '$c': use Calls, List, Import, Create or Dotnet." } }

$BenchDir = $PSScriptRoot
$RepoRoot = [IO.Path]::GetFullPath([IO.Path]::Combine($BenchDir, '..'))
if (-not $ModulePath) { $ModulePath = [IO.Path]::Combine($RepoRoot, 'out', 'Runai', 'Runai.psd1') }
$ModulePath = [IO.Path]::GetFullPath($ModulePath)
if (-not $ResultsPath) { $ResultsPath = [IO.Path]::Combine($BenchDir, 'RESULTS.md') }
$WorkDir = [IO.Path]::Combine($RepoRoot, 'out', 'bench')
$CaseScript = [IO.Path]::Combine($BenchDir, 'BenchCase.ps1')
$ListPeakScript = [IO.Path]::Combine($BenchDir, 'ListPeak.ps1')
$ServerDll = [IO.Path]::Combine($BenchDir, 'Runai.Bench.Server', 'bin', $Configuration, 'net10.0', 'Runai.Bench.Server.dll')
$FloorDll = [IO.Path]::Combine($BenchDir, 'Runai.Bench.Floor', 'bin', $Configuration, 'net10.0', 'Runai.Bench.Floor.dll')
$ReferenceDir = [IO.Path]::Combine($BenchDir, 'Runai.Bench.ReferenceModule', 'bin', $Configuration, 'netstandard2.0')
$PageSize = 500
$Parallel = 8
$SuiteWatch = [Diagnostics.Stopwatch]::StartNew()

# A fresh pwsh is this same pwsh: the executable itself, or dotnet with pwsh.dll when run as a dotnet tool.
$PwshExe = [Environment]::ProcessPath
$PwshPrefix = @()
if ([IO.Path]::GetFileNameWithoutExtension($PwshExe) -eq 'dotnet') { $PwshPrefix = @([IO.Path]::Combine($PSHOME, 'pwsh.dll')) }

function Invoke-Checked {
    param([string]$FilePath, [string[]]$ArgumentList)
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) { throw "$FilePath $($ArgumentList -join ' ') exited with $LASTEXITCODE." }
}

function Read-Result {
    # The child's 'RESULT {json}' line, or an error with everything it printed.
    param([object[]]$Output, [string]$What)
    $line = @($Output | ForEach-Object { "$_" } | Where-Object { $_.StartsWith('RESULT ') }) | Select-Object -Last 1
    if (-not $line) { throw "$What printed no result:`n$($Output -join "`n")" }
    $result = $line.Substring(7) | ConvertFrom-Json -AsHashtable
    if ($result.ContainsKey('warmUpSeconds')) {
        $WarmUps.Add([pscustomobject]@{ What = $What; Seconds = [double]$result.warmUpSeconds; Quiet = [bool]$result.jitQuietAfterWarmUp })
    }
    $result
}

function Invoke-PwshFile {
    # One bench script in a fresh pwsh, aimed at the server and the module; its RESULT line.
    param([string]$Script, [string]$What, [string[]]$Arguments = @())
    $output = & $PwshExe @PwshPrefix -NoProfile -NonInteractive -File $Script -Url $Server.Url -ModulePath $ModulePath @Arguments 2>&1
    Read-Result $output $What
}

function Invoke-PwshCase {
    param([string]$Tool, [string]$Name, [hashtable]$Parameters = @{})
    $arguments = @('-Tool', $Tool, '-Case', $Name)
    foreach ($key in $Parameters.Keys) { $arguments += @("-$key", "$($Parameters[$key])") }
    Invoke-PwshFile $CaseScript "$Tool $Name" $arguments
}

function Invoke-Floor {
    param([string]$Name, [string[]]$Arguments = @())
    $output = & dotnet $FloorDll $Name --url $Server.Url @Arguments 2>&1
    Read-Result $output "floor $Name"
}

function Get-PowerShellCompilation {
    # Whether this pwsh's engine was precompiled (ready-to-run, as installed packages are) or is compiled as it runs
    # (the dotnet-tool package): the latter makes every first use of PowerShell's own code, module import included, slower.
    $engine = [IO.Path]::Combine($PSHOME, 'System.Management.Automation.dll')
    $stream = [IO.File]::OpenRead($engine)
    try { $precompiled = ([Reflection.PortableExecutable.PEReader]::new($stream)).PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size -gt 0 }
    finally { $stream.Dispose() }
    if ($precompiled) { "this pwsh's System.Management.Automation is ready-to-run" }
    else { "this pwsh's System.Management.Automation is not ready-to-run (the dotnet-tool package), so PowerShell's own module and view loaders are compiled on first use" }
}

function Get-Median {
    param([double[]]$Values)
    $sorted = @($Values | Sort-Object)
    if ($sorted.Count -eq 0) { return [double]::NaN }
    $middle = [int][Math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

function Format-Number {
    param([double]$Value, [string]$Format = 'N2')
    if ([double]::IsNaN($Value)) { return 'n/a' }
    $Value.ToString($Format, $Invariant)
}

function Start-BenchServer {
    $stdout = [IO.Path]::Combine($WorkDir, 'server.stdout.log')
    $info = [Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in @($ServerDll, '--port', '0', '--workloads', "$Workloads", '--parent-pid', "$PID")) { $info.ArgumentList.Add($a) }
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true   # not inherited: a caller piping this script's output never waits on the server
    $info.UseShellExecute = $false
    $process = [Diagnostics.Process]::Start($info)
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    $read = $null
    while ([DateTime]::UtcNow -lt $deadline) {
        if (-not $read) { $read = $process.StandardOutput.ReadLineAsync() }
        if (-not $read.Wait(1000)) { continue }   # the same read stays pending: one at a time on a stream
        $line = $read.Result
        $read = $null
        if ($null -eq $line) { break }
        if ($line -match 'listening on (http://127\.0\.0\.1:\d+)') {
            [IO.File]::WriteAllText($stdout, $line)
            return [pscustomobject]@{ Process = $process; Url = $Matches[1] }
        }
    }
    if (-not $process.HasExited) { $process.Kill() }
    throw "Runai.Bench.Server did not start."
}

# Rows of the results table: per work item, each tool's medians and the medians of the within-round ratios.
$Rows = [System.Collections.Generic.List[object]]::new()
$Targets = [System.Collections.Generic.List[object]]::new()
$Notes = [System.Collections.Generic.List[string]]::new()
$RoundLog = [System.Collections.Generic.List[string]]::new()
$WarmUps = [System.Collections.Generic.List[object]]::new()   # every warm-up's length, and whether the JIT was quiet after it

function Add-Target {
    # -Undecided: the run's own control contradicts the figure (a case doing strictly less measured as costing more),
    # so the figure is noise and the target is neither met nor missed by it.
    param([string]$Target, [double]$Measured, [double]$Limit, [ValidateSet('AtMost', 'AtLeast')][string]$Kind, [string]$Unit, [string]$Note = '',
        [string]$Undecided = '')
    $met = if ($Kind -eq 'AtMost') { $Measured -le $Limit } else { $Measured -ge $Limit }
    $by = if ($met) { 'met' }
          elseif ($Kind -eq 'AtMost') { "missed by $(Format-Number ($Measured - $Limit))$Unit over the limit of $(Format-Number $Limit 'G')$Unit ($(Format-Number ($Measured / $Limit) 'N1') times the limit)" }
          else { "missed by $(Format-Number ($Limit - $Measured))$Unit short of $(Format-Number $Limit 'G')$Unit (reached $(Format-Number (100 * $Measured / $Limit) 'N0')% of it)" }
    if ($Undecided) { $by = "not decided by this run: $Undecided (taken alone the figure would be $by)" }
    $format = if ($Unit -like '*page*') { 'N0' } else { 'N2' }
    $Targets.Add([pscustomobject]@{ Target = $Target; Measured = "$(Format-Number $Measured $format)$Unit"; Verdict = $by; Note = $Note })
}

function Add-Row {
    # One row of the figures table: the work, then each tool's cell (empty where a tool has no such case).
    param([string]$Work, [string]$Runai = '', [string]$RestMethod = '', [string]$Floor = '')
    $Rows.Add([pscustomobject]@{ Work = $Work; Runai = $Runai; RestMethod = $RestMethod; Floor = $Floor })
}

function Get-Rotation {
    param([int]$Round, [object[]]$Items)
    $shift = $Round % $Items.Count
    @($Items[$shift..($Items.Count - 1)]) + @(if ($shift) { $Items[0..($shift - 1)] })
}

New-Item -ItemType Directory -Force $WorkDir | Out-Null
if (-not $NoBuild) {
    Write-Host '== Building the module and the bench projects'
    Invoke-Checked $PwshExe (@($PwshPrefix) + @('-NoProfile', '-File', [IO.Path]::Combine($RepoRoot, 'build.ps1'), 'Build', '-Configuration', $Configuration))
    foreach ($project in 'Runai.Bench.Server', 'Runai.Bench.Floor', 'Runai.Bench.ReferenceModule') {
        Invoke-Checked dotnet @('build', [IO.Path]::Combine($BenchDir, $project), '-c', $Configuration, '-nologo', '-v', 'q')
    }
}
foreach ($required in $ModulePath, $ServerDll, $FloorDll) { if (-not (Test-Path $required)) { throw "Not built: $required" } }

$LoadBefore = (Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -replace '^(\S+ \S+ \S+).*', '$1'
$Server = Start-BenchServer
Write-Host "== Server $($Server.Url) ($Workloads workloads)"
try {
    # The server alone: the floor hammering it from $Parallel callers, without parsing.
    $throughput = Invoke-Floor throughput @('--parallel', "$Parallel", '--seconds', $(if ($Quick) { '1' } else { '2' }), '--page-size', "$PageSize")
    $ServerLine = "GET /api/v1/org-unit/projects/7: $(Format-Number $throughput.getPerSecond 'N0') requests/s; GET /api/v1/workloads (pages of $PageSize): " +
        "$(Format-Number $throughput.pagesPerSecond 'N0') pages/s = $(Format-Number $throughput.workloadsPerSecond 'N0') workloads/s ($(Format-Number $throughput.pageMiBPerSecond 'N0') MiB/s), from $Parallel concurrent unparsing callers"
    Write-Host "   $ServerLine"

    if ('Calls' -in $Case) {
        Write-Host "== Single calls: $Calls after a warm-up of at least $Calls calls and $WarmupSeconds s (then until the JIT is quiet, at most $MaxWarmupSeconds s), $Rounds rounds"
        $runs = @{ floor = @(); irm = @(); project = @(); api = @(); pwsh = @(); http = @(); client = @(); floorBlocking = @() }
        # The interleaved case: the layers timed in blocks that take turns in one pwsh, and their ratios to its bare GET.
        $mixed = @{ httpClient = @(); client = @(); getProject = @(); invokeApi = @(); noRequest = @(); projectToHttp = @(); apiToHttp = @() }
        $ratios = @{ project = @(); api = @(); irm = @(); http = @(); client = @() }
        $requests = @{ project = 0; api = 0 }
        $switches = @{}
        foreach ($tool in 'project', 'client', 'http') { $switches[$tool] = @{ voluntary = @(); involuntary = @() } }
        for ($r = 0; $r -lt $Rounds; $r++) {
            $round = @{}
            foreach ($tool in Get-Rotation $r @('floor', 'irm', 'project', 'api', 'pwsh', 'http', 'client', 'mixed')) {
                $round[$tool] = switch ($tool) {
                    'floor' { Invoke-Floor get @('--path', 'api/v1/org-unit/projects/7', '--warmup', "$Calls", '--warmup-seconds', "$WarmupSeconds", '--max-warmup-seconds', "$MaxWarmupSeconds", '--calls', "$Calls") }
                    'irm' { Invoke-PwshCase RestMethod get-project @{ Warmup = $Calls; WarmupSeconds = $WarmupSeconds; MaxWarmupSeconds = $MaxWarmupSeconds; Calls = $Calls } }
                    'project' { Invoke-PwshCase Module get-project @{ Warmup = $Calls; WarmupSeconds = $WarmupSeconds; MaxWarmupSeconds = $MaxWarmupSeconds; Calls = $Calls } }
                    'api' { Invoke-PwshCase Module invoke-api @{ Warmup = $Calls; WarmupSeconds = $WarmupSeconds; MaxWarmupSeconds = $MaxWarmupSeconds; Calls = $Calls } }
                    'pwsh' { Invoke-PwshCase Module no-request @{ Warmup = $Calls; WarmupSeconds = $WarmupSeconds; MaxWarmupSeconds = $MaxWarmupSeconds; Calls = $Calls } }
                    'http' { Invoke-PwshCase RestMethod http-client @{ Warmup = $Calls; WarmupSeconds = $WarmupSeconds; MaxWarmupSeconds = $MaxWarmupSeconds; Calls = $Calls } }
                    'client' { Invoke-PwshCase Module client @{ Warmup = $Calls; WarmupSeconds = $WarmupSeconds; MaxWarmupSeconds = $MaxWarmupSeconds; Calls = $Calls } }
                    'mixed' { Invoke-PwshCase Module interleaved @{ WarmupSeconds = $WarmupSeconds; MaxWarmupSeconds = $MaxWarmupSeconds; Calls = $Calls } }
                }
            }
            foreach ($tool in $round.Keys) { if ($tool -ne 'mixed') { $runs[$tool] += $round[$tool].perCallMs } }
            $runs.floorBlocking += $round.floor.blockingPerCallMs
            foreach ($layer in 'httpClient', 'client', 'getProject', 'invokeApi', 'noRequest') { $mixed[$layer] += $round.mixed["${layer}PerCallMs"] }
            $mixed.projectToHttp += $round.mixed.getProjectPerCallMs / $round.mixed.httpClientPerCallMs
            $mixed.apiToHttp += $round.mixed.invokeApiPerCallMs / $round.mixed.httpClientPerCallMs
            $requests.project = $round.project.requestsPerCall
            $requests.api = $round.api.requestsPerCall
            $ratios.project += $round.project.perCallMs / $round.floor.perCallMs
            $ratios.api += $round.api.perCallMs / $round.floor.perCallMs
            $ratios.irm += $round.irm.perCallMs / $round.floor.perCallMs
            $ratios.http += $round.http.perCallMs / $round.floor.perCallMs
            $ratios.client += $round.client.perCallMs / $round.floor.perCallMs
            $RoundLog.Add("Calls round $($r + 1): floor $(Format-Number $round.floor.perCallMs 'N3') ms, Invoke-RestMethod $(Format-Number $round.irm.perCallMs 'N3') ms, Get-RunaiProject $(Format-Number $round.project.perCallMs 'N3') ms, Invoke-RunaiApi $(Format-Number $round.api.perCallMs 'N3') ms, a compiled cmdlet with no request (Get-RunaiContext) $(Format-Number $round.pwsh.perCallMs 'N3') ms, a bare HttpClient GET from the script $(Format-Number $round.http.perCallMs 'N3') ms, Runai.Client's GET from the script $(Format-Number $round.client.perCallMs 'N3') ms; the floor waited for on a blocking thread $(Format-Number $round.floor.blockingPerCallMs 'N3') ms; interleaved in one pwsh: bare GET $(Format-Number $round.mixed.httpClientPerCallMs 'N3'), client $(Format-Number $round.mixed.clientPerCallMs 'N3'), Get-RunaiProject $(Format-Number $round.mixed.getProjectPerCallMs 'N3'), Invoke-RunaiApi $(Format-Number $round.mixed.invokeApiPerCallMs 'N3'), Get-RunaiContext $(Format-Number $round.mixed.noRequestPerCallMs 'N3') ms")
            Write-Host "   $($RoundLog[-1])"
            foreach ($tool in 'project', 'client', 'http') {
                if ($round[$tool].ContainsKey('voluntarySwitchesPerCall')) {
                    $switches[$tool].voluntary += $round[$tool].voluntarySwitchesPerCall
                    $switches[$tool].involuntary += $round[$tool].involuntarySwitchesPerCall
                }
            }
        }
        $floorMs = Get-Median $runs.floor
        Add-Row -Work '`Get-RunaiProject -Id 7`, per call' `
            -Runai "$(Format-Number (Get-Median $runs.project) 'N3') ms ($(Format-Number (Get-Median $ratios.project) 'N1')× floor), $($requests.project) request(s)" `
            -RestMethod "$(Format-Number (Get-Median $runs.irm) 'N3') ms ($(Format-Number (Get-Median $ratios.irm) 'N1')× floor)" `
            -Floor "$(Format-Number $floorMs 'N3') ms (GET + typed parse); $(Format-Number (Get-Median $runs.floorBlocking) 'N3') ms with each call waited for on a blocking thread, as a cmdlet must"
        Add-Row -Work '`Invoke-RunaiApi GET /api/v1/org-unit/projects/7`, per call' `
            -Runai "$(Format-Number (Get-Median $runs.api) 'N3') ms ($(Format-Number (Get-Median $ratios.api) 'N1')× floor), $($requests.api) request(s)" `
            -RestMethod 'same as above' `
            -Floor 'same as above'
        $pwshMs = Get-Median $runs.pwsh
        Add-Row -Work 'A compiled cmdlet with no request (`Get-RunaiContext`) in the same loop, per call' `
            -Runai "$(Format-Number $pwshMs 'N3') ms ($(Format-Number ($pwshMs / $floorMs) 'N1')× floor): what PowerShell itself costs per call"
        $httpMs = Get-Median $runs.http
        Add-Row -Work 'A bare HttpClient GET of the same project awaited from a PowerShell script (no module, same token), per call' `
            -RestMethod "$(Format-Number $httpMs 'N3') ms ($(Format-Number (Get-Median $ratios.http) 'N1')× floor): the least a call made from PowerShell costs"
        $clientMs = Get-Median $runs.client
        Add-Row -Work 'The module''s client alone: `Runai.Client` `Projects().GetAsync("7")` awaited from the same kind of script (no cmdlet), per call' `
            -Runai "$(Format-Number $clientMs 'N3') ms ($(Format-Number (Get-Median $ratios.client) 'N1')× floor): the client's handler chain and typed parse, called from PowerShell"
        $mixedNote = "In one pwsh, the layers timed in blocks that take turns (bare HttpClient GET from the script $(Format-Number (Get-Median $mixed.httpClient) 'N3') ms, Runai.Client's GET $(Format-Number (Get-Median $mixed.client) 'N3'), Get-RunaiProject $(Format-Number (Get-Median $mixed.getProject) 'N3'), Invoke-RunaiApi $(Format-Number (Get-Median $mixed.invokeApi) 'N3'), Get-RunaiContext $(Format-Number (Get-Median $mixed.noRequest) 'N3') ms), Get-RunaiProject costs $(Format-Number (Get-Median $mixed.projectToHttp) 'N2')× and Invoke-RunaiApi $(Format-Number (Get-Median $mixed.apiToHttp) 'N2')× the bare GET made from the same script"
        Add-Row -Work 'The same layers interleaved in one pwsh (blocks of calls taking turns), per call' `
            -Runai "Get-RunaiProject $(Format-Number (Get-Median $mixed.getProject) 'N3') ms ($(Format-Number (Get-Median $mixed.projectToHttp) 'N2')× the bare GET beside it), Invoke-RunaiApi $(Format-Number (Get-Median $mixed.invokeApi) 'N3') ms ($(Format-Number (Get-Median $mixed.apiToHttp) 'N2')×), Runai.Client's GET $(Format-Number (Get-Median $mixed.client) 'N3') ms, Get-RunaiContext $(Format-Number (Get-Median $mixed.noRequest) 'N3') ms" `
            -RestMethod "bare HttpClient GET from the script $(Format-Number (Get-Median $mixed.httpClient) 'N3') ms"
        # What the module adds above PowerShell's own cost of calling a cmdlet: the part a module can change.
        $own = "PowerShell's own cost of a compiled cmdlet call in this loop is $(Format-Number $pwshMs 'N3') ms ($(Format-Number ($pwshMs / $floorMs) 'N1')× the floor) before any request; above it the module adds"
        $projectAdds = (Get-Median $runs.project) - $pwshMs
        # Context switches per call say whether a layer adds a hand-off between threads (voluntary: a thread blocked)
        # or more competition for the processors (involuntary: preempted, or yielding while spinning).
        $switchNote = {
            if (-not $switches.project.voluntary) { return '' }
            $per = { param($tool) "$(Format-Number (Get-Median $switches[$tool].voluntary) 'N1') voluntary and $(Format-Number (Get-Median $switches[$tool].involuntary) 'N0') involuntary" }
            ". Context switches per call in the pwsh process: bare HttpClient $(& $per 'http'), client $(& $per 'client'), cmdlet $(& $per 'project')"
        }
        $apiAdds = (Get-Median $runs.api) - $pwshMs
        Add-Target 'Get-RunaiProject -Id at most 2.5× the floor' (Get-Median $ratios.project) 2.5 AtMost '×' "$($requests.project) request(s) per call; $own $(Format-Number $projectAdds 'N3') ms ($(Format-Number ($projectAdds / $floorMs) 'N1')× the floor). From the script, the module's client makes the same call in $(Format-Number $clientMs 'N3') ms against $(Format-Number $httpMs 'N3') ms for a bare HttpClient GET: the client adds $(Format-Number ($clientMs - $httpMs) 'N3') ms, the cmdlet around it $(Format-Number ((Get-Median $runs.project) - $clientMs) 'N3') ms$(& $switchNote). $mixedNote. The floor itself, with each call waited for on a blocking thread as a cmdlet must (PowerShell takes output only on its pipeline thread), takes $(Format-Number (Get-Median $runs.floorBlocking) 'N3') ms"
        Add-Target 'Invoke-RunaiApi at most 2× the floor' (Get-Median $ratios.api) 2 AtMost '×' "$own $(Format-Number $apiAdds 'N3') ms ($(Format-Number ($apiAdds / $floorMs) 'N1')× the floor), of which turning the JSON into PSCustomObjects is what it costs beyond Get-RunaiProject ($(Format-Number ((Get-Median $runs.api) - (Get-Median $runs.project)) 'N3') ms); a bare HttpClient GET awaited from the script, with no module, already takes $(Format-Number $httpMs 'N3') ms ($(Format-Number (Get-Median $ratios.http) 'N1')× the floor). $mixedNote"
    }

    if ('List' -in $Case) {
        Write-Host "== Listing $Workloads workloads in pages of $PageSize, $Rounds rounds"
        $runs = @{ floor = @(); irm = @(); module = @() }
        $first = @{ floor = @(); irm = @(); module = @() }
        $rss = @{ floor = @(); irm = @(); module = @() }
        $rssBefore = @{ irm = @(); module = @() }
        $rssStart = @{ irm = @(); module = @() }
        $lean = @{ peak = @(); start = @() }   # the same listing from bench/ListPeak.ps1, a script of a few lines
        $gen0Budget = @{ irm = @(); module = @() }
        $pagesAtFirst = @{ irm = 0; module = 0 }
        $ratios = @{ module = @(); irm = @(); speedup = @() }
        for ($r = 0; $r -lt $Rounds; $r++) {
            $round = @{}
            foreach ($tool in Get-Rotation $r @('floor', 'irm', 'module')) {
                switch ($tool) {
                    'floor' {
                        $round.floor = Invoke-Floor list @('--page-size', "$PageSize")
                        $first.floor += $round.floor.firstObjectMs
                    }
                    'irm' {
                        $round.irm = Invoke-PwshCase RestMethod list @{ PageSize = $PageSize }
                        $f = Invoke-PwshCase RestMethod first @{ PageSize = $PageSize }
                        $first.irm += $f.firstObjectMs
                        $pagesAtFirst.irm = [Math]::Max($pagesAtFirst.irm, $f.pagesRequestedAtFirstObject)
                    }
                    'module' {
                        $round.module = Invoke-PwshCase Module list
                        $round.lean = Invoke-PwshFile $ListPeakScript 'ListPeak.ps1'
                        if ($round.lean.objects -ne $Workloads) { throw "ListPeak.ps1 listed $($round.lean.objects) of $Workloads workloads." }
                        $lean.peak += $round.lean.peakRssMiB
                        $lean.start += $round.lean.rssStartMiB
                        $f = Invoke-PwshCase Module first
                        $first.module += $f.firstObjectMs
                        $pagesAtFirst.module = [Math]::Max($pagesAtFirst.module, $f.pagesRequestedAtFirstObject)
                    }
                }
            }
            foreach ($tool in @($round.Keys | Where-Object { $_ -ne 'lean' })) {
                if ($round[$tool].objects -ne $Workloads) { throw "$tool listed $($round[$tool].objects) of $Workloads workloads." }
                $runs[$tool] += $round[$tool].seconds
                $rss[$tool] += $round[$tool].peakRssMiB
                if ($tool -ne 'floor') {
                    $rssBefore[$tool] += $round[$tool].rssBeforeMiB
                    $rssStart[$tool] += $round[$tool].rssStartMiB
                    $gen0Budget[$tool] += $round[$tool].allocatedMiB / [Math]::Max(1, $round[$tool].gen0Collections)
                }
            }
            $ratios.module += $round.module.seconds / $round.floor.seconds
            $ratios.irm += $round.irm.seconds / $round.floor.seconds
            $ratios.speedup += $round.irm.seconds / $round.module.seconds
            $RoundLog.Add("List round $($r + 1): floor $(Format-Number $round.floor.seconds) s, Invoke-RestMethod loop $(Format-Number $round.irm.seconds) s, Get-RunaiWorkload $(Format-Number $round.module.seconds) s; " +
                "Get-RunaiWorkload's pwsh: $(Format-Number $round.module.rssStartMiB 'N1') MiB at start, $(Format-Number $round.module.rssBeforeMiB 'N1') before the listing, $(Format-Number $round.module.peakRssMiB 'N1') peak; " +
                "the listing allocated $(Format-Number $round.module.allocatedMiB 'N0') MiB in $($round.module.gen0Collections) gen0 collections; " +
                "from ListPeak.ps1: $(Format-Number $round.lean.rssStartMiB 'N1') MiB at start, $(Format-Number $round.lean.peakRssMiB 'N1') peak")
            Write-Host "   $($RoundLog[-1])"
        }
        $cell = {
            param($tool, $ratio)
            $seconds = Get-Median $runs[$tool]
            $text = "$(Format-Number $seconds) s, $(Format-Number ($Workloads / $seconds) 'N0') objects/s, first object $(Format-Number (Get-Median $first[$tool]) 'N0') ms, $(Format-Number (Get-Median $rss[$tool]) 'N0') MiB peak"
            if ($ratio) { $text += " ($(Format-Number (Get-Median $ratio) 'N1')× floor)" }
            $text
        }
        Add-Row -Work "$(Format-Number $Workloads 'N0') workloads piped to ``Measure-Object``" `
            -Runai ((& $cell 'module' $ratios.module) + "; $(Format-Number (Get-Median $ratios.speedup) 'N2')× the Invoke-RestMethod loop's speed") `
            -RestMethod (& $cell 'irm' $ratios.irm) `
            -Floor ((& $cell 'floor' $null) + ' (cold process)')
        Add-Target "$(Format-Number $Workloads 'N0') workloads at most 2× the floor's cold listing" (Get-Median $ratios.module) 2 AtMost '×'
        Add-Target 'at least 4× faster than the Invoke-RestMethod loop' (Get-Median $ratios.speedup) 4 AtLeast '×' 'speed of the module ÷ speed of the loop, within each round'
        Add-Target 'first object after the first page' $pagesAtFirst.module 2 AtMost ' page(s)' "pages the server had been asked for when the first object reached the pipeline (2 allows a prefetched next page); median time $(Format-Number (Get-Median $first.module) 'N0') ms vs the floor's $(Format-Number (Get-Median $first.floor) 'N0') ms"
        $spread = { param($values) "$(Format-Number ($values | Measure-Object -Minimum).Minimum 'N1')-$(Format-Number ($values | Measure-Object -Maximum).Maximum 'N1')" }
        Add-Target 'peak RSS at most 150 MiB' (Get-Median $rss.module) 150 AtMost ' MiB' ("VmHWM of the pwsh process after the listing (rounds: $(& $spread $rss.module) MiB). " +
            "pwsh itself had reached $(Format-Number (Get-Median $rssStart.module) 'N1') MiB before the module was imported; imported and connected, $(Format-Number (Get-Median $rssBefore.module) 'N1') MiB (rounds: $(& $spread $rssBefore.module) MiB, with the same allocations in each) before the first request " +
            "(Invoke-RestMethod's pwsh: $(Format-Number (Get-Median $rssStart.irm) 'N1') MiB at start, $(Format-Number (Get-Median $rssBefore.irm) 'N1') MiB with its token), so the listing itself adds $(Format-Number ((Get-Median $rss.module) - (Get-Median $rssBefore.module)) 'N1') MiB. " +
            "The runtime collected gen0 every $(Format-Number (Get-Median $gen0Budget.module) 'N1') MiB allocated (its gen0 budget on this machine; Invoke-RestMethod's loop: $(Format-Number (Get-Median $gen0Budget.irm) 'N1') MiB): that much garbage is resident before each collection, however little each object allocates. " +
            "The same listing from bench/ListPeak.ps1, a script of a few lines (without BenchCase.ps1's own parsing), peaks at $(Format-Number (Get-Median $lean.peak) 'N1') MiB (rounds: $(& $spread $lean.peak) MiB; pwsh at its start $(& $spread $lean.start) MiB); the verdict keeps BenchCase.ps1's figure")
    }

    if ('Import' -in $Case) {
        Write-Host "== Import-Module added to pwsh -NoProfile: $ImportRounds rounds of a bare start, one importing Runai and one importing the reference module"
        $bare = @(); $with = @(); $inProcess = @(); $added = @()
        $importCommand = "Import-Module '$($ModulePath.Replace("'", "''"))'"
        $timedCommand = "`$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$($ModulePath.Replace("'", "''"))'; 'RESULT {""ms"":' + `$w.Elapsed.TotalMilliseconds.ToString([cultureinfo]::InvariantCulture) + '}'"
        $startOnce = {
            # Wall time of one pwsh start, and the CPU time (user + system, all threads) the process reports as its
            # last act: CPU time moves less when the machine is busy, since waiting for a core is not counted.
            param([string]$Command)
            $Command += '; [Diagnostics.Process]::GetCurrentProcess().TotalProcessorTime.TotalMilliseconds.ToString([cultureinfo]::InvariantCulture)'
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $output = & $PwshExe @PwshPrefix -NoProfile -NonInteractive -Command $Command
            $wall = $watch.Elapsed.TotalMilliseconds
            if ($LASTEXITCODE -ne 0) { throw "pwsh -Command '$Command' exited with $LASTEXITCODE." }
            [pscustomobject]@{ Wall = $wall; Cpu = [double]::Parse(@($output)[-1], $Invariant) }
        }
        $null = & $startOnce '$null'   # the first start of a run pays for cold file caches
        # The same module without its views (format and types files), to say what the views cost of the import.
        $viewless = [IO.Path]::Combine($WorkDir, 'viewless', 'Runai')
        if (Test-Path $viewless) { Remove-Item $viewless -Recurse -Force }
        $null = New-Item -ItemType Directory -Path ([IO.Path]::GetDirectoryName($viewless)) -Force
        Copy-Item ([IO.Path]::GetDirectoryName($ModulePath)) $viewless -Recurse
        $viewlessManifest = [IO.Path]::Combine($viewless, [IO.Path]::GetFileName($ModulePath))
        $manifestText = [IO.File]::ReadAllText($viewlessManifest) -replace '(?s)(FormatsToProcess|TypesToProcess)\s*=\s*@\(.*?\)', '$1 = @()'
        [IO.File]::WriteAllText($viewlessManifest, $manifestText)
        $timedViewless = $timedCommand.Replace($ModulePath.Replace("'", "''"), $viewlessManifest.Replace("'", "''"))
        $viewlessInProcess = @()
        $cpuAdded = @()
        # What PowerShell itself costs: bench/Runai.Bench.ReferenceModule, one cmdlet, imported bare and with one
        # format view and one types entry (the fixed cost of any module's views).
        $reference = @{}
        foreach ($variant in 'bare', 'viewed') {
            $dir = [IO.Path]::Combine($WorkDir, 'reference', $variant)
            $null = New-Item -ItemType Directory -Path $dir -Force
            Copy-Item ([IO.Path]::Combine($ReferenceDir, 'Runai.Bench.ReferenceModule.dll')) $dir
            $views = ''
            if ($variant -eq 'viewed') {
                Copy-Item ([IO.Path]::Combine($ReferenceDir, '*.ps1xml')) $dir
                $views = "; FormatsToProcess = @('Reference.Format.ps1xml'); TypesToProcess = @('Reference.Types.ps1xml')"
            }
            $manifest = [IO.Path]::Combine($dir, 'RunaiBenchReference.psd1')
            [IO.File]::WriteAllText($manifest, "@{ RootModule = 'Runai.Bench.ReferenceModule.dll'; ModuleVersion = '1.0.0'; GUID = '0b7a1f38-5c2e-4d7b-9a0e-3f1c2d4e5f60'; CmdletsToExport = @('Get-BenchReference'); FunctionsToExport = @(); AliasesToExport = @(); VariablesToExport = @()$views }")
            $reference[$variant] = @{ Manifest = $manifest; Command = $timedCommand.Replace($ModulePath.Replace("'", "''"), $manifest.Replace("'", "''")); InProcess = @() }
        }
        # The reference module with its view is also started the same way beside each bare start: what importing any
        # binary module with a view adds to the start, in the target's own unit.
        $referenceImport = "Import-Module '$($reference.viewed.Manifest.Replace("'", "''"))'"
        $referenceAdded = @()
        for ($r = 0; $r -lt $ImportRounds; $r++) {
            # The order rotates, so no start always follows another.
            switch ($r % 3) {
                0 { $b = & $startOnce '$null'; $w = & $startOnce $importCommand; $v = & $startOnce $referenceImport }
                1 { $w = & $startOnce $importCommand; $v = & $startOnce $referenceImport; $b = & $startOnce '$null' }
                2 { $v = & $startOnce $referenceImport; $b = & $startOnce '$null'; $w = & $startOnce $importCommand }
            }
            $bare += $b.Wall; $with += $w.Wall; $added += $w.Wall - $b.Wall; $cpuAdded += $w.Cpu - $b.Cpu
            $referenceAdded += $v.Wall - $b.Wall
            foreach ($variant in 'bare', 'viewed') {
                $reference[$variant].InProcess += (Read-Result (& $PwshExe @PwshPrefix -NoProfile -NonInteractive -Command $reference[$variant].Command 2>&1) "timed import of the $variant reference module").ms
            }
            $inProcess += (Read-Result (& $PwshExe @PwshPrefix -NoProfile -NonInteractive -Command $timedCommand 2>&1) 'timed import').ms
            $viewlessInProcess += (Read-Result (& $PwshExe @PwshPrefix -NoProfile -NonInteractive -Command $timedViewless 2>&1) 'timed import without views').ms
        }
        $viewsMs = (Get-Median $inProcess) - (Get-Median $viewlessInProcess)
        $RoundLog.Add("Import: CPU added $((($cpuAdded | ForEach-Object { Format-Number $_ 'N0' }) -join ', ')) ms; bare starts $((($bare | ForEach-Object { Format-Number $_ 'N0' }) -join ', ')) ms; with Import-Module $((($with | ForEach-Object { Format-Number $_ 'N0' }) -join ', ')) ms; Import-Module alone $((($inProcess | ForEach-Object { Format-Number $_ 'N0' }) -join ', ')) ms; without the views $((($viewlessInProcess | ForEach-Object { Format-Number $_ 'N0' }) -join ', ')) ms")
        Write-Host "   $($RoundLog[-1])"
        Add-Row -Work '`Import-Module Runai` added to `pwsh -NoProfile` start' `
            -Runai "+$(Format-Number (Get-Median $added) 'N0') ms wall (median of paired differences; starts $(Format-Number (Get-Median $bare) 'N0') ms bare, $(Format-Number (Get-Median $with) 'N0') ms with the import); +$(Format-Number (Get-Median $cpuAdded) 'N0') ms CPU; Import-Module alone, timed inside pwsh: $(Format-Number (Get-Median $inProcess) 'N0') ms (min $(Format-Number ($inProcess | Measure-Object -Minimum).Minimum 'N0') ms)"
        $referenceBare = Get-Median $reference.bare.InProcess
        $referenceViewed = Get-Median $reference.viewed.InProcess
        $RoundLog.Add("Import-Module of the one-cmdlet reference module, timed inside pwsh: $((($reference.bare.InProcess | ForEach-Object { Format-Number $_ 'N0' }) -join ', ')) ms; with one view and one type: $((($reference.viewed.InProcess | ForEach-Object { Format-Number $_ 'N0' }) -join ', ')) ms; added to the bare start beside it (wall, with the view): $((($referenceAdded | ForEach-Object { Format-Number $_ 'N0' }) -join ', ')) ms")
        Add-Row -Work 'A one-cmdlet binary module (`bench/Runai.Bench.ReferenceModule`), `Import-Module` timed inside pwsh as above: what PowerShell itself costs' `
            -Runai "$(Format-Number $referenceBare 'N0') ms without views; $(Format-Number $referenceViewed 'N0') ms with one format view and one types entry (Runai: $(Format-Number (Get-Median $inProcess) 'N0') ms). Added to the bare start, with its view: +$(Format-Number (Get-Median $referenceAdded) 'N0') ms wall (Runai: +$(Format-Number (Get-Median $added) 'N0') ms)"
        # The reference module does strictly less than Runai (timed inside pwsh it imported faster in every run), so in pairs
        # where it adds as much wall time or more, the starts varied by more than either import costs.
        $undecided = if ((Get-Median $referenceAdded) -ge (Get-Median $added)) {
            "the one-cmdlet reference module, which does strictly less, added $(Format-Number (Get-Median $referenceAdded) 'N0') ms in the same pairs against Runai's $(Format-Number (Get-Median $added) 'N0') ms, so these starts varied by more than either import costs"
        } else { '' }
        Add-Target 'Import-Module adds at most 100 ms to pwsh -NoProfile' (Get-Median $added) 100 AtMost ' ms' "wall time, median of paired differences; CPU time added $(Format-Number (Get-Median $cpuAdded) 'N0') ms; timed inside pwsh $(Format-Number (Get-Median $inProcess) 'N0') ms (min $(Format-Number ($inProcess | Measure-Object -Minimum).Minimum 'N0') ms), of which the views (format and types files) take $(Format-Number $viewsMs 'N0') ms: the same module without them imports in $(Format-Number (Get-Median $viewlessInProcess) 'N0') ms. Importing a binary module of one cmdlet takes $(Format-Number $referenceBare 'N0') ms timed the same way, $(Format-Number $referenceViewed 'N0') ms with one view and one type, and with its view adds $(Format-Number (Get-Median $referenceAdded) 'N0') ms to the bare start in the same pairs (Runai $(Format-Number ((Get-Median $added) - (Get-Median $referenceAdded)) 'N0') ms more); $(Get-PowerShellCompilation)" -Undecided $undecided
    }

    if ('Create' -in $Case) {
        Write-Host "== $Creates project creates from a CSV after a warm-up of at least $CreateWarmup and $WarmupSeconds s (then until the JIT is quiet, at most $MaxWarmupSeconds s), $Rounds rounds"
        $csv = [IO.Path]::Combine($WorkDir, 'projects.csv')
        [IO.File]::WriteAllLines($csv, @('Name,GpuQuota') + @(0..($Creates - 1) | ForEach-Object { 'bench-{0:D5},1' -f $_ }))
        # Each run first creates other projects, untimed, the same way (sequential or throttled; the floor too).
        $warmCsv = [IO.Path]::Combine($WorkDir, 'projects-warm-up.csv')
        [IO.File]::WriteAllLines($warmCsv, @('Name,GpuQuota') + @(0..($CreateWarmup - 1) | ForEach-Object { 'warm-up-{0:D5},1' -f $_ }))
        $probe = & $PwshExe @PwshPrefix -NoProfile -NonInteractive -Command "Import-Module '$ModulePath'; 'RESULT ' + (@{ has = [bool](Get-Command New-RunaiProject).Parameters['ThrottleLimit'] } | ConvertTo-Json -Compress)" 2>&1
        $hasThrottle = (Read-Result $probe 'ThrottleLimit probe').has
        if (-not $hasThrottle) { $Notes.Add("New-RunaiProject has no -ThrottleLimit parameter yet: the -ThrottleLimit $Parallel case was skipped.") }
        $runs = @{ seq = @(); throttled = @(); floor = @(); floorParallel = @() }
        $ratios = @{ throttled = @(); floorParallel = @(); seq = @() }
        $errors = 0; $tokens = @()
        for ($r = 0; $r -lt $Rounds; $r++) {
            $round = @{}
            $tools = @('seq', 'floor', 'floorParallel') + @(if ($hasThrottle) { 'throttled' })
            foreach ($tool in Get-Rotation $r $tools) {
                $round[$tool] = switch ($tool) {
                    'seq' { Invoke-PwshCase Module create @{ CsvPath = $csv; WarmupCsvPath = $warmCsv; WarmupSeconds = $WarmupSeconds; MaxWarmupSeconds = $MaxWarmupSeconds } }
                    'throttled' { Invoke-PwshCase Module create @{ CsvPath = $csv; WarmupCsvPath = $warmCsv; WarmupSeconds = $WarmupSeconds; MaxWarmupSeconds = $MaxWarmupSeconds; ThrottleLimit = $Parallel } }
                    'floor' { Invoke-Floor create @('--count', "$Creates", '--warmup-count', "$CreateWarmup", '--warmup-seconds', "$WarmupSeconds", '--max-warmup-seconds', "$MaxWarmupSeconds", '--parallel', '1') }
                    'floorParallel' { Invoke-Floor create @('--count', "$Creates", '--warmup-count', "$CreateWarmup", '--warmup-seconds', "$WarmupSeconds", '--max-warmup-seconds', "$MaxWarmupSeconds", '--parallel', "$Parallel") }
                }
            }
            foreach ($tool in $round.Keys) { $runs[$tool] += $round[$tool].seconds; $errors += $round[$tool].errors }
            foreach ($tool in @($round.Keys | Where-Object { $_ -in 'seq', 'throttled' })) {
                if ($round[$tool].created -ne $Creates) { $Notes.Add("Round $($r + 1), $tool created $($round[$tool].created) of $Creates projects.") }
                $tokens += $round[$tool].tokenRequests
            }
            $ratios.seq += $round.seq.seconds / $round.floor.seconds
            $ratios.floorParallel += $round.floor.seconds / $round.floorParallel.seconds
            if ($hasThrottle) { $ratios.throttled += $round.seq.seconds / $round.throttled.seconds }
            $RoundLog.Add("Create round $($r + 1): " + (($round.Keys | Sort-Object | ForEach-Object { "$_ $(Format-Number $round[$_].seconds) s" }) -join ', '))
            Write-Host "   $($RoundLog[-1])"
        }
        $seqSeconds = Get-Median $runs.seq
        Add-Row -Work "$(Format-Number $Creates 'N0') ``New-RunaiProject`` from a piped CSV" `
            -Runai ("sequential $(Format-Number $seqSeconds) s ($(Format-Number (1000 * $seqSeconds / $Creates)) ms each, $(Format-Number (Get-Median $ratios.seq) 'N1')× floor); " +
                    $(if ($hasThrottle) { "-ThrottleLimit ${Parallel}: $(Format-Number (Get-Median $runs.throttled)) s, $(Format-Number (Get-Median $ratios.throttled))× sequential" } else { "-ThrottleLimit $Parallel`: skipped (no such parameter yet)" }) +
                    "; $errors error(s); tokens per run: $((($tokens | Sort-Object -Unique) -join ', '))") `
            -Floor "sequential $(Format-Number (Get-Median $runs.floor)) s; $Parallel concurrent callers $(Format-Number (Get-Median $runs.floorParallel)) s ($(Format-Number (Get-Median $ratios.floorParallel))× sequential)"
        function Get-ThrottleBound {
            # Whether this machine allowed the target: the floor's own concurrent callers against the same server.
            $floorRatio = Get-Median $ratios.floorParallel
            $reach = "the floor's $Parallel concurrent callers reach $(Format-Number $floorRatio)× its sequential run against the same server on $([Environment]::ProcessorCount) cores"
            if ($floorRatio -lt 3) { return "the bound on this machine: $reach" }
            $perProject = 1e6 * (Get-Median $runs.throttled) / $Creates
            $perFloorCreate = 1e6 * (Get-Median $runs.floorParallel) / $Creates
            "in this run $reach, so the machine allowed the target; throttled, the module took $(Format-Number $perProject 'N0') µs per project (which includes reading, binding, confirming and writing each CSV row on the pipeline thread), against $(Format-Number $perFloorCreate 'N0') µs per create for the floor's callers"
        }
        if ($hasThrottle) { Add-Target "$Creates creates with -ThrottleLimit $Parallel at least 3× faster than sequential" (Get-Median $ratios.throttled) 3 AtLeast '×' "$errors error(s), tokens per run $((($tokens | Sort-Object -Unique) -join ', ')); $(Get-ThrottleBound)" }
        else { $Targets.Add([pscustomobject]@{ Target = "$Creates creates with -ThrottleLimit $Parallel at least 3× faster than sequential"; Measured = 'not measurable'; Verdict = 'missed: New-RunaiProject has no -ThrottleLimit yet'; Note = "the floor's $Parallel concurrent callers reach $(Format-Number (Get-Median $ratios.floorParallel))× sequential on this machine and server" }) }
    }
}
finally {
    if ($Server -and -not $Server.Process.HasExited) { $Server.Process.Kill(); $Server.Process.WaitForExit(5000) | Out-Null }
}

$DotnetTables = @()
if ('Dotnet' -in $Case) {
    Write-Host "== BenchmarkDotNet ($(if ($Quick) { 'dry' } else { 'short' }) job), filter $BenchFilter"
    $artifacts = [IO.Path]::Combine($WorkDir, 'BenchmarkDotNet')
    if (Test-Path $artifacts) { Remove-Item -Recurse -Force $artifacts }
    # Shown on the host and kept in a log even when the caller captures this script's output (build.ps1 does).
    $log = [IO.Path]::Combine($WorkDir, 'BenchmarkDotNet.log')
    # Started through ProcessStartInfo: pwsh on Unix expands a filter such as '*' against the files of the current
    # folder when it is passed to a native command.
    $info = [Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($a in @('run', '-c', $Configuration, '--project', [IO.Path]::Combine($BenchDir, 'Runai.Bench'), '--', '--filter', $BenchFilter,
            '--job', $(if ($Quick) { 'dry' } else { 'short' }), '--exporters', 'github', '--artifacts', $artifacts)) { $info.ArgumentList.Add($a) }
    $info.UseShellExecute = $false
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $process = [Diagnostics.Process]::Start($info)
    $errors = $process.StandardError.ReadToEndAsync()
    $writer = [IO.StreamWriter]::new($log)
    try {
        while ($null -ne ($line = $process.StandardOutput.ReadLine())) { $writer.WriteLine($line); Write-Host $line }
        $process.WaitForExit()
        $writer.Write($errors.GetAwaiter().GetResult())
    }
    finally { $writer.Dispose() }
    $exit = $process.ExitCode
    $resultsDir = [IO.Path]::Combine($artifacts, 'results')
    if ($exit -ne 0 -or -not (Test-Path $resultsDir)) {
        $Notes.Add("BenchmarkDotNet produced no results (exit code $exit); its output is in out/bench/BenchmarkDotNet.log.")
        Write-Warning $Notes[-1]
    }
    foreach ($report in @(if (Test-Path $resultsDir) { Get-ChildItem $resultsDir -Filter '*-report-github.md' | Sort-Object Name })) {
        $name = $report.BaseName -replace '-report-github$', '' -replace '^Runai\.Bench\.', ''
        $table = @(Get-Content $report.FullName | Where-Object { $_.StartsWith('|') })
        $DotnetTables += , @("### $name", '', $table, '')
    }
}
$LoadAfter = (Get-Content /proc/loadavg -ErrorAction SilentlyContinue) -replace '^(\S+ \S+ \S+).*', '$1'

# --- RESULTS.md ---
$memory = if (Test-Path /proc/meminfo) { '{0:N1} GiB' -f ([double]((Get-Content /proc/meminfo -TotalCount 1) -replace '\D', '') / 1MB) } else { 'unknown' }
$cpu = if (Test-Path /proc/cpuinfo) { ((Get-Content /proc/cpuinfo | Where-Object { $_ -like 'model name*' } | Select-Object -First 1) -replace '^.*:\s*', '') } else { 'unknown' }
$commit = (& git -C $RepoRoot rev-parse --short HEAD 2>$null)
$dirty = if (& git -C $RepoRoot status --porcelain -- src Runai.psd1 2>$null) { ' (with uncommitted changes)' } else { '' }
$lines = [System.Collections.Generic.List[string]]::new()
$lines.Add('# Runai benchmark results')
$lines.Add('')
$lines.Add("Written by ``bench/Invoke-Benchmarks.ps1$(if ($Quick) { ' -Quick' })`` (re-measure with ``dotnet pwsh ./build.ps1 Bench`` or ``dotnet pwsh ./bench/Invoke-Benchmarks.ps1``). Issue 8 defines the cases and targets.")
$lines.Add('')
$lines.Add("- Date: $([DateTime]::UtcNow.ToString('yyyy-MM-dd HH:mm', $Invariant)) UTC; suite took $(Format-Number $SuiteWatch.Elapsed.TotalMinutes 'N1') min")
$lines.Add("- Machine: $([Environment]::ProcessorCount) cores ($cpu), $memory memory, $([Runtime.InteropServices.RuntimeInformation]::OSDescription); load average $LoadBefore at the start, $LoadAfter at the end")
$lines.Add("- Versions: dotnet SDK $(& dotnet --version), runtime $([Environment]::Version), pwsh $($PSVersionTable.PSVersion), Runai $((Import-PowerShellDataFile $ModulePath).ModuleVersion) at $commit$dirty")
$lines.Add("- Settings: $Rounds rounds; $Calls calls after a warm-up of at least $Calls calls and $WarmupSeconds s; $(Format-Number $Workloads 'N0') workloads in pages of $PageSize; $(Format-Number $Creates 'N0') creates after at least $(Format-Number $CreateWarmup 'N0') untimed and $WarmupSeconds s; every warm-up then until the JIT is quiet, at most $MaxWarmupSeconds s; $ImportRounds import pairs")
$lines.Add("- Server: bench/Runai.Bench.Server (pre-rendered contract-shaped JSON on 127.0.0.1). Alone: $ServerLine.")
$lines.Add('')
$lines.Add('**Read the ratios, not the absolute times.** The machine is shared (2 cores, other engineers building and testing at the same time), so absolute timings move a lot from run to run; every tool runs once in each round, in a fresh process, close together in time, and each ratio is taken within a round before the median is taken over the rounds.')
$lines.Add('')
$lines.Add('## Figures')
$lines.Add('')
$lines.Add('| Work | Runai | Invoke-RestMethod | C# HttpClient + System.Text.Json (floor) |')
$lines.Add('|---|---|---|---|')
foreach ($row in $Rows) { $lines.Add("| $($row.Work) | $($row.Runai) | $($row.RestMethod) | $($row.Floor) |") }
$lines.Add('')
$lines.Add('## Targets of issue 8')
$lines.Add('')
$lines.Add('| Target | Measured | Verdict | Note |')
$lines.Add('|---|---|---|---|')
foreach ($t in $Targets) { $lines.Add("| $($t.Target) | $($t.Measured) | $($t.Verdict) | $($t.Note) |") }
foreach ($group in @($WarmUps | Group-Object { if ($_.What -match 'create') { 'creates' } else { 'single calls' } })) {
    $seconds = @($group.Group.Seconds | Sort-Object)
    $loud = @($group.Group | Where-Object { -not $_.Quiet })
    $Notes.Add("Warm-ups of the $($group.Name): $(Format-Number $seconds[0] 'N1')-$(Format-Number $seconds[-1] 'N1') s (median $(Format-Number (Get-Median $seconds) 'N1') s); " +
        $(if ($loud.Count) { "$($loud.Count) of $($group.Count) stopped at $MaxWarmupSeconds s with the JIT still compiling ($((@($loud.What | Sort-Object -Unique)) -join ', '))" } else { "the JIT was quiet after every one of the $($group.Count)" }))
}
if ($Notes.Count) { $lines.Add(''); foreach ($n in $Notes) { $lines.Add("- $n") } }
$lines.Add('')
$lines.Add('## Rounds')
$lines.Add('')
foreach ($l in $RoundLog) { $lines.Add("- $l") }
if ($DotnetTables.Count) {
    $lines.Add('')
    $lines.Add("## BenchmarkDotNet: the client's hot paths ($(if ($Quick) { 'dry' } else { 'short' }) job)")
    $lines.Add('')
    foreach ($t in $DotnetTables) { foreach ($l in $t) { foreach ($x in @($l)) { $lines.Add($x) } } }
}
$lines.Add('')
$lines.Add('## How each figure is taken')
$lines.Add('')
$lines.Add('- Every measurement runs in a fresh process: `pwsh -NoProfile -File bench/BenchCase.ps1` for the module and for Invoke-RestMethod, `bench/Runai.Bench.Floor` for the floor. Import, connect and the token request are outside the timed part.')
$lines.Add("- Single calls: the same call in a loop, warmed up for at least $Calls calls and $WarmupSeconds s and then until the JIT is quiet (under 10 ms of compiling in a second; at most $MaxWarmupSeconds s in all), then $Calls timed; requests per call counted by the server. Every tool gets the same warm-up, so each is timed in its steady state: after 2,000 calls (about a second) the JIT is still tiering up, and even PowerShell's own cost of calling a cmdlet is several times its steady value then.")
$lines.Add('  Invoke-RestMethod and the floor send `GET /api/v1/org-unit/projects/7`; the floor parses it into a typed object. Three points between them locate the module''s cost: `Get-RunaiContext` (a compiled cmdlet that sends nothing), a bare HttpClient GET awaited from the script, and Runai.Client''s own `Projects().GetAsync` awaited from the script, each in the same kind of loop.')
$lines.Add('- Listing: `Get-RunaiWorkload | Measure-Object` vs an `Invoke-RestMethod` offset/limit loop piped to `Measure-Object` vs the floor parsing typed pages from the response stream, each cold. Peak RSS is VmHWM of that process; the pwsh cases also record VmHWM at the start of the script and before the first request, and the bytes the listing allocated over its gen0 collections (the gen0 budget). Time to the first object is a separate fresh process (`| Select-Object -First 1`), which also asks the server how many pages it had served by then.')
$lines.Add('- Import: wall time of `pwsh -NoProfile -Command <report own CPU time>` with and without `Import-Module <out/Runai/Runai.psd1>` first, in alternating pairs; the figure is the median of the paired differences. CPU time is what each process reports as it ends. ''Timed inside pwsh'' is a Stopwatch around `Import-Module` as the first command of a fresh pwsh.')
$lines.Add("- Creates: ``Import-Csv | New-RunaiProject`` (the lookups the cmdlet makes included); the floor POSTs the same creates sequentially and from $Parallel concurrent callers on one HttpClient. Each run first makes $CreateWarmup other creates the same way, untimed, and repeats them until at least $WarmupSeconds s have passed and the JIT is quiet, for the same reason as the single calls' warm-up: in this loop PowerShell and the JIT compile for 12-16 s, at 20-80% of a core, and a timed run during that shares 2 cores with the compiler.")
[IO.File]::WriteAllLines($ResultsPath, $lines)
Write-Host "== Wrote $ResultsPath in $(Format-Number $SuiteWatch.Elapsed.TotalMinutes 'N1') min"
