# What build.ps1 Package writes, used as users would: the emulator tool installed with `dotnet tool install` and run by
# Start-RunaiEmulator; the module package found by command and installed from a file-system repository, in a fresh
# pwsh whose PSResourceGet settings live in a temporary folder, so the user's repositories stay as they were.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    Import-Module (Join-Path $script:RepoRoot 'tools/RunaiDevHarness.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    $script:Version = Get-RunaiDevProjectVersion
    $script:Strictness = if (Test-RunaiEmulatorStrict) { @{} } else { @{ Lenient = $true } }

    # The package build.ps1 Package left in out/ when it is newer than what it packs; else one made here.
    function Get-PackageFor([string]$Name, [string]$Newer, [scriptblock]$Make) {
        $built = Join-Path $script:RepoRoot "out/$Name.$script:Version.nupkg"
        if ((Test-Path $built) -and (Get-Item $built).LastWriteTimeUtc -ge (Get-Item $Newer).LastWriteTimeUtc) { return $built }
        & $Make (Join-Path $TestDrive "packages-$Name")
    }
}

Describe 'The emulator tool package (Runai.Emulator)' -Tag Package {
    BeforeAll {
        $script:CannotPack = $null
        try {
            $script:ToolPackage = Get-PackageFor 'Runai.Emulator' $env:RUNAI_EMULATOR_DLL { param($to) New-RunaiDevEmulatorPackage -DestinationPath $to 6>$null | Select-Object -Last 1 }
        }
        catch {
            $script:CannotPack = $_.Exception.Message
        }
    }

    AfterEach {
        Runai\Stop-RunaiEmulator
    }

    It 'installs with dotnet tool install, and Start-RunaiEmulator runs the installed tool from its folder and from PATH' {
        if ($script:CannotPack) { Set-ItResult -Skipped -Because "dotnet pack could not run: $script:CannotPack"; return }
        $tools = Join-Path $TestDrive 'tools'
        # A private package cache, so an older Runai.Emulator of the same version in the user's cache is not used.
        $cache = $env:NUGET_PACKAGES
        $env:NUGET_PACKAGES = Join-Path $TestDrive 'nuget'
        try {
            $installed = & dotnet tool install --tool-path $tools --add-source (Split-Path $script:ToolPackage) --ignore-failed-sources Runai.Emulator --version $script:Version 2>&1
            $LASTEXITCODE | Should -Be 0 -Because "dotnet tool install said: $installed"
        }
        finally {
            $env:NUGET_PACKAGES = $cache
        }

        $emulator = Start-RunaiEmulator -Path $tools -PassThru @script:Strictness
        $emulator.CommandLine | Should -BeLike "$(Join-Path $tools 'runai-emulator')*"
        (Get-RunaiContext).BaseUrl | Should -Be $emulator.Url
        Get-RunaiProject | Out-Null
        (Runai\Get-RunaiEmulatorRequest -Method GET -Path '/api/v1/org-unit/projects*').Status | Should -Be 200
        (Runai\Get-RunaiEmulatorRequest -Method POST -Path '/api/v1/token').Status | Should -Contain 200
        $emulator | Stop-RunaiEmulator
        $emulator.HasExited | Should -BeTrue

        $path = $env:PATH
        $env:PATH = $tools + [IO.Path]::PathSeparator + $env:PATH
        try {
            $onPath = Start-RunaiEmulator -NoConnect -PassThru @script:Strictness
            $onPath.CommandLine | Should -BeLike "$(Join-Path $tools 'runai-emulator')*"
        }
        finally {
            $env:PATH = $path
        }
    }
}

Describe 'The module package (Runai)' -Tag Package {
    BeforeAll {
        $script:Manifest = Import-PowerShellDataFile (Get-RunaiModulePath)
        $script:Package = Get-PackageFor 'Runai' (Get-RunaiModulePath) { param($to) New-RunaiDevModulePackage -DestinationPath $to | Select-Object -Last 1 }
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [IO.Compression.ZipFile]::OpenRead($script:Package)
        try {
            $script:Entries = @($zip.Entries.FullName)
            $reader = [IO.StreamReader]::new(($zip.Entries | Where-Object FullName -EQ 'Runai.nuspec').Open())
            try { $script:Nuspec = [xml]$reader.ReadToEnd() } finally { $reader.Dispose() }
        }
        finally {
            $zip.Dispose()
        }
        $script:Tags = @($script:Nuspec.package.metadata.tags -split '\s+')
    }

    It 'carries the LICENSE' {
        $script:Entries | Should -Contain 'LICENSE'
    }

    It 'has the tags the gallery derives from the manifest' {
        foreach ($tag in 'PSModule', 'PSEdition_Core', 'PSEdition_Desktop', 'PSIncludes_Cmdlet') { $script:Tags | Should -Contain $tag }
        foreach ($cmdlet in $script:Manifest.CmdletsToExport) {
            $script:Tags | Should -Contain "PSCmdlet_$cmdlet"
            $script:Tags | Should -Contain "PSCommand_$cmdlet"
        }
        $script:Tags | Group-Object | Where-Object Count -GT 1 | Should -BeNullOrEmpty -Because 'each tag is there once'
        # A file-system repository reads the packaged manifest's Tags, so they carry the same list.
        $packaged = Join-Path $TestDrive 'packaged.psd1'
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [IO.Compression.ZipFile]::OpenRead($script:Package)
        try { [IO.Compression.ZipFileExtensions]::ExtractToFile(($zip.Entries | Where-Object FullName -EQ 'Runai.psd1'), $packaged) } finally { $zip.Dispose() }
        @((Import-PowerShellDataFile $packaged).PrivateData.PSData.Tags) | Should -Be $script:Tags
    }

    It 'is found by command in a file-system repository, installs into an empty module path, imports and has help, in a fresh pwsh that leaves no repository registered' {
        $before = @(Get-PSResourceRepository).Name | Sort-Object
        $settingsFile = Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'PSResourceGet/PSResourceRepository.xml'
        $settingsBefore = if (Test-Path $settingsFile) { (Get-FileHash $settingsFile).Hash } else { 'absent' }
        $work = Join-Path $TestDrive 'gallery'
        $repository = Join-Path $work 'repository'
        New-Item -ItemType Directory -Force $repository, (Join-Path $work 'settings'), (Join-Path $work 'modules') | Out-Null
        Copy-Item $script:Package $repository
        $lines = Invoke-RunaiDevChildPwsh -CaptureOutput -ArgumentList $work -Environment @{
            # PSResourceGet keeps its repository list under the local application data folder: a temporary one here.
            XDG_DATA_HOME = (Join-Path $work 'settings'); LOCALAPPDATA = (Join-Path $work 'settings')
        } -Script {
            param($Work)
            $ErrorActionPreference = 'Stop'
            $modules = Join-Path $Work 'modules'
            Register-PSResourceRepository -Name RunaiPackageTest -Uri (Join-Path $Work 'repository') -Trusted
            try {
                $found = @(Find-PSResource -Command Connect-Runai -Repository RunaiPackageTest)
                "found=$(($found | ForEach-Object { $_.ParentResource.Name }) -join ',')"
                Save-PSResource -Name Runai -Repository RunaiPackageTest -Path $modules -TrustRepository
            }
            finally {
                Unregister-PSResourceRepository -Name RunaiPackageTest
            }
            "left=$((Get-PSResourceRepository | Where-Object Name -EQ RunaiPackageTest).Name)"
            "installed=$((Get-ChildItem $modules -Directory).Name -join ',')"
            $env:PSModulePath = $modules + [IO.Path]::PathSeparator + $env:PSModulePath
            Import-Module Runai
            "from=$((Get-Module Runai).ModuleBase.StartsWith($modules))"
            "exported=$(((Get-Command -Module Runai -CommandType Cmdlet).Name | Sort-Object) -join ',')"
            $help = Get-Help Connect-Runai -Full
            "synopsis=$($help.Synopsis)"
            "examples=$(@($help.examples.example).Count)"
        }
        $LASTEXITCODE | Should -Be 0 -Because ($lines -join "`n")
        $values = @{}
        foreach ($line in $lines) { if ($line -match '^(\w+)=(.*)$') { $values[$Matches[1]] = $Matches[2] } }
        $values['found'] | Should -Be 'Runai'
        $values['left'] | Should -BeNullOrEmpty
        $values['installed'] | Should -Be 'Runai'
        $values['from'] | Should -Be 'True'
        $values['exported'] | Should -Be (($script:Manifest.CmdletsToExport | Sort-Object) -join ',')
        $values['synopsis'] | Should -Not -BeNullOrEmpty
        $values['synopsis'] | Should -Not -BeLike 'Connect-Runai *[<]*'   # a real synopsis, not the syntax PowerShell makes up
        [int]$values['examples'] | Should -BeGreaterOrEqual 2
        @(Get-PSResourceRepository).Name | Sort-Object | Should -Be $before -Because 'the user''s repositories stay as they were'
        $(if (Test-Path $settingsFile) { (Get-FileHash $settingsFile).Hash } else { 'absent' }) | Should -Be $settingsBefore
    }
}
