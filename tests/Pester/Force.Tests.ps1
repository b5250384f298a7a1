# -Force on every Remove- cmdlet deletes without the confirmation their High ConfirmImpact asks for (as in Az), leaves
# the caller's $ConfirmPreference as it was, and still honours -WhatIf. The commands run in a host that cannot prompt,
# so a confirmation that is asked for fails the command instead of waiting.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    $script:RemoveCmdlets = @(Get-Command -Module Runai -Verb Remove | Sort-Object Name | ForEach-Object Name)
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    Reset-RunaiEmulator
    Connect-RunaiEmulator | Out-Null
}

AfterAll {
    Disconnect-Runai -ErrorAction SilentlyContinue
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe '<_> -Force' -ForEach $RemoveCmdlets {
    It 'is a switch of a cmdlet that asks for confirmation' {
        $command = Get-Command "Runai\$_"
        $command.Parameters['Force'].ParameterType | Should -Be ([switch])
        $command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true)[0].ConfirmImpact | Should -Be 'High'
        # A share removal changes the data volume rather than deleting it, and writes the sharing that is left.
        if ($_ -eq 'Remove-RunaiDataVolumeShare') { $command.OutputType.Name | Should -Be 'Runai.Client.DataVolumes.DataVolumeShare' }
        else { $command.OutputType.Type | Should -Be ([void]) -Because "$_ writes nothing and says so" }
    }
}

Describe 'Deleting with -Force' {
    It 'asks without -Force (the host cannot prompt, so the delete fails) and keeps the project' {
        New-RunaiProject -Name 'force-kept' | Out-Null
        Invoke-RunaiWhatIf { Remove-RunaiProject -Name 'force-kept' } -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        "$failed" | Should -Match 'cannot prompt'
        Get-RunaiProject -Name 'force-kept' | Should -Not -BeNullOrEmpty
    }

    It 'deletes a project without asking and leaves $ConfirmPreference as it was' {
        New-RunaiProject -Name 'force-gone' | Out-Null
        $lines = Invoke-RunaiWhatIf {
            $ConfirmPreference = 'High'
            Remove-RunaiProject -Name 'force-gone' -Force
            Write-Host "after: $ConfirmPreference"
        } -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed | Should -BeNullOrEmpty
        $lines | Should -Contain 'after: High'
        Get-RunaiProject -Name 'force-gone' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'deletes every piped item, not only the first' {
        'force-p1', 'force-p2', 'force-p3' | ForEach-Object { New-RunaiProject -Name $_ | Out-Null }
        Invoke-RunaiWhatIf { Get-RunaiProject -Name 'force-p*' | Remove-RunaiProject -Force } -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $failed | Should -BeNullOrEmpty
        @(Get-RunaiProject -Name 'force-p*').Count | Should -Be 0
    }

    It 'still only shows what it would delete with -WhatIf' {
        New-RunaiProject -Name 'force-whatif' | Out-Null
        $lines = Invoke-RunaiWhatIf { Remove-RunaiProject -Name 'force-whatif' -Force -WhatIf }
        $lines | Should -Match "What if: .*project 'force-whatif'"
        Get-RunaiProject -Name 'force-whatif' | Should -Not -BeNullOrEmpty
    }

    It 'deletes a workload and writes nothing' {
        $project = New-RunaiProject -Name 'force-work'
        New-RunaiWorkspace -Project $project.Name -Name 'force-ws' -Image ubuntu | Out-Null
        $output = $null
        Invoke-RunaiWhatIf { $null = Get-RunaiWorkload -Project 'force-work' -Name 'force-ws' | Remove-RunaiWorkload -Force -OutVariable written; Write-Host "written: $(@($written).Count)" } -OutVariable output -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $failed | Should -BeNullOrEmpty
        $output | Should -Contain 'written: 0'
        Get-RunaiWorkload -Project 'force-work' -Name 'force-ws' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}
