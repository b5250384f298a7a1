using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using Runai.Client.Workloads;

namespace Runai.PowerShell;

/// <summary>
/// The parameters every New-Runai*Workload shares and the submission itself: validate the input, resolve the project
/// (its cluster is the workload's), confirm, create without ever duplicating, and optionally wait.
/// </summary>
public abstract class NewWorkloadCmdlet : RunaiChangeCmdlet
{
    private int activity;

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }


    /// <summary>The project, by name or id; by default the connection's default project (Set-RunaiContext -Project).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ProjectName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ProjectNameCompleter))]
    public string? Project { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Image { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Command { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Arguments { get; set; }

    /// <summary>Environment variables, name = value (-Environment is the older name).</summary>
    [Parameter]
    [Alias("Environment")]
    [ValidateNotNull]
    public Hashtable? EnvironmentVariable { get; set; }

    /// <summary>A workload template of this kind by name: its fields under the explicit parameters (sent as <c>templateId</c>).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string? Template { get; set; }

    /// <summary>An environment asset by name: its image, command, variables, ports… under the explicit parameters.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string? EnvironmentAsset { get; set; }

    /// <summary>A compute asset by name: its GPU, CPU and memory requests under the explicit parameters.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string? ComputeAsset { get; set; }

    /// <summary>Data sources by name (any kind), each mounted as the workload's storage.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string[]? DataSource { get; set; }

    /// <summary>A docker registry credential by name: its Kubernetes secret pulls the image.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AssetNameCompleter))]
    public string? ImagePullCredential { get; set; }

    /// <summary>Whole GPU devices per pod.</summary>
    [Parameter]
    [Alias("GpuDevices")]
    [ValidateRange(0, 64)]
    public int? Gpu { get; set; }

    /// <summary>A portion of one GPU, e.g. 0.5.</summary>
    [Parameter]
    public double? GpuFraction { get; set; }

    /// <summary>GPU memory per device as a Kubernetes quantity, e.g. 20G.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? GpuMemory { get; set; }

    /// <summary>CPU cores requested.</summary>
    [Parameter]
    [ValidateRange(0.0, 4096.0)]
    public double? Cpu { get; set; }

    /// <summary>CPU memory requested as a Kubernetes quantity, e.g. 8G.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Memory { get; set; }

    /// <summary>Node pools in order of preference.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NodePoolNameCompleter))]
    public string[]? NodePool { get; set; }

    /// <summary>-Preemptible or -Preemptible:$false; absent leaves the kind's default.</summary>
    [Parameter]
    public SwitchParameter Preemptible { get; set; }

    /// <summary>Existing PVCs to mount: <c>claimName:/mount/path</c> or <c>claimName:/mount/path:ro</c>.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Pvc { get; set; }

    /// <summary>Container ports to expose.</summary>
    [Parameter]
    [ValidateRange(1, 65535)]
    public int[]? Port { get; set; }

    [Parameter]
    [ValidateNotNull]
    public Hashtable? Label { get; set; }

    [Parameter]
    [ValidateNotNull]
    public Hashtable? Annotation { get; set; }

    /// <summary>Any field of the kind's <c>spec</c> (hashtable or JSON); the other parameters are written over it.</summary>
    [Parameter]
    [ValidateNotNull]
    public object? Spec { get; set; }

    /// <summary>Return once the workload runs (trainings: once finished).</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>With -Wait: give up after this many seconds.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? TimeoutSec { get; set; }

    protected abstract WorkloadKind Kind { get; }

    /// <summary>Sets the kind's own parameters on the submission.</summary>
    protected virtual void AddKindParameters(WorkloadSubmission submission)
    {
    }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        var client = connection.Workloads();
        var submission = new WorkloadSubmission(Kind, Name!, "", "");
        try
        {
            FillSubmission(submission);
            submission.Validate();
        }
        catch (ArgumentException e)
        {
            // A RunaiInvalidValueException names its offending value, which becomes the TargetObject.
            WriteRunaiError(e, Name);
            return;
        }
        var usesAssets = EnvironmentAsset is not null || ComputeAsset is not null || DataSource is { Length: > 0 } || ImagePullCredential is not null;
        if (!usesAssets && Template is null && !submission.HasImage)
        {
            WriteImageRequired();
            return;
        }

        if (!TryRequireProject(Project, Name, out var projectName)) return;
        if (!TryRun(ct => client.ResolveProjectAsync(projectName, ct), projectName, out var project)) return;
        submission.ProjectId = project.Id;
        submission.ProjectName = project.Name;
        submission.ClusterId = project.ClusterId ?? connection.Cluster?.Uuid ?? "";
        if (submission.ClusterId.Length == 0)
        {
            WriteInputError($"The cluster of project '{project.Name}' is unknown. Run Set-RunaiContext -Cluster <name>.",
                ErrorIds.NoClusterSelected, ErrorCategory.InvalidOperation, Project);
            return;
        }
        if (usesAssets || Template is not null)
        {
            // Every name is looked up before anything is written; a miss has already been reported.
            var lookup = new WorkloadAssetLookup(this, connection, project.Id, submission.ClusterId, project.DepartmentId);
            if (Template is not null && (submission.Template = lookup.ResolveTemplate(Kind, Template)) is null) return;
            if (usesAssets && (submission.Assets = lookup.Resolve(EnvironmentAsset, ComputeAsset, DataSource, ImagePullCredential)) is null) return;
            if (!submission.HasImage)
            {
                WriteImageRequired();
                return;
            }
        }

        var (wait, timeoutSec) = (Wait.IsPresent, TimeoutSec);
        Changes.Submit(submission.Describe(), "Create", Name, ct => client.CreateAsync(submission, ct), workload =>
        {
            if (!wait)
            {
                WriteObject(workload);
                return;
            }
            var final = WorkloadWaiter.WaitFor(this, client, workload, null, timeoutSec, ++activity);
            if (final is not null) WriteObject(final);
        });
    }

    private void WriteImageRequired() =>
        WriteInputError($"An image is required for {Kind.Noun()} '{Name}': use -Image, -EnvironmentAsset, -Template or give spec.image in -Spec.",
            ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Name);

    private void FillSubmission(WorkloadSubmission submission)
    {
        submission.Spec = SpecParameter.FromParameter(Spec);
        submission.Image = Image;
        submission.Command = Command;
        submission.Arguments = Arguments;
        submission.Environment = HashtableText.ToDictionary(EnvironmentVariable);
        submission.Gpu = Gpu;
        submission.GpuFraction = GpuFraction;
        submission.GpuMemory = GpuMemory;
        submission.Cpu = Cpu;
        submission.Memory = Memory;
        submission.NodePools = NodePool;
        if (MyInvocation.BoundParameters.ContainsKey(nameof(Preemptible))) submission.Preemptible = Preemptible.IsPresent;
        submission.Pvcs = Pvc?.Select(PvcMount.Parse).ToList();
        submission.Ports = Port;
        submission.Labels = HashtableText.ToDictionary(Label);
        submission.Annotations = HashtableText.ToDictionary(Annotation);
        AddKindParameters(submission);
    }
}
