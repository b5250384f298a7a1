using System.Management.Automation;
using Runai.Client;

namespace Runai.PowerShell;


/// <summary>
/// Base of every cmdlet that talks to the control plane: adds -Connection (default: the current one).
/// </summary>
public abstract class RunaiCmdlet : RunaiAsyncCmdlet
{
    /// <summary>
    /// The connection to use, as Connect-Runai -PassThru or Get-RunaiContext return it; by default the one Connect-Runai
    /// made current.
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public RunaiContext? Connection { get; set; }

    /// <summary>-Connection, or else the current connection; null when there is neither.</summary>
    protected RunaiContext? SelectedContext => Connection ?? RunaiSession.Context;

    /// <summary>The connection to use, or a terminating NotConnected error.</summary>
    protected RunaiConnection RequireConnection() => RequireContext().Connection;

    /// <summary>The connection object to use (as -PassThru returns it), or a terminating NotConnected error.</summary>
    protected RunaiContext RequireContext()
    {
        var context = SelectedContext;
        if (context is null)
        {
            ThrowTerminatingError(ErrorRecordFactory.Create(
                "You are not connected to Run:ai. Run Connect-Runai first, or pass -Connection.",
                ErrorIds.NotConnected, ErrorCategory.ConnectionError, null, "Connect-Runai -BaseUrl https://<tenant>.run.ai -ClientId <id> -ClientSecret <secret>"));
        }
        return context!;
    }

    /// <summary>
    /// -Project as given, else the default project of the connection in use (Set-RunaiContext -Project), as the Run:ai
    /// CLI's <c>runai project set</c> works; null when there is neither.
    /// </summary>
    protected string? ProjectOrDefault(string? project) => project ?? SelectedContext?.Connection.Project?.Name;

    /// <summary>The project to act in (see <see cref="ProjectOrDefault"/>), or a non-terminating NoProjectSelected error.</summary>
    protected bool TryRequireProject(string? project, object? target, out string selected)
    {
        selected = ProjectOrDefault(project) ?? "";
        if (selected.Length > 0) return true;
        WriteInputError("No project was given and the connection has no default project. Pass -Project, or choose one with Set-RunaiContext -Project <name>.",
            ErrorIds.NoProjectSelected, ErrorCategory.InvalidOperation, target);
        return false;
    }

    private ChangeQueue? changes;

    /// <summary>How many changes may run at once (-ThrottleLimit of the cmdlets that make changes; 1 elsewhere).</summary>
    protected virtual int ChangeConcurrency => 1;

    /// <summary>Whether changes are made without asking for confirmation (-Force of the Remove- cmdlets).</summary>
    protected virtual bool SkipConfirmation => false;

    /// <summary>ShouldProcess, without the confirmation prompt when <see cref="SkipConfirmation"/> is set.</summary>
    internal bool ShouldProcessChange(string target, string action) => ForcedConfirmation.ShouldProcess(this, SkipConfirmation, target, action);

    /// <summary>Where this cmdlet's changes are confirmed and run; completed when the pipeline ends.</summary>
    internal ChangeQueue Changes => changes ??= new ChangeQueue(this, ChangeConcurrency);

    protected override void EndProcessing()
    {
        changes?.Complete();
        base.EndProcessing();
    }
}
