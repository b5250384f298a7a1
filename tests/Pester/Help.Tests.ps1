# Help, read through Get-Help in the staged module: examples that teach (two or more, each explained), INPUTS, OUTPUTS,
# related links, the syntax as Get-Command -Syntax shows it (-WhatIf/-Confirm included, no Nullable`1), defaults; the
# strict help build; the about topics; and the examples of the read-only Get- cmdlets, run against a seeded emulator.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    $script:CmdletCases = @(Get-Command -Module Runai -CommandType Cmdlet | Sort-Object Name | ForEach-Object {
            @{ Name = $_.Name }
        })
    # The examples of the cmdlets that only read, each run as written (a -WhatIf one included).
    $script:ExampleCases = @(Get-Command -Module Runai -Verb Get | Where-Object { $_.CommandType -eq 'Cmdlet' -and $_.Noun -notlike 'RunaiEmulator*' } | Sort-Object Name | ForEach-Object {
            $name = $_.Name
            @((Get-Help $name -Category Cmdlet).examples.example) | Where-Object { $_ } | ForEach-Object {
                # An example that connects to a named control plane (https://…) cannot run here; all others must.
                @{ Name = $name; Title = ($_.title -replace '^-+\s*|\s*-+$'); Code = $_.code; Remote = $_.code -match 'https://' }
            }
        })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    # Strict mode: a cmdlet without parameters has no 'parameter' member at all.
    function Get-ParameterHelp($Help) {
        $parameters = $Help.psobject.Properties['parameters']
        if (-not $parameters -or -not $parameters.Value -or -not $parameters.Value.psobject.Properties['parameter']) { return @() }
        @($parameters.Value.parameter | Where-Object { $_ })
    }
}

AfterAll {
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe 'Help of <Name>' -ForEach $CmdletCases {
    BeforeAll {
        $script:Help = Get-Help $Name -Category Cmdlet -Full
        # Runai\: the test helpers have functions of the emulator cmdlets' names.
        $script:Command = Get-Command "Runai\$Name"
    }

    It 'has at least two examples' {
        @($Help.examples.example).Count | Should -BeGreaterOrEqual 2
    }

    It 'explains every example in a sentence' {
        foreach ($example in @($Help.examples.example)) {
            ($example.remarks | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "example '$($example.title)' needs a sentence saying what it does and prints"
        }
    }

    It 'has INPUTS, OUTPUTS and related links' {
        @($Help.inputTypes.inputType).Count | Should -BeGreaterThan 0
        @($Help.returnValues.returnValue.type.name) | Should -Not -BeNullOrEmpty
        $expectedOutputs = @($Command.OutputType | ForEach-Object { if ($_.Type -eq [void]) { 'None' } else { $_.Name } })
        @($Help.returnValues.returnValue.type.name) | Should -Be $expectedOutputs
        @($Help.relatedLinks.navigationLink.linkText) | Should -Contain 'about_Runai'
    }

    It 'shows the syntax as Get-Command -Syntax does' {
        $syntax = $Help.syntax | Out-String -Width 4096
        $syntax | Should -Not -Match 'Nullable'
        foreach ($set in $Command.ParameterSets) {
            foreach ($match in [regex]::Matches("$set", '(?<![\w-])-(\w+) <([^>]+)>')) {
                $syntax | Should -Match ('-' + [regex]::Escape($match.Groups[1].Value) + ' <' + [regex]::Escape($match.Groups[2].Value) + '>')
            }
        }
        if ($Command.Parameters.ContainsKey('WhatIf')) {
            $syntax | Should -Match '\[-WhatIf\]'
            $syntax | Should -Match '\[-Confirm\]'
        }
    }

    It 'documents every parameter, with the default the cmdlet starts from' {
        $instance = [Activator]::CreateInstance($Command.ImplementingType)
        foreach ($parameter in Get-ParameterHelp $Help) {
            ($parameter.description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
            $property = $Command.ImplementingType.GetProperty($parameter.name)
            $value = if ($property) { $property.GetValue($instance) }
            if ($value -is [int] -or $value -is [double] -or $value -is [enum]) { $parameter.defaultValue | Should -Be "$value" -Because "-$($parameter.name) starts from $value" }
        }
    }
}

Describe 'Defaults in help' {
    It 'shows -MaxRetries 3 and -TimeoutSec 100 of Connect-Runai, -ThrottleLimit 1 of Remove-RunaiProject' {
        (Get-Help Connect-Runai -Parameter MaxRetries).defaultValue | Should -Be '3'
        (Get-Help Connect-Runai -Parameter TimeoutSec).defaultValue | Should -Be '100'
        (Get-Help Remove-RunaiProject -Parameter ThrottleLimit).defaultValue | Should -Be '1'
        (Get-Help Remove-RunaiProject -Parameter Force).description | Out-String | Should -Match 'without asking'
    }
}

Describe 'About topics' {
    It '<_> is installed and has its sections' -ForEach @('about_Runai', 'about_Runai_Workloads') {
        $text = Get-Help $_ | Out-String
        $text | Should -Match 'SHORT DESCRIPTION'
        $text | Should -Match 'LONG DESCRIPTION'
    }

    It 'about_Runai_Workloads covers kinds, phases, waiting, assets and templates' {
        $text = Get-Help about_Runai_Workloads | Out-String
        foreach ($section in 'KINDS', 'LIFECYCLE AND PHASES', 'WAITING', 'ASSETS', 'TEMPLATES') { $text | Should -Match $section }
        foreach ($kind in 'Workspace', 'Training', 'Distributed', 'Inference') { $text | Should -Match $kind }
        # Every phase the contract knows is named.
        foreach ($phase in 'Creating', 'Initializing', 'Resuming', 'Pending', 'Deleting', 'Running', 'Updating', 'Stopped', 'Stopping', 'Degraded', 'Failed', 'Completed', 'Terminating', 'Unknown') {
            $text | Should -Match "\b$phase\b"
        }
    }
}

Describe 'The strict help build' {
    BeforeAll {
        # One build (a child pwsh imports the module: ~20 s) over a copy of the docs broken in every way it must catch.
        $docs = Join-Path $TestDrive 'docs'
        Copy-Item -Recurse (Join-Path $PSScriptRoot '../../docs/help') $docs
        Remove-Item (Join-Path $docs 'Get-RunaiNode.md')
        $file = Join-Path $docs 'Get-RunaiNodePool.md'
        (Get-Content -Raw $file) -replace '### -Id\b', '### -Idd' | Set-Content $file
        $file = Join-Path $docs 'Get-RunaiProject.md'
        (Get-Content -Raw $file) -replace '(?s)(```powershell\s*\n)', "`$1Get-RunaiProject -Colour red`n" | Set-Content $file
        $file = Join-Path $docs 'Get-RunaiCluster.md'
        (Get-Content -Raw $file) -replace '(?s)## DESCRIPTION.*?(?=## )', '' | Set-Content $file
        $file = Join-Path $docs 'Connect-Runai.md'
        (Get-Content -Raw $file) -replace '(?s)(### Example 1.*?```powershell.*?```)[^#]*', "`$1`n`n" | Set-Content $file
        $file = Join-Path $docs 'Get-RunaiRole.md'
        (Get-Content -Raw $file) -replace '(?s)### Example 2.*', '' | Set-Content $file
        $out = Join-Path $TestDrive 'help/Runai.PowerShell.dll-Help.xml'
        $lines = Invoke-RunaiChildPwsh -Script '& $args[0] -ModulePath $args[1] -DocsPath $args[2] -OutFile $args[3]; exit $LASTEXITCODE' `
            -ArgumentList (Join-Path $PSScriptRoot '../../tools/Build-Help.ps1'), (Get-RunaiModulePath), $docs, $out
        $script:ExitCode = $LASTEXITCODE
        $script:Text = $lines -join "`n"
    }

    It 'fails' {
        $ExitCode | Should -Be 1
        $Text | Should -Match 'Help is incomplete'
    }

    It 'names a cmdlet without a help file' {
        $Text | Should -Match 'docs/help/Get-RunaiNode\.md: Get-RunaiNode has no help file'
    }

    It 'names an undocumented parameter, and a documented one that does not exist' {
        $Text | Should -Match 'Get-RunaiNodePool\.md: -Id is not documented'
        $Text | Should -Match 'Get-RunaiNodePool\.md: documents -Idd, which Get-RunaiNodePool does not have'
    }

    It 'names an example that passes a parameter the cmdlet does not have' {
        $Text | Should -Match 'Get-RunaiProject\.md: example .*Get-RunaiProject has no parameter -Colour'
    }

    It 'names a missing required section and an example without its sentence' {
        $Text | Should -Match 'Get-RunaiCluster\.md: the ## DESCRIPTION section is missing or empty'
        $Text | Should -Match "Connect-Runai\.md: example 'Example 1: .*' needs a sentence"
    }

    It 'names a cmdlet with fewer than two examples' {
        $Text | Should -Match 'Get-RunaiRole\.md: has 1 example; at least 2 are required'
    }
}

Describe 'The examples of the Get- cmdlets' {
    BeforeAll {
        # A tenant like the one the examples talk about: examples/emulator-seed.json, plus a workload and assets.
        $script:Seeded = Start-RunaiTestEmulator -Arguments @('--seed', (Join-Path $PSScriptRoot '../../examples/emulator-seed.json'), '--lifecycle-speed', '20')
        $secret = ConvertTo-SecureString 'emulator-secret' -AsPlainText -Force
        Connect-Runai -BaseUrl $Seeded.Url -ClientId 'emulator-app' -ClientSecret $secret -Cluster gpu-east
        New-RunaiWorkspace -Project team-a -Name bert -Image ubuntu -Gpu 1 | Out-Null
        New-RunaiDistributedWorkload -Project team-a -Name ddp -Image ubuntu -Framework PyTorch -Workers 2 | Out-Null
        New-RunaiEnvironmentAsset -Name jupyter -Image jupyter/base-notebook -Project team-a | Out-Null
        New-RunaiComputeAsset -Name half-gpu -Project team-a -GpuFraction 0.5 | Out-Null
        $registryLogin = [pscredential]::new('$oauthtoken', (ConvertTo-SecureString 'not-a-real-key' -AsPlainText -Force))
        New-RunaiRegistry -Name nvcr -Project team-a -Url https://nvcr.io -Credential $registryLogin | Out-Null
        New-RunaiDataVolume -Name imagenet -Project team-a -PvcName imagenet-pvc -Description 'ImageNet 2012' | Out-Null
        $script:Work = Join-Path $TestDrive 'examples'
        New-Item -ItemType Directory $Work | Out-Null
    }

    AfterAll {
        Disconnect-Runai -ErrorAction SilentlyContinue
        if ($script:Seeded) { Stop-RunaiTestEmulator $script:Seeded }
    }

    It '<Name>: <Title> runs as written' -ForEach $ExampleCases {
        if ($Remote) { Set-ItResult -Skipped -Because 'it connects to a named control plane, not the emulator' }
        Push-Location $Work
        try {
            # Its own runspace: -WhatIf lines and tables reach the test, not the log; the connection is the process's.
            $null = Invoke-RunaiWhatIf -ScriptBlock ([scriptblock]::Create("`$ErrorActionPreference = 'Stop'; Set-Location '$Work'`n$Code")) -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed | Should -BeNullOrEmpty -Because "the example of $Name should run against the emulator as written:`n$Code"
        }
        finally { Pop-Location }
    }
}
