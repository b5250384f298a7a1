using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>Base of the cmdlets that change the control plane from piped input: adds -ThrottleLimit.</summary>
public abstract class RunaiChangeCmdlet : RunaiCmdlet
{
    /// <summary>How many changes run at once for piped input (1: one after another).</summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 1;

    protected override int ChangeConcurrency => ThrottleLimit;
}
