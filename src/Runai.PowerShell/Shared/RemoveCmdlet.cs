using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>Base of the Remove- cmdlets: adds -Force, which deletes without asking for confirmation.</summary>
public abstract class RemoveCmdlet : RunaiChangeCmdlet
{
    /// <summary>Deletes without asking for confirmation.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override bool SkipConfirmation => Force;
}
