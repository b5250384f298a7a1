# Views: every type a Get-/New- cmdlet returns has a table that fits 80 columns and a list view, every column label is a
# property of a real object (so Where-Object and Select-Object take what the table shows), and ConvertTo-Json writes
# plain values, never a JsonElement's {"ValueKind": N}.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    # The types the cmdlets declare, and those their objects contain (a project's node-pool quotas, a pod's containers).
    $script:OutputTypes = @(Get-Command -Module Runai -Verb Get, New | ForEach-Object OutputType | ForEach-Object Type |
            Where-Object { $_ -and $_.Namespace -like 'Runai*' } | Sort-Object FullName -Unique)
    $seen = @{}
    $queue = [System.Collections.Queue]::new()
    $script:OutputTypes | ForEach-Object { $queue.Enqueue($_) }
    while ($queue.Count) {
        $type = $queue.Dequeue()
        if ($seen.ContainsKey($type.FullName)) { continue }
        $seen[$type.FullName] = $type
        foreach ($property in $type.GetProperties()) {
            $propertyType = $property.PropertyType
            if ([Nullable]::GetUnderlyingType($propertyType)) { $propertyType = [Nullable]::GetUnderlyingType($propertyType) }
            if ($propertyType.IsGenericType) { $propertyType = $propertyType.GetGenericArguments()[-1] }
            if ($propertyType.IsArray) { $propertyType = $propertyType.GetElementType() }
            if ($propertyType.Namespace -like 'Runai*' -and -not $propertyType.IsEnum) { $queue.Enqueue($propertyType) }
        }
    }
    $script:OutputTypeCases = @($script:OutputTypes | ForEach-Object { @{ TypeName = $_.FullName } })
    $script:ContainedCases = @($seen.Values | Where-Object { $_ -notin $script:OutputTypes } | Sort-Object FullName | ForEach-Object { @{ TypeName = $_.FullName } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-RunaiModulePath) -Force
    Reset-RunaiEmulator
    Connect-RunaiEmulator | Out-Null

    function Get-View([string]$TypeName, [string]$Control) {
        @(Get-FormatData -TypeName $TypeName -PowerShellVersion $PSVersionTable.PSVersion | ForEach-Object FormatViewDefinition |
                Where-Object { $_.Control.GetType().Name -eq $Control })
    }

    # One real object of every type, from the emulator: keyed by type name.
    $script:Instances = @{}
    function Add-Instance { foreach ($item in $input) { if ($null -ne $item -and -not $script:Instances.ContainsKey($item.GetType().FullName)) { $script:Instances[$item.GetType().FullName] = $item } } }
    $project = New-RunaiProject -Name 'views-a' -GpuQuota 2
    $project | Add-Instance
    Get-RunaiContext | Add-Instance
    Get-RunaiCluster | Add-Instance
    Get-RunaiDepartment | Add-Instance
    Get-RunaiNodePool | Add-Instance
    Get-RunaiNode | Add-Instance
    Get-RunaiRole | Add-Instance
    Get-RunaiPermission | Add-Instance
    Get-RunaiUser | Add-Instance
    New-RunaiServiceAccount -Name 'views-sa' | Add-Instance
    New-RunaiAccessKey -Name 'views-key' | Add-Instance
    New-RunaiAccessRule -Group 'views-group' -Role Viewer -Project 'views-a' | Add-Instance
    New-RunaiEnvironmentAsset -Name 'views-env' -Image 'ubuntu' -Project 'views-a' | Add-Instance
    New-RunaiWorkloadTemplate -Name 'views-tpl' -Kind Training -Image 'ubuntu' -Project 'views-a' | Add-Instance
    $volume = New-RunaiDataVolume -Name 'views-dv' -Project 'views-a' -PvcName 'views-pvc'
    $volume | Add-Instance
    $volume.Status | Add-Instance
    New-RunaiProject -Name 'views-b' | Out-Null
    Add-RunaiDataVolumeShare -DataVolume 'views-dv' -Project 'views-b' -Confirm:$false | Out-Null
    Get-RunaiDataVolumeShare -DataVolume 'views-dv' | Add-Instance
    # A workspace runs until stopped, so its pods and metrics are there to look at.
    $workload = New-RunaiWorkspace -Name 'views-ws' -Project 'views-a' -Image 'ubuntu' -Gpu 1
    $workload | Wait-RunaiWorkload -Phase Running -TimeoutSec 60 | Add-Instance
    $workload | Get-RunaiWorkloadPod | Add-Instance
    $workload | Get-RunaiWorkloadEvent | Add-Instance
    $workload | Get-RunaiWorkloadMetric -Type GPU_UTILIZATION -Samples 3 | Add-Instance
    Runai\Get-RunaiEmulatorRequest -Url (Get-RunaiEmulatorUrl) -Path '/api/v1/org-unit/projects' | Add-Instance
    Runai\Add-RunaiEmulatorFault -Url (Get-RunaiEmulatorUrl) -Path '/api/v1/never-called' -Status 500 -Count 1 | Add-Instance
}

AfterAll {
    Reset-RunaiEmulator
    Disconnect-Runai -ErrorAction SilentlyContinue
    Remove-Module Runai -ErrorAction SilentlyContinue
}

Describe 'The view of <TypeName>' -ForEach $OutputTypeCases {
    BeforeAll {
        $script:Table = @(Get-View $TypeName TableControl)
        $script:Instance = $script:Instances[$TypeName]
    }

    It 'has a table view and a list view' {
        $Table.Count | Should -BeGreaterThan 0 -Because "every output type needs a table view ($TypeName has none)"
        @(Get-View $TypeName ListControl).Count | Should -BeGreaterThan 0 -Because "Format-List should show a curated list, not every property of $TypeName"
    }

    It 'has a table that fits 80 columns, every column with a width its label fits in' {
        foreach ($view in $Table) {
            $headers = @($view.Control.Headers)
            $widths = @($headers | ForEach-Object Width)
            $widths | Should -Not -Contain 0 -Because 'a column without a width takes what is left and can break the line'
            ($widths | Measure-Object -Sum).Sum + $headers.Count - 1 | Should -BeLessOrEqual 80
            foreach ($header in $headers) { $header.Label.Length | Should -BeLessOrEqual $header.Width -Because "header '$($header.Label)' must not wrap" }
        }
    }

    It 'labels every column with a property of the object' {
        $Instance | Should -Not -BeNullOrEmpty -Because "the test needs a real $TypeName from the emulator"
        foreach ($header in $Table[0].Control.Headers) {
            $Instance.psobject.Properties[$header.Label] | Should -Not -BeNullOrEmpty -Because "column '$($header.Label)' of the $TypeName table should be a property Where-Object can filter on"
        }
    }

    It 'lists only properties of the object' {
        foreach ($item in @(Get-View $TypeName ListControl)[0].Control.Entries[0].Items) {
            $Instance.psobject.Properties[$item.DisplayEntry.Value] | Should -Not -BeNullOrEmpty -Because "list item '$($item.DisplayEntry.Value)' of $TypeName"
        }
    }

    It 'converts to JSON as plain values' {
        $json = $Instance | ConvertTo-Json -Depth 8 -WarningAction SilentlyContinue
        $json | Should -Not -Match '"ValueKind"'
        # Nor a JsonNode's internals (a JsonObject spec wrote its Options and Root objects).
        $json | Should -Not -Match '"(Options|Root)": *\{'
    }

    It 'renders at 80 columns without a line longer than 80' {
        $lines = @($Instance | Format-Table | Out-String -Width 80 -Stream)
        $lines | Where-Object Length -GT 80 | Should -BeNullOrEmpty
    }
}

Describe 'The view of contained <TypeName>' -ForEach $ContainedCases {
    It 'has a table that fits 80 columns and a list view' {
        $table = @(Get-View $TypeName TableControl)
        $table.Count | Should -BeGreaterThan 0
        @(Get-View $TypeName ListControl).Count | Should -BeGreaterThan 0
        (@($table[0].Control.Headers) | ForEach-Object Width | Measure-Object -Sum).Sum + @($table[0].Control.Headers).Count - 1 | Should -BeLessOrEqual 80
    }
}

Describe 'Filtering by what the table shows' {
    It 'finds a project by the GpuQuota column, the name New-RunaiProject takes' {
        @(Get-RunaiProject | Where-Object GpuQuota -EQ 2 | ForEach-Object Name) | Should -Contain 'views-a'
        $project = Get-RunaiProject -Name 'views-a'
        @($project | Where-Object Allocated -EQ $project.AllocatedGpus).Count | Should -Be 1
    }

    It 'does not take a piped project''s own GpuQuota for a change' {
        $lines = Invoke-RunaiWhatIf { Get-RunaiProject -Name 'views-a' | Set-RunaiProject -Description 'piped' -WhatIf }
        $lines | Should -Match "What if: .*project 'views-a'"
        $lines | Should -Not -Match '(?i)gpu'
    }

    It 'selects workloads by their Project and Pods columns' {
        $row = Get-RunaiWorkload -Project 'views-a' -Name 'views-ws' | Select-Object Name, Project, Pods
        $row.Project | Should -Be 'views-a'
        $row.Pods | Should -BeGreaterOrEqual 1
    }
}
