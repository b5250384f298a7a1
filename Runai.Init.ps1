# Runs before Runai.PowerShell.dll is imported (a nested module, loaded before the root module): PowerShell reads the cmdlets' parameter types,
# which live in Runai.Client, before any module code runs, so the private loader must be hooked first.
# Only .NET calls here: a cmdlet such as Join-Path or Add-Type would auto-load its PowerShell module on every import (~85 ms).
$assembly = [System.Reflection.Assembly]::LoadFrom([System.IO.Path]::Combine($PSScriptRoot, 'Runai.PowerShell.dll'))
$assembly.GetType('Runai.PowerShell.DependencyLoader', $true)::Register()
