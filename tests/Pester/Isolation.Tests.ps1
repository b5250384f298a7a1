# Runai ships Polly and Microsoft.Extensions.* privately: importing it after another module loaded a conflicting
# version of one of them must still work (STYLE: dependency isolation).
Describe 'Dependency isolation' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        # Where each of these assemblies came from, as "name version context", after a connect and a call.
        $script:report = {
            Connect-Runai -BaseUrl $env:RUNAI_EMULATOR_URL -ClientId emulator-app -ClientSecret (ConvertTo-SecureString emulator-secret -AsPlainText -Force)
            (Get-RunaiCluster).Name
            [AppDomain]::CurrentDomain.GetAssemblies() |
                Where-Object { $_.GetName().Name -in 'Polly.Core', 'Microsoft.Extensions.Http', 'Runai.Client' } |
                ForEach-Object { '{0} {1} {2}' -f $_.GetName().Name, $_.GetName().Version, [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name }
        }
    }

    It 'imports and works after another module loaded an older Polly.Core' {
        $output = Invoke-RunaiChildPwsh -ArgumentList $env:RUNAI_MODULE_PATH, $report.ToString() -Script {
            param($modulePath, $report)
            # Another module got there first: an assembly named Polly.Core, version 7, written to disk and loaded.
            $path = Join-Path ([IO.Path]::GetTempPath()) "runai-isolation-$PID/Polly.Core.dll"
            $null = New-Item -ItemType Directory -Force (Split-Path $path)
            $old = [System.Reflection.Emit.PersistedAssemblyBuilder]::new([Reflection.AssemblyName]::new('Polly.Core, Version=7.0.0.0'), [object].Assembly)
            $null = $old.DefineDynamicModule('Polly.Core.dll').DefineType('Polly.OtherModulesType', 'Public').CreateType()
            $old.Save($path)
            $null = [Reflection.Assembly]::LoadFrom($path)
            Import-Module $modulePath
            & ([scriptblock]::Create($report))
            Remove-Item -Recurse -Force (Split-Path $path) -ErrorAction SilentlyContinue
        }
        $LASTEXITCODE | Should -Be 0
        $output | Should -Contain 'cluster-1'
        $output | Should -Contain 'Polly.Core 7.0.0.0 Default'   # the other module keeps its version
        $output | Should -Contain 'Polly.Core 8.0.0.0 Runai'      # and Runai has its own
    }

    It 'loads its third-party dependencies into its own load context, and its own assemblies beside the cmdlets' {
        $output = Invoke-RunaiChildPwsh -ArgumentList $env:RUNAI_MODULE_PATH, $report.ToString() -Script {
            param($modulePath, $report)
            Import-Module $modulePath
            & ([scriptblock]::Create($report))
        }
        $LASTEXITCODE | Should -Be 0
        $output | Should -Contain 'cluster-1'
        $output | Should -Contain 'Polly.Core 8.0.0.0 Runai'
        $output | Should -Contain 'Microsoft.Extensions.Http 8.0.0.0 Runai'
        @($output -match '^Runai\.Client \S+ Default$') | Should -HaveCount 1
    }
}
