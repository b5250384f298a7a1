@{
    RootModule           = 'Runai.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '5d0c6f2e-8a51-4f0b-9f5e-2b7c1a9e4d31'
    Author               = 'Runai contributors'
    CompanyName          = 'Runai contributors'
    Copyright            = '(c) Runai contributors. MIT License.'
    Description          = 'Manage NVIDIA Run:ai from PowerShell: projects, departments, node pools, clusters and every kind of workload, as typed objects in the pipeline.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    # Runs before the root module, to hook the private dependency loader before PowerShell reflects the cmdlets.
    NestedModules        = @('Runai.Init.ps1')
    FormatsToProcess     = @(
        'Formats/Runai.Core.Format.ps1xml'
        'Formats/Runai.Organization.Format.ps1xml'
        'Formats/Runai.Workloads.Format.ps1xml'
        'Formats/Runai.Access.Format.ps1xml'
        'Formats/Runai.Assets.Format.ps1xml'
    )
    # One name a line, grouped by area, so parallel work merges cleanly.
    TypesToProcess       = @(
        'Formats/Runai.Access.Types.ps1xml'
        'Formats/Runai.Views.Types.ps1xml'
    )
    CmdletsToExport      = @(
        # Foundation
        'Connect-Runai'
        'Disconnect-Runai'
        'Get-RunaiContext'
        'Set-RunaiContext'
        'Get-RunaiCluster'
        'Invoke-RunaiApi'
        # Organization
        'Get-RunaiNode'
        'Get-RunaiNodePool'
        'New-RunaiNodePool'
        'Set-RunaiNodePool'
        'Remove-RunaiNodePool'
        'Get-RunaiDepartment'
        'New-RunaiDepartment'
        'Set-RunaiDepartment'
        'Remove-RunaiDepartment'
        'Get-RunaiProject'
        'New-RunaiProject'
        'Set-RunaiProject'
        'Remove-RunaiProject'
        # Workloads
        'Get-RunaiWorkload'
        'New-RunaiWorkspace'
        'New-RunaiTrainingWorkload'
        'New-RunaiDistributedWorkload'
        'New-RunaiInferenceWorkload'
        'Stop-RunaiWorkload'
        'Start-RunaiWorkload'
        'Remove-RunaiWorkload'
        'Wait-RunaiWorkload'
        'Get-RunaiWorkloadPod'
        'Get-RunaiWorkloadEvent'
        'Get-RunaiWorkloadMetric'
        # Access
        'Get-RunaiRole'
        'Get-RunaiPermission'
        'Get-RunaiUser'
        'New-RunaiUser'
        'Remove-RunaiUser'
        'Reset-RunaiUserPassword'
        'Get-RunaiServiceAccount'
        'New-RunaiServiceAccount'
        'Set-RunaiServiceAccount'
        'Remove-RunaiServiceAccount'
        'Reset-RunaiServiceAccountSecret'
        'Get-RunaiAccessKey'
        'New-RunaiAccessKey'
        'Remove-RunaiAccessKey'
        'Reset-RunaiAccessKeySecret'
        'Get-RunaiAccessRule'
        'New-RunaiAccessRule'
        'Remove-RunaiAccessRule'
        'Grant-RunaiAccess'
        'Revoke-RunaiAccess'
        # Assets
        'Get-RunaiDataSource'
        'New-RunaiPvcDataSource'
        'New-RunaiS3DataSource'
        'New-RunaiGitDataSource'
        'New-RunaiNfsDataSource'
        'New-RunaiHostPathDataSource'
        'New-RunaiConfigMapDataSource'
        'New-RunaiSecretDataSource'
        'Set-RunaiDataSource'
        'Remove-RunaiDataSource'
        'Get-RunaiCredential'
        'New-RunaiAccessKeyCredential'
        'New-RunaiPasswordCredential'
        'New-RunaiDockerRegistryCredential'
        'New-RunaiGenericSecretCredential'
        'New-RunaiNgcApiKeyCredential'
        'Set-RunaiCredential'
        'Remove-RunaiCredential'
        'Get-RunaiComputeAsset'
        'New-RunaiComputeAsset'
        'Set-RunaiComputeAsset'
        'Remove-RunaiComputeAsset'
        'Get-RunaiEnvironmentAsset'
        'New-RunaiEnvironmentAsset'
        'Set-RunaiEnvironmentAsset'
        'Remove-RunaiEnvironmentAsset'
        # Emulator: start, stop and drive a local control plane for tests
        'Start-RunaiEmulator'
        'Stop-RunaiEmulator'
        'Reset-RunaiEmulator'
        'Add-RunaiEmulatorFault'
        'Get-RunaiEmulatorRequest'
        'Clear-RunaiEmulatorRequest'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Runai', 'Run:ai', 'NVIDIA', 'GPU', 'Kubernetes', 'AI', 'MLOps', 'PSEdition_Core', 'PSEdition_Desktop')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ProjectUri   = 'https://github.com/runai-powershell/Runai'
            ReleaseNotes = 'First release: foundation, organization and workload cmdlets.'
        }
    }
}
