<#
.SYNOPSIS
    Builds the module's MAML help from docs/help/<Cmdlet>.md and the compiled cmdlets' own metadata.
.DESCRIPTION
    Each markdown file gives the words (## SYNOPSIS, ## DESCRIPTION, ## PARAMETERS with ### -Name, ## EXAMPLES with
    ### titles and a powershell code block, optional ## NOTES); syntax, types, positions and pipeline input come from
    Get-Command, so help can never disagree with the code. Runs in its own pwsh because it imports the module.
#>
param(
    [Parameter(Mandatory)][string]$ModulePath,
    [Parameter(Mandatory)][string]$DocsPath,
    [Parameter(Mandatory)][string]$OutFile
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Read-HelpMarkdown([string]$Path) {
    $doc = @{ Synopsis = ''; Description = ''; Notes = ''; Parameters = @{}; Examples = [System.Collections.Generic.List[object]]::new() }
    $section = $null; $sub = $null; $buffer = [System.Collections.Generic.List[string]]::new()
    $flush = {
        $text = ($buffer -join "`n").Trim()
        switch ($section) {
            'SYNOPSIS' { $doc.Synopsis = $text }
            'DESCRIPTION' { $doc.Description = $text }
            'NOTES' { $doc.Notes = $text }
            'PARAMETERS' { if ($sub) { $doc.Parameters[$sub.TrimStart('-')] = $text } }
            'EXAMPLES' {
                if ($sub) {
                    $code = if ($text -match '(?s)```(?:powershell)?\s*\n(.*?)```') { $Matches[1].TrimEnd() } else { '' }
                    $remarks = ($text -replace '(?s)```.*?```', '').Trim()
                    $doc.Examples.Add([pscustomobject]@{ Title = $sub; Code = $code; Remarks = $remarks })
                }
            }
        }
        $buffer.Clear()
    }
    foreach ($line in Get-Content -LiteralPath $Path) {
        if ($line -match '^## (.+)$') { & $flush; $section = $Matches[1].Trim().ToUpperInvariant(); $sub = $null; continue }
        if ($line -match '^### (.+)$') { & $flush; $sub = $Matches[1].Trim(); continue }
        if ($line -match '^# ') { continue }
        $buffer.Add($line)
    }
    & $flush
    $doc
}

function Write-Paragraphs([System.Xml.XmlWriter]$Writer, [string]$Text) {
    # Blank lines separate paragraphs; each '- ' bullet stays a paragraph of its own.
    foreach ($block in ($Text -split "\n\s*\n")) {
        foreach ($para in ($block -split "\n(?=\s*- )")) {
            if ($para.Trim()) { $Writer.WriteElementString('maml', 'para', $maml, ($para -replace '\s*\n\s*', ' ').Trim()) }
        }
    }
}

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'
$common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

Import-Module $ModulePath -Force
$moduleName = [System.IO.Path]::GetFileNameWithoutExtension($ModulePath)
$cmdlets = Get-Command -Module $moduleName -CommandType Cmdlet | Sort-Object Name
$missing = @()
# Parameters shared by many cmdlets (such as -Connection) are described once, in _common.md.
$commonFile = Join-Path $DocsPath '_common.md'
$shared = if (Test-Path $commonFile) { (Read-HelpMarkdown $commonFile).Parameters } else { @{} }

$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
New-Item -ItemType Directory -Force -Path (Split-Path $OutFile) | Out-Null
$writer = [System.Xml.XmlWriter]::Create($OutFile, $settings)
$writer.WriteStartDocument()
$writer.WriteStartElement('helpItems', 'http://msh')
$writer.WriteAttributeString('schema', 'maml')
foreach ($cmd in $cmdlets) {
    $file = Join-Path $DocsPath "$($cmd.Name).md"
    if (-not (Test-Path $file)) { $missing += $cmd.Name; continue }
    $doc = Read-HelpMarkdown $file
    $writer.WriteStartElement('command', 'command', $command)
    $writer.WriteAttributeString('xmlns', 'maml', $null, $maml)
    $writer.WriteAttributeString('xmlns', 'dev', $null, $dev)
    $writer.WriteStartElement('command', 'details', $command)
    $writer.WriteElementString('command', 'name', $command, $cmd.Name)
    $writer.WriteStartElement('maml', 'description', $maml); Write-Paragraphs $writer $doc.Synopsis; $writer.WriteEndElement()
    $writer.WriteElementString('command', 'verb', $command, $cmd.Verb)
    $writer.WriteElementString('command', 'noun', $command, $cmd.Noun)
    $writer.WriteEndElement()
    $writer.WriteStartElement('maml', 'description', $maml); Write-Paragraphs $writer $doc.Description; $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'syntax', $command)
    foreach ($set in $cmd.ParameterSets) {
        $writer.WriteStartElement('command', 'syntaxItem', $command)
        $writer.WriteElementString('maml', 'name', $maml, $cmd.Name)
        foreach ($p in $set.Parameters | Where-Object Name -notin $common) {
            $writer.WriteStartElement('command', 'parameter', $command)
            $writer.WriteAttributeString('required', "$($p.IsMandatory)".ToLowerInvariant())
            $writer.WriteAttributeString('position', $(if ($p.Position -ge 0) { "$($p.Position)" } else { 'named' }))
            $writer.WriteElementString('maml', 'name', $maml, $p.Name)
            if ($p.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
                $writer.WriteStartElement('command', 'parameterValue', $command)
                $writer.WriteAttributeString('required', 'true')
                $writer.WriteString($p.ParameterType.Name)
                $writer.WriteEndElement()
            }
            $writer.WriteEndElement()
        }
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'parameters', $command)
    # Hidden parameters (DontShow: the piped row a change cmdlet keeps for its errors) are not documented.
    $hidden = @($cmd.Parameters.Values | Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow } } |
        ForEach-Object Name)
    foreach ($name in $cmd.Parameters.Keys | Where-Object { $_ -notin $common -and $_ -notin $hidden } | Sort-Object) {
        $p = $cmd.Parameters[$name]
        $attributes = $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }
        $pipeline = @()
        if ($attributes | Where-Object ValueFromPipeline) { $pipeline += 'ByValue' }
        if ($attributes | Where-Object ValueFromPipelineByPropertyName) { $pipeline += 'ByPropertyName' }
        $writer.WriteStartElement('command', 'parameter', $command)
        $writer.WriteAttributeString('required', "$([bool]($attributes | Where-Object Mandatory))".ToLowerInvariant())
        $positioned = @($attributes | Where-Object { $_.Position -ge 0 })
        $position = if ($positioned) { $positioned[0].Position } else { $null }
        $writer.WriteAttributeString('position', $(if ($null -ne $position) { "$position" } else { 'named' }))
        $writer.WriteAttributeString('pipelineInput', $(if ($pipeline) { "True ($($pipeline -join ', '))" } else { 'False' }))
        $writer.WriteAttributeString('globbing', "$([bool]($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }))".ToLowerInvariant())
        $writer.WriteAttributeString('aliases', $(if ($p.Aliases.Count) { $p.Aliases -join ', ' } else { 'none' }))
        $writer.WriteElementString('maml', 'name', $maml, $name)
        $writer.WriteStartElement('maml', 'description', $maml)
        $text = if ($doc.Parameters[$name]) { $doc.Parameters[$name] } else { $shared[$name] }
        if (-not $text) { $missing += "$($cmd.Name) -$name" } else { Write-Paragraphs $writer $text }
        $writer.WriteEndElement()
        if ($p.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
            $writer.WriteStartElement('command', 'parameterValue', $command); $writer.WriteAttributeString('required', 'true'); $writer.WriteString($p.ParameterType.Name); $writer.WriteEndElement()
        }
        $writer.WriteStartElement('dev', 'type', $dev); $writer.WriteElementString('maml', 'name', $maml, $p.ParameterType.FullName); $writer.WriteEndElement()
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'returnValues', $command)
    foreach ($type in $cmd.OutputType) {
        $writer.WriteStartElement('command', 'returnValue', $command)
        $writer.WriteStartElement('dev', 'type', $dev); $writer.WriteElementString('maml', 'name', $maml, $type.Name); $writer.WriteEndElement()
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    if ($doc.Notes) {
        $writer.WriteStartElement('maml', 'alertSet', $maml); $writer.WriteStartElement('maml', 'alert', $maml); Write-Paragraphs $writer $doc.Notes; $writer.WriteEndElement(); $writer.WriteEndElement()
    }
    $writer.WriteStartElement('command', 'examples', $command)
    foreach ($example in $doc.Examples) {
        $writer.WriteStartElement('command', 'example', $command)
        $writer.WriteElementString('maml', 'title', $maml, "-------------------------- $($example.Title) --------------------------")
        $writer.WriteElementString('dev', 'code', $dev, $example.Code)
        $writer.WriteStartElement('dev', 'remarks', $dev); Write-Paragraphs $writer $example.Remarks; $writer.WriteEndElement()
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()
    $writer.WriteEndElement()
}
$writer.WriteEndElement()
$writer.WriteEndDocument()
$writer.Dispose()

if ($missing) { Write-Warning "Help is missing for: $($missing -join '; ')" }
