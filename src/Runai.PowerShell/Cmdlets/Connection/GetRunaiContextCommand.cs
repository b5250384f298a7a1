using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>Shows the current connection: URL, cluster, kind of authentication, token expiry. Never a secret.</summary>
[Cmdlet(VerbsCommon.Get, "RunaiContext")]
[OutputType(typeof(RunaiContext))]
public sealed class GetRunaiContextCommand : RunaiCmdlet
{
    protected override void EndProcessing() => WriteObject(new RunaiContext(RequireConnection()));
}
