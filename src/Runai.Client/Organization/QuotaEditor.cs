using System;
using System.Collections.Generic;
using System.Linq;

namespace Runai.Client.Organization;

/// <summary>
/// Applies a <see cref="QuotaChange"/> to an org unit's resources list: only the named node pool's entry, and in it only
/// the fields asked for, change; every other entry and field (modelled or not) is left as read.
/// </summary>
public static class QuotaEditor
{
    public static NodePoolQuota Apply(List<NodePoolQuota> resources, QuotaChange change)
    {
        var entry = resources.FirstOrDefault(r => Same(r.NodePool, change.NodePool));
        if (entry is null)
        {
            entry = new NodePoolQuota { NodePool = new NodePoolReference { Id = change.NodePool.Id, Name = change.NodePool.Name } };
            resources.Add(entry);
        }
        if (change.Gpu is not null || change.GpuLimit is not null || change.OverQuotaWeight is not null)
        {
            entry.Gpu ??= new ResourceQuota { Deserved = 0 };
            if (change.Gpu is double gpu) entry.Gpu.Deserved = gpu;
            if (change.GpuLimit is double gpuLimit) entry.Gpu.Limit = gpuLimit;
            if (change.OverQuotaWeight is double weight) entry.Gpu.OverQuotaWeight = weight;
        }
        entry.Gpu ??= new ResourceQuota { Deserved = 0 };
        if (change.CpuMillicores is not null || change.CpuLimitMillicores is not null)
        {
            entry.Cpu ??= new ResourceQuota();
            if (change.CpuMillicores is double cpu) entry.Cpu.Deserved = cpu;
            if (change.CpuLimitMillicores is double cpuLimit) entry.Cpu.Limit = cpuLimit;
        }
        if (change.Memory is not null || change.MemoryLimit is not null)
        {
            entry.Memory ??= new ResourceQuota();
            // The contract has one unit for deserved and limit: keep the entry's, converting what was given.
            var units = change.Memory?.Units ?? entry.Memory.Units ?? change.MemoryLimit!.Value.Units;
            if (entry.Memory.Units is { } old && old != units)
            {
                entry.Memory.Deserved = Convert(entry.Memory.Deserved, old, units);
                entry.Memory.Limit = Convert(entry.Memory.Limit, old, units);
            }
            entry.Memory.Units = units;
            if (change.Memory is { } memory) entry.Memory.Deserved = memory.Value;
            if (change.MemoryLimit is { } limit) entry.Memory.Limit = Convert(limit.Value, limit.Units, units);
        }
        return entry;
    }

    /// <summary>Converts between the contract's memory units (Mib = 2^20 bytes, MB = 10^6, GB = 10^9); -1 (unlimited) stays.</summary>
    public static double? Convert(double? value, string from, string to)
    {
        if (value is not double v || v < 0 || from == to) return value;
        return Math.Round(v * BytesPer(from) / BytesPer(to), 6);
    }

    private static double BytesPer(string units) => units switch
    {
        "Mib" => 1024d * 1024,
        "GB" => 1e9,
        _ => 1e6,
    };

    private static bool Same(NodePoolReference? a, NodePoolReference b) =>
        a is not null && (a.Id is not null && b.Id is not null ? a.Id == b.Id : string.Equals(a.Name, b.Name, StringComparison.Ordinal));
}
