using System.Globalization;
using System.Text.RegularExpressions;

namespace Runai.Emulator.Workloads;

/// <summary>Reads the Kubernetes quantities the contract takes for memory requests ("20M", "1Gi", "1e9").</summary>
public static partial class KubernetesQuantity
{
    // The contract's pattern for CpuMemoryRequest and GpuMemoryRequest.
    [GeneratedRegex("^([+]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$")]
    private static partial Regex Pattern();

    [GeneratedRegex("^[eE][-+]?[0-9]+$")]
    private static partial Regex Exponent();

    /// <summary>The value in base units (bytes for memory), or null when <paramref name="text"/> is not a quantity.</summary>
    public static double? Parse(string? text)
    {
        var match = Pattern().Match(text ?? "");
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return null;
        var suffix = match.Groups[2].Value;
        if (Exponent().IsMatch(suffix))
            return number * Math.Pow(10, int.Parse(suffix[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        double? factor = suffix switch
        {
            "" => 1,
            "n" => 1e-9,
            "u" => 1e-6,
            "m" => 1e-3,
            "k" or "K" => 1e3,
            "M" => 1e6,
            "G" => 1e9,
            "T" => 1e12,
            "P" => 1e15,
            "E" => 1e18,
            "Ki" => 1024d,
            "Mi" => 1024d * 1024,
            "Gi" => 1024d * 1024 * 1024,
            "Ti" => 1024d * 1024 * 1024 * 1024,
            "Pi" => 1024d * 1024 * 1024 * 1024 * 1024,
            "Ei" => 1024d * 1024 * 1024 * 1024 * 1024 * 1024,
            _ => null,
        };
        return number * factor;
    }
}
