# Runs before Runai.PowerShell.dll is imported (a nested module, loaded before the root module): PowerShell reads the cmdlets' parameter types,
# which live in Runai.Client, before any module code runs, so the private loader must be hooked first.
Add-Type -Path (Join-Path $PSScriptRoot 'Runai.PowerShell.dll')
[Runai.PowerShell.DependencyLoader]::Register()
