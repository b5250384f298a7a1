using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>
/// Base of the cmdlets that change the control plane from piped input: adds -ThrottleLimit, and keeps the piped
/// object itself (a CSV row), which every error of that item names as its TargetObject.
/// </summary>
public abstract class RunaiChangeCmdlet : RunaiCmdlet
{
    /// <summary>How many changes run at once for piped input (1: one after another).</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 1;

    /// <summary>The piped object this record was bound from (its properties bind the other parameters by name).</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    protected override int ChangeConcurrency => ThrottleLimit;

    // A piped string is the value itself, which the cmdlet already names more precisely.
    protected internal override object? PipelineRow => InputObject is { BaseObject: not string } row ? row : null;
}
