using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Diagnostics;

namespace Runai.PowerShell;


/// <summary>
/// Base of every cmdlet that talks to the control plane: adds -Connection (default: the current one).
/// </summary>
public abstract class RunaiCmdlet : RunaiAsyncCmdlet
{
    /// <summary>The connection to use; by default the one Connect-Runai made current.</summary>
    [Parameter]
    [ValidateNotNull]
    public RunaiConnection? Connection { get; set; }

    /// <summary>The connection to use, or a terminating NotConnected error.</summary>
    protected RunaiConnection RequireConnection()
    {
        var connection = Connection ?? RunaiSession.Current;
        if (connection is null)
        {
            ThrowTerminatingError(ErrorRecordFactory.Create(
                "You are not connected to Run:ai. Run Connect-Runai first, or pass -Connection.",
                ErrorIds.NotConnected, ErrorCategory.ConnectionError, null, "Connect-Runai -BaseUrl https://<tenant>.run.ai -ClientId <id> -ClientSecret <secret>"));
        }
        return connection!;
    }

    private ChangeQueue? changes;

    /// <summary>How many changes may run at once (-ThrottleLimit of the cmdlets that make changes; 1 elsewhere).</summary>
    protected virtual int ChangeConcurrency => 1;

    /// <summary>Where this cmdlet's changes are confirmed and run; completed when the pipeline ends.</summary>
    internal ChangeQueue Changes => changes ??= new ChangeQueue(this, ChangeConcurrency);

    protected override void EndProcessing()
    {
        changes?.Complete();
        base.EndProcessing();
    }
}
