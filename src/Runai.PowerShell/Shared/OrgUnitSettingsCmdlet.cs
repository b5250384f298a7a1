using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;
using Runai.Client.Organization;

namespace Runai.PowerShell;

/// <summary>
/// The quota, scheduling-rule and node-pool-order parameters that New-/Set-RunaiProject and -RunaiDepartment share,
/// checked before any request and applied to the unit read from (or about to be sent to) the control plane.
/// Quota parameters bind by property name so <c>Import-Csv teams.csv | New-RunaiProject</c> works.
/// </summary>
public abstract class OrgUnitSettingsCmdlet : RunaiChangeCmdlet
{
    /// <summary>The node pool the quota parameters apply to (by name); the cluster's default pool when omitted.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NodePoolNameCompleter))]
    public string? NodePool { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, double.MaxValue)]
    public double? GpuQuota { get; set; }

    /// <summary>The most GPUs the unit may use in the node pool (-1: no limit).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(-1, double.MaxValue)]
    public double? GpuLimit { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, double.MaxValue)]
    public double? OverQuotaWeight { get; set; }

    /// <summary>CPU quota in cores (2, 0.5) or millicores (500m).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? CpuQuota { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? CpuLimit { get; set; }

    /// <summary>Memory quota with units (64GB, 512Mi, 1.5GiB) or a number of bytes (PowerShell's 64GB literal).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? MemoryQuota { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? MemoryLimit { get; set; }

    /// <summary>Quota entries for several node pools at once (the contract's Resources; a node pool may be given by name only).</summary>
    [Parameter]
    [ValidateNotNull]
    public NodePoolQuota[]? Resources { get; set; }

    [Parameter]
    public string? Description { get; set; }

    /// <summary>The default order of node pools for workloads, by name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNull]
    [ArgumentCompleter(typeof(NodePoolNameCompleter))]
    public string[]? DefaultNodePool { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TimeSpan? InteractiveTimeLimit { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TimeSpan? InteractiveIdleTimeout { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TimeSpan? InteractivePreemptIdleTimeout { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TimeSpan? TrainingTimeLimit { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public TimeSpan? TrainingIdleTimeout { get; set; }

    /// <summary>Parses the quota parameters; on bad input writes an InvalidQuantity error for this item and returns false.</summary>
    protected bool TryReadQuota(out QuotaChange? change)
    {
        if (!TryPrepare(() => FiniteNumbers.Check(("GpuQuota", GpuQuota), ("GpuLimit", GpuLimit), ("OverQuotaWeight", OverQuotaWeight)), null))
        {
            change = null;
            return false;
        }
        change = new QuotaChange
        {
            NodePool = new NodePoolReference { Name = NodePool },
            Gpu = GpuQuota,
            GpuLimit = GpuLimit,
            OverQuotaWeight = OverQuotaWeight,
        };
        string? current = null;
        try
        {
            current = CpuQuota;
            if (CpuQuota is not null) change.CpuMillicores = Quantity.ParseCpuMillicores(CpuQuota);
            current = CpuLimit;
            if (CpuLimit is not null) change.CpuLimitMillicores = Quantity.ParseCpuMillicores(CpuLimit);
            current = MemoryQuota;
            if (MemoryQuota is not null) change.Memory = Quantity.ParseMemory(MemoryQuota);
            current = MemoryLimit;
            if (MemoryLimit is not null) change.MemoryLimit = Quantity.ParseMemory(MemoryLimit);
        }
        catch (FormatException e)
        {
            WriteInputError(e.Message, ErrorIds.InvalidQuantity, ErrorCategory.InvalidArgument, current);
            change = null;
            return false;
        }
        if (change.IsEmpty && NodePool is null) change = null;
        foreach (var (name, value) in Durations())
        {
            if (value is { } d && d.TotalSeconds < 1)
            {
                WriteInputError($"-{name} must be at least one second.", ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, d);
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether any setting parameter was given (Set-* with none has nothing to do).</summary>
    protected bool HasSettings(QuotaChange? quota) =>
        quota is not null || Resources is not null || Description is not null || DefaultNodePool is not null
        || Durations().Any(d => d.Value is not null);

    /// <summary>Applies the given settings to <paramref name="unit"/>, resolving node pool names in its cluster.</summary>
    internal async Task ApplyAsync(OrgUnit unit, QuotaChange? quota, OrganizationLookup lookup, CancellationToken ct)
    {
        if (quota is not null)
        {
            var pool = await lookup.NodePoolAsync(quota.NodePool.Name, unit.ClusterId, ct).ConfigureAwait(false);
            quota.NodePool = new NodePoolReference { Id = pool.Id, Name = pool.Name };
            QuotaEditor.Apply(unit.Resources, quota);
        }
        foreach (var entry in Resources ?? Array.Empty<NodePoolQuota>())
        {
            var pool = entry.NodePool?.Id is { } poolId
                ? (await lookup.NodePoolsAsync(unit.ClusterId, ct).ConfigureAwait(false)).FirstOrDefault(p => p.Id == poolId)
                  ?? throw new Runai.Client.RunaiResourceNotFoundException("node pool", poolId)
                : await lookup.NodePoolAsync(entry.NodePool?.Name, unit.ClusterId, ct).ConfigureAwait(false);
            var id = pool.Id;
            entry.NodePool = new NodePoolReference { Id = id, Name = pool.Name };
            entry.Gpu ??= new ResourceQuota { Deserved = 0 };
            unit.Resources.RemoveAll(r => r.NodePool?.Id == id);
            unit.Resources.Add(entry);
        }
        if (Description is not null) unit.Description = Description;
        if (DefaultNodePool is not null) unit.DefaultNodePools = DefaultNodePool.ToList();
        if (Durations().Any(d => d.Value is not null))
        {
            var rules = unit.SchedulingRules ??= new SchedulingRules();
            if (InteractiveTimeLimit is { } a) rules.InteractiveJobTimeLimitSeconds = Seconds(a);
            if (InteractiveIdleTimeout is { } b) rules.InteractiveJobMaxIdleDurationSeconds = Seconds(b);
            if (InteractivePreemptIdleTimeout is { } c) rules.InteractiveJobPreemptIdleDurationSeconds = Seconds(c);
            if (TrainingTimeLimit is { } d) rules.TrainingJobTimeLimitSeconds = Seconds(d);
            if (TrainingIdleTimeout is { } e) rules.TrainingJobMaxIdleDurationSeconds = Seconds(e);
        }
    }

    /// <summary>A short account of the change for ShouldProcess ("GPU quota 4 in node pool 'a100'").</summary>
    protected string Describe(QuotaChange? quota)
    {
        var parts = new List<string>();
        if (quota is not null)
        {
            var pool = quota.NodePool.Name is { } n ? $"node pool '{n}'" : "the default node pool";
            var what = new List<string>();
            if (quota.Gpu is { } g) what.Add("GPU quota " + g.ToString(CultureInfo.InvariantCulture));
            if (quota.GpuLimit is { } gl) what.Add("GPU limit " + gl.ToString(CultureInfo.InvariantCulture));
            if (quota.OverQuotaWeight is { } w) what.Add("over-quota weight " + w.ToString(CultureInfo.InvariantCulture));
            if (CpuQuota is not null) what.Add("CPU quota " + CpuQuota);
            if (CpuLimit is not null) what.Add("CPU limit " + CpuLimit);
            if (MemoryQuota is not null) what.Add("memory quota " + MemoryQuota);
            if (MemoryLimit is not null) what.Add("memory limit " + MemoryLimit);
            if (what.Count > 0) parts.Add(string.Join(", ", what) + " in " + pool);
        }
        if (Resources is not null) parts.Add($"quota in {Resources.Length} node pool(s)");
        if (Description is not null) parts.Add("description");
        if (DefaultNodePool is not null) parts.Add("default node pools " + string.Join(", ", DefaultNodePool));
        if (Durations().Any(d => d.Value is not null)) parts.Add("scheduling rules");
        return parts.Count == 0 ? "no change" : string.Join("; ", parts);
    }

    private IEnumerable<(string Name, TimeSpan? Value)> Durations()
    {
        yield return (nameof(InteractiveTimeLimit), InteractiveTimeLimit);
        yield return (nameof(InteractiveIdleTimeout), InteractiveIdleTimeout);
        yield return (nameof(InteractivePreemptIdleTimeout), InteractivePreemptIdleTimeout);
        yield return (nameof(TrainingTimeLimit), TrainingTimeLimit);
        yield return (nameof(TrainingIdleTimeout), TrainingIdleTimeout);
    }

    private static long Seconds(TimeSpan value) => (long)Math.Round(value.TotalSeconds);
}
