<#
.SYNOPSIS
    Builds the module's MAML help from docs/help/<Cmdlet>.md and the compiled cmdlets' own metadata.
.DESCRIPTION
    Each markdown file gives the words (## SYNOPSIS, ## DESCRIPTION, ## PARAMETERS with ### -Name, ## EXAMPLES with
    ### titles, a powershell code block and a sentence saying what it does and prints, optional ## INPUTS, ## OUTPUTS,
    ## NOTES and ## RELATED LINKS); syntax (as Get-Command -Syntax writes it, -WhatIf/-Confirm included), types,
    defaults (read from a new instance of the cmdlet), positions, pipeline input, input and output types come from the
    compiled cmdlets, so help can never disagree with the code. Related links name the cmdlets of the same noun and
    the about topics. Runs in its own pwsh because it imports the module.

    The build FAILS, listing every problem as "<file>: <what is wrong>", when a cmdlet has no help file, a help file
    has no cmdlet, a required section (SYNOPSIS, DESCRIPTION, EXAMPLES) is empty, a parameter is undocumented, the
    help documents or an example uses a parameter the cmdlet does not have, a cmdlet has fewer than two examples or an
    example lacks its code or its explaining sentence, a cmdlet declares no [OutputType], or a related link names
    nothing that exists.
#>
param(
    [Parameter(Mandatory)][string]$ModulePath,
    [Parameter(Mandatory)][string]$DocsPath,
    [Parameter(Mandatory)][string]$OutFile
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Read-HelpMarkdown([string]$Path) {
    $doc = @{ Synopsis = ''; Description = ''; Notes = ''; Inputs = ''; Outputs = ''; Links = @(); Sections = @(); Headings = @()
        Parameters = @{}; Examples = [System.Collections.Generic.List[object]]::new() }
    $section = $null; $sub = $null; $buffer = [System.Collections.Generic.List[string]]::new()
    $flush = {
        $text = ($buffer -join "`n").Trim()
        switch ($section) {
            'SYNOPSIS' { $doc.Synopsis = $text }
            'DESCRIPTION' { $doc.Description = $text }
            'NOTES' { $doc.Notes = $text }
            'INPUTS' { $doc.Inputs = $text }
            'OUTPUTS' { $doc.Outputs = $text }
            'RELATED LINKS' { $doc.Links = @($text -split '\n' | ForEach-Object { ($_ -replace '^\s*[-*]\s*', '' -replace '[\[\]`]', '').Trim() } | Where-Object { $_ }) }
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
        if ($line -match '^## (.+)$') { & $flush; $section = $Matches[1].Trim().ToUpperInvariant(); $doc.Sections += $section; $sub = $null; continue }
        if ($line -match '^### (.+)$') {
            & $flush; $sub = $Matches[1].Trim()
            if ($section -eq 'PARAMETERS') { $doc.Headings += $sub.TrimStart('-') }
            continue
        }
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
# -WhatIf and -Confirm belong in the syntax and the parameter list, as Get-Command -Syntax shows them; the others are
# <CommonParameters>, which Get-Help adds by itself.
$common = [System.Management.Automation.PSCmdlet]::CommonParameters
$everyCommon = $common + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

Import-Module $ModulePath -Force
$moduleName = [System.IO.Path]::GetFileNameWithoutExtension($ModulePath)
$cmdlets = Get-Command -Module $moduleName -CommandType Cmdlet | Sort-Object Name
$problems = [System.Collections.Generic.List[string]]::new()
function Add-Problem([string]$File, [string]$Text) { $problems.Add("docs/help/$([System.IO.Path]::GetFileName($File)): $Text") }

# Parameters shared by many cmdlets (such as -Connection) are described once, in _common.md.
$commonFile = Join-Path $DocsPath '_common.md'
$shared = if (Test-Path $commonFile) { (Read-HelpMarkdown $commonFile).Parameters } else { @{} }
$aboutTopics = @(Get-ChildItem -Path (Join-Path (Split-Path $ModulePath) 'en-US') -Filter 'about_*.help.txt' -ErrorAction SilentlyContinue |
        ForEach-Object { $_.Name -replace '\.help\.txt$' })

# The type as Get-Command -Syntax writes it ('string[]', 'int', 'RunaiContext', never Nullable`1).
function Get-SyntaxType($Command, [string]$Parameter) {
    foreach ($set in $Command.ParameterSets) {
        $pattern = '(?<![\w-])-' + [regex]::Escape($Parameter) + ' <([^>]+)>'
        if ("$set" -match $pattern) { return $Matches[1] }
    }
    $null
}

# Defaults come from the cmdlet itself: the value a new instance holds (MaxRetries 3, ThrottleLimit 1).
function Get-DefaultValue($Command, [string]$Parameter) {
    if (-not $Command.ImplementingType) { return $null }
    try { $instance = [Activator]::CreateInstance($Command.ImplementingType) } catch { return $null }
    $property = $Command.ImplementingType.GetProperty($Parameter)
    if (-not $property) { return $null }
    $value = $property.GetValue($instance)
    if ($null -eq $value -or $value -is [System.Management.Automation.SwitchParameter] -or $value -is [bool]) { return $null }
    if ($value -is [string] -and -not $value) { return $null }
    if ($value -is [System.Collections.IEnumerable] -and $value -isnot [string]) { $value = @($value) -join ', '; if (-not $value) { return $null } }
    "$value"
}

# Parameters an example passes to a cmdlet of this module that the cmdlet does not have (prefixes and aliases count).
function Get-UnknownExampleParameter([string]$Code) {
    $tokens = $null; $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($Code, [ref]$tokens, [ref]$errors)
    if ($errors) { return @("does not parse: $($errors[0].Message)") }
    foreach ($call in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
        $name = $call.GetCommandName()
        $target = $cmdlets | Where-Object Name -EQ $name
        if (-not $target) { continue }
        $names = @($target.Parameters.Keys) + @($target.Parameters.Values | ForEach-Object Aliases) + $everyCommon
        foreach ($element in $call.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] }) {
            $given = $element.ParameterName
            if ($names -contains $given) { continue }
            if (@($names | Where-Object { $_ -like "$given*" }).Count -eq 1) { continue }
            "$name has no parameter -$given"
        }
    }
}

$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
New-Item -ItemType Directory -Force -Path (Split-Path $OutFile) | Out-Null
$writer = [System.Xml.XmlWriter]::Create($OutFile, $settings)
$writer.WriteStartDocument()
$writer.WriteStartElement('helpItems', 'http://msh')
$writer.WriteAttributeString('schema', 'maml')
foreach ($cmd in $cmdlets) {
    $file = Join-Path $DocsPath "$($cmd.Name).md"
    if (-not (Test-Path $file)) { Add-Problem $file "$($cmd.Name) has no help file: write one in the shape of docs/help/Get-RunaiProject.md"; continue }
    $doc = Read-HelpMarkdown $file
    foreach ($section in 'SYNOPSIS', 'DESCRIPTION') {
        if (-not $doc[$section.Substring(0, 1) + $section.Substring(1).ToLowerInvariant()]) { Add-Problem $file "the ## $section section is missing or empty" }
    }
    if ($doc.Examples.Count -eq 0) { Add-Problem $file 'the ## EXAMPLES section is missing or has no ### example' }
    elseif ($doc.Examples.Count -lt 2) { Add-Problem $file "has $($doc.Examples.Count) example; at least 2 are required" }
    foreach ($example in $doc.Examples) {
        if (-not $example.Code) { Add-Problem $file "example '$($example.Title)' has no powershell code block" }
        elseif (-not $example.Remarks) { Add-Problem $file "example '$($example.Title)' needs a sentence after its code saying what it does and what it prints" }
        foreach ($unknown in Get-UnknownExampleParameter $example.Code) { Add-Problem $file "example '$($example.Title)': $unknown" }
    }
    if (-not ($cmd.OutputType)) { Add-Problem $file "$($cmd.Name) declares no [OutputType] (use [OutputType(typeof(void))] when it writes nothing), so OUTPUTS cannot be written" }
    foreach ($heading in $doc.Headings) {
        if (-not $cmd.Parameters.ContainsKey($heading)) { Add-Problem $file "documents -$heading, which $($cmd.Name) does not have" }
    }

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
        foreach ($p in $set.Parameters | Where-Object Name -NotIn $common) {
            $writer.WriteStartElement('command', 'parameter', $command)
            $writer.WriteAttributeString('required', "$($p.IsMandatory)".ToLowerInvariant())
            $writer.WriteAttributeString('position', $(if ($p.Position -ge 0) { "$($p.Position)" } else { 'named' }))
            $writer.WriteElementString('maml', 'name', $maml, $p.Name)
            if ($p.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
                $writer.WriteStartElement('command', 'parameterValue', $command)
                $writer.WriteAttributeString('required', 'true')
                $writer.WriteString((Get-SyntaxType $cmd $p.Name))
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
        if (-not $text) { Add-Problem $file "-$name is not documented (add '### -$name' under ## PARAMETERS, or to _common.md when many cmdlets share it)" } else { Write-Paragraphs $writer $text }
        $writer.WriteEndElement()
        $syntaxType = Get-SyntaxType $cmd $name
        if ($p.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
            $writer.WriteStartElement('command', 'parameterValue', $command); $writer.WriteAttributeString('required', 'true'); $writer.WriteString($syntaxType); $writer.WriteEndElement()
        }
        $writer.WriteStartElement('dev', 'type', $dev); $writer.WriteElementString('maml', 'name', $maml, $(if ($syntaxType) { $syntaxType } else { 'switch' })); $writer.WriteEndElement()
        $default = Get-DefaultValue $cmd $name
        $writer.WriteElementString('dev', 'defaultValue', $dev, $(if ($null -ne $default) { $default } else { 'None' }))
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    # INPUTS: what binds from the pipeline, by value (the type) or by property name.
    $writer.WriteStartElement('command', 'inputTypes', $command)
    $byValue = @($cmd.Parameters.Values | Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipeline -and -not $_.DontShow } })
    $byName = @($cmd.Parameters.Values | Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.ValueFromPipelineByPropertyName } } | ForEach-Object Name | Sort-Object -Unique)
    $inputs = @($byValue | ForEach-Object { Get-SyntaxType $cmd $_.Name } | Sort-Object -Unique)
    if ($byName) { $inputs += "Objects with the properties $($byName -join ', ')" }
    if (-not $inputs) { $inputs = @('None') }
    foreach ($type in $inputs) {
        $writer.WriteStartElement('command', 'inputType', $command)
        $writer.WriteStartElement('dev', 'type', $dev); $writer.WriteElementString('maml', 'name', $maml, $type); $writer.WriteEndElement()
        $writer.WriteStartElement('maml', 'description', $maml); if ($doc.Inputs) { Write-Paragraphs $writer $doc.Inputs }; $writer.WriteEndElement()
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'returnValues', $command)
    foreach ($type in $cmd.OutputType) {
        $writer.WriteStartElement('command', 'returnValue', $command)
        $typeName = if ($type.Type -eq [void]) { 'None' } else { $type.Name }
        $writer.WriteStartElement('dev', 'type', $dev); $writer.WriteElementString('maml', 'name', $maml, $typeName); $writer.WriteEndElement()
        $writer.WriteStartElement('maml', 'description', $maml); if ($doc.Outputs) { Write-Paragraphs $writer $doc.Outputs }; $writer.WriteEndElement()
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

    # RELATED LINKS: the cmdlets of the same noun, those the file names, and the about topics.
    $links = [System.Collections.Generic.List[string]]::new()
    foreach ($link in $doc.Links) {
        if (-not (($cmdlets | Where-Object Name -EQ $link) -or $link -in $aboutTopics -or $link -match '^https?://')) { Add-Problem $file "related link '$link' names no cmdlet, about topic or URL" }
        elseif (-not $links.Contains($link)) { $links.Add($link) }
    }
    foreach ($sibling in $cmdlets | Where-Object { $_.Noun -eq $cmd.Noun -and $_.Name -ne $cmd.Name } | ForEach-Object Name) { if (-not $links.Contains($sibling)) { $links.Add($sibling) } }
    foreach ($topic in $aboutTopics | Where-Object { $_ -eq 'about_Runai' -or ($_ -eq 'about_Runai_Workloads' -and $cmd.Noun -like 'RunaiWorkload*') }) { if (-not $links.Contains($topic)) { $links.Add($topic) } }
    $writer.WriteStartElement('maml', 'relatedLinks', $maml)
    foreach ($link in $links) {
        $writer.WriteStartElement('maml', 'navigationLink', $maml)
        $writer.WriteElementString('maml', 'linkText', $maml, $link)
        $writer.WriteElementString('maml', 'uri', $maml, $(if ($link -match '^https?://') { $link } else { '' }))
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()
    $writer.WriteEndElement()
}
$writer.WriteEndElement()
$writer.WriteEndDocument()
$writer.Dispose()

foreach ($file in Get-ChildItem -Path $DocsPath -Filter '*-*.md' -File) {
    if (-not ($cmdlets | Where-Object Name -EQ $file.BaseName)) { Add-Problem $file.FullName "no cmdlet $($file.BaseName) is exported: remove the file or export the cmdlet" }
}
if ($problems.Count) {
    [Console]::Error.WriteLine("Help is incomplete ($($problems.Count) problems):")
    foreach ($problem in $problems) { [Console]::Error.WriteLine("  $problem") }
    exit 1
}
