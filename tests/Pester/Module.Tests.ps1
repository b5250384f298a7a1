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
        # Only the module's own cmdlets: Get-Help on an unknown name searches every help topic.
        if (-not (Get-Command -Name $Name -Module Runai -CommandType Cmdlet -ErrorAction SilentlyContinue)) { return $null }
        Get-Help -Name $Name -Full -ErrorAction SilentlyContinue
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
    It 'ships no System.Management.Automation.dll (the host provides it)' {
        Get-ChildItem -Path $script:ModuleDir -Recurse -File -Filter 'System.Management.Automation.dll' | Should -BeNullOrEmpty
    }

    It 'ships every file the manifest names' {
        $named = @($script:Manifest.RootModule) + @($script:Manifest['FormatsToProcess']) + @($script:Manifest['NestedModules']) |
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
