# Pins the module's public contract: identity, editions, exports, help, and what the staged folder ships.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:ExportedCmdletNames = @((Import-PowerShellDataFile (Get-RunaiModulePath)).CmdletsToExport)
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:ManifestPath = Get-RunaiModulePath
    $script:ModuleDir = Split-Path $script:ManifestPath
    $script:Manifest = Import-PowerShellDataFile $script:ManifestPath
    $script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    Import-Module $script:ManifestPath -Force

    function Get-RunaiCmdletHelp([string]$Name) {
        # Only the module's own cmdlets: Get-Help on an unknown name searches every help topic. -Category Cmdlet, as
        # TestHelpers has functions named as the emulator cmdlets (they point them at the suite's emulator).
        if (-not (Get-Command -Name $Name -Module Runai -CommandType Cmdlet -ErrorAction SilentlyContinue)) { return $null }
        Get-Help -Name $Name -Category Cmdlet -Full -ErrorAction SilentlyContinue
    }

    function Get-HelpText($Help, [string]$Property) {
        # Help made up from the syntax (no help file) lacks most properties; read them without tripping strict mode.
        if (-not $Help) { return '' }
        ($Help.PSObject.Properties[$Property]?.Value | Out-String).Trim()
    }
}

AfterAll {
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe 'The staged manifest' {
    It 'keeps the module identity GUID' {
        $script:Manifest.GUID | Should -Be '5d0c6f2e-8a51-4f0b-9f5e-2b7c1a9e4d31'
    }

    It 'supports Windows PowerShell 5.1 and PowerShell 7' {
        $script:Manifest.CompatiblePSEditions | Sort-Object | Should -Be @('Core', 'Desktop')
        $script:Manifest.PowerShellVersion | Should -Be '5.1'
    }

    It 'carries the version from Directory.Build.props' {
        $props = [xml](Get-Content -Raw (Join-Path $script:RepoRoot 'Directory.Build.props'))
        $version = @($props.Project.PropertyGroup | ForEach-Object { $_.SelectSingleNode('Version') } | Where-Object { $_ })[0].InnerText
        $script:Manifest.ModuleVersion | Should -Be $version
        (Get-Module Runai).Version | Should -Be ([version]$version)
    }

    It 'exports explicit names, never wildcards' {
        foreach ($key in 'CmdletsToExport', 'FunctionsToExport', 'AliasesToExport', 'VariablesToExport') {
            @($script:Manifest[$key]) -join ',' | Should -Not -Match '\*' -Because "$key must list names"
        }
    }
}

Describe 'The exported commands' {
    It 'are exactly the manifest''s CmdletsToExport' {
        $exported = @(Get-Command -Module Runai | ForEach-Object Name | Sort-Object)
        $exported | Should -Be @($script:Manifest.CmdletsToExport | Sort-Object)
    }

    It 'are binary cmdlets' {
        Get-Command -Module Runai | Where-Object CommandType -NE 'Cmdlet' | ForEach-Object Name | Should -BeNullOrEmpty
    }

    It 'all have help with a synopsis (missing: listed in the failure)' {
        # Without a help file Get-Help makes up a synopsis from the syntax, which starts with the command name.
        $missing = foreach ($name in $script:Manifest.CmdletsToExport) {
            $synopsis = Get-HelpText (Get-RunaiCmdletHelp $name) 'Synopsis'
            if (-not $synopsis -or $synopsis.StartsWith($name, [StringComparison]::OrdinalIgnoreCase)) { $name }
        }
        $missing | Should -BeNullOrEmpty -Because 'every exported cmdlet needs a synopsis in en-US help'
    }

    It '<_> has a description and an example in its help' -ForEach $script:ExportedCmdletNames {
        $help = Get-RunaiCmdletHelp $_
        $help | Should -Not -BeNullOrEmpty -Because "$_ must be an exported cmdlet"
        Get-HelpText $help 'description' | Should -Not -BeNullOrEmpty -Because "$_ needs a description"
        Get-HelpText $help 'examples' | Should -Not -BeNullOrEmpty -Because "$_ needs an example"
    }
}

Describe 'The staged folder' {
    It 'ships the about_Runai topic that Get-Help finds' {
        $text = Invoke-RunaiChildPwsh -ArgumentList (Get-RunaiModulePath) -Script {
            param($modulePath)
            Import-Module $modulePath
            Get-Help about_Runai | Out-String
        }
        ($text -join "`n") | Should -BeLike '*Connect-Runai authenticates*'
    }

    It 'ships no System.Management.Automation.dll (the host provides it)' {
        Get-ChildItem -Path $script:ModuleDir -Recurse -File -Filter 'System.Management.Automation.dll' | Should -BeNullOrEmpty
    }

    It 'ships every file the manifest names' {
        $named = @($script:Manifest.RootModule) + @($script:Manifest['FormatsToProcess']) + @($script:Manifest['TypesToProcess']) + @($script:Manifest['NestedModules']) |
            Where-Object { $_ }
        foreach ($file in $named) {
            Join-Path $script:ModuleDir $file | Should -Exist
        }
    }
}

Describe 'Importing in a fresh runspace' {
    It 'works and exports the cmdlets' {
        $powershell = [powershell]::Create([initialsessionstate]::CreateDefault2())
        try {
            $module = $powershell.AddCommand('Import-Module').AddParameter('Name', $script:ManifestPath).AddParameter('PassThru').Invoke()
            $powershell.Streams.Error | Should -BeNullOrEmpty
            $module.Name | Should -Be 'Runai'
            @($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($script:Manifest.CmdletsToExport | Sort-Object)
        }
        finally {
            $powershell.Dispose()
        }
    }
}

Describe 'The parameter sets of the main cmdlets' {
    # Changing one of these breaks users' scripts: change it on purpose, here too.
    BeforeAll {
        Import-Module (Get-RunaiModulePath) -Force
        function Get-ParameterSetShape([string]$Name) {
            $command = Get-Command $Name
            $sets = $command.ParameterSets | Sort-Object Name | ForEach-Object {
                '{0}[{1}]' -f $_.Name, (($_.Parameters | Where-Object IsMandatory | ForEach-Object Name | Sort-Object) -join '+')
            }
            "default=$($command.DefaultParameterSet); $($sets -join ' ')"
        }
    }

    It '<Name> keeps its parameter sets' -ForEach @(
        @{ Name = 'Connect-Runai'; Shape = 'default=Environment; CliConfig[CliConfigPath] ClientSecret[BaseUrl+ClientId+ClientSecret] Credential[BaseUrl+Credential] Environment[] Token[BaseUrl+Token]' }
        @{ Name = 'Get-RunaiCluster'; Shape = 'default=ByName; ById[Id] ByName[]' }
        @{ Name = 'Invoke-RunaiApi'; Shape = 'default=; __AllParameterSets[Path]' }
        @{ Name = 'Get-RunaiProject'; Shape = 'default=ByName; ByDepartmentId[DepartmentId] ById[Id] ByName[]' }
        @{ Name = 'New-RunaiProject'; Shape = 'default=; __AllParameterSets[Name]' }
        @{ Name = 'Get-RunaiWorkload'; Shape = 'default=List; Id[Id] List[]' }
        @{ Name = 'New-RunaiTrainingWorkload'; Shape = 'default=; __AllParameterSets[Name]' }
        @{ Name = 'Stop-RunaiWorkload'; Shape = 'default=Object; Id[Id] Name[Name] Object[InputObject]' }
        @{ Name = 'Get-RunaiAccessRule'; Shape = 'default=Filter; ById[Id] Filter[] Mine[Mine]' }
        @{ Name = 'Grant-RunaiAccess'; Shape = 'default=; __AllParameterSets[Role]' }
        @{ Name = 'New-RunaiUser'; Shape = 'default=; __AllParameterSets[Email]' }
        @{ Name = 'Get-RunaiDataVolume'; Shape = 'default=ByName; ById[Id] ByName[]' }
        @{ Name = 'Add-RunaiDataVolumeShare'; Shape = 'default=; __AllParameterSets[DataVolume]' }
    ) {
        Get-ParameterSetShape $Name | Should -Be $Shape
    }

    It 'every cmdlet that talks to the API takes -Connection' {
        $local = 'Connect-Runai', 'Disconnect-Runai',
            # The emulator cmdlets start a local process or use its /admin routes, which take no token: -Url, not -Connection.
            'Start-RunaiEmulator', 'Stop-RunaiEmulator', 'Reset-RunaiEmulator', 'Add-RunaiEmulatorFault', 'Get-RunaiEmulatorRequest', 'Clear-RunaiEmulatorRequest'
        $missing = Get-Command -Module Runai | Where-Object { $_.Name -notin $local -and -not $_.Parameters.ContainsKey('Connection') }
        @($missing | ForEach-Object Name) | Should -BeNullOrEmpty
    }

    It 'every cmdlet that changes state supports -WhatIf' {
        $changing = Get-Command -Module Runai -Verb New, Set, Remove, Add, Stop, Start, Grant, Revoke, Reset
        $changing | Should -Not -BeNullOrEmpty
        @($changing | Where-Object { -not $_.Parameters.ContainsKey('WhatIf') } | ForEach-Object Name) | Should -BeNullOrEmpty
    }
}
