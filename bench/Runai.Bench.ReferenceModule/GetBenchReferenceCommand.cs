using System.Management.Automation;

namespace Runai.Bench.ReferenceModule;

/// <summary>The one cmdlet of the reference module.</summary>
[Cmdlet(VerbsCommon.Get, "BenchReference")]
[OutputType(typeof(BenchReference))]
public sealed class GetBenchReferenceCommand : PSCmdlet
{
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    public string Name { get; set; } = "reference";

    protected override void ProcessRecord() => WriteObject(new BenchReference { Name = Name });
}

/// <summary>The one output type, with one table view and one alias property.</summary>
public sealed class BenchReference
{
    public string Name { get; set; } = "";
}
