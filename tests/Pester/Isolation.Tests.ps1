# Runai ships Polly and Microsoft.Extensions.* privately: importing it after another module loaded a conflicting
# version of one of them must still work (STYLE: dependency isolation).
BeforeDiscovery {
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $script:conflicting = Join-Path $packages 'microsoft.extensions.dependencyinjection.abstractions/2.1.0/lib/netstandard2.0/Microsoft.Extensions.DependencyInjection.Abstractions.dll'
    $script:haveConflict = Test-Path $conflicting
}

Describe 'Dependency isolation' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        $script:probe = {
            param($modulePath, $url, $conflict)
            Add-Type -Path $conflict      # another module got there first with an old version
            Import-Module $modulePath
            Connect-Runai -BaseUrl $url -ClientId emulator-app -ClientSecret (ConvertTo-SecureString emulator-secret -AsPlainText -Force)
            (Get-RunaiCluster).Name
            [AppDomain]::CurrentDomain.GetAssemblies() |
                Where-Object { $_.GetName().Name -eq 'Microsoft.Extensions.DependencyInjection.Abstractions' } |
                ForEach-Object { "$($_.GetName().Version)" }
        }
    }

    It 'imports and works after an older Microsoft.Extensions.DependencyInjection.Abstractions was loaded' -Skip:(-not $haveConflict) {
        $output = Invoke-RunaiChildPwsh -Script $probe -ArgumentList $env:RUNAI_MODULE_PATH, $env:RUNAI_EMULATOR_URL, $conflicting
        $LASTEXITCODE | Should -Be 0
        $output | Should -Contain 'cluster-1'
        $output | Should -Contain '2.1.0.0'   # the other module keeps its version
        $output | Should -Contain '8.0.0.0'   # and Runai has its own
    }

    It 'keeps Runai.Client out of the default load context' {
        $output = Invoke-RunaiChildPwsh -ArgumentList $env:RUNAI_MODULE_PATH -Script {
            param($modulePath)
            Import-Module $modulePath
            $client = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Runai.Client' }
            [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($client).Name
        }
        $output | Should -Be 'Runai'
    }
}
