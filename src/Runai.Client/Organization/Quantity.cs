using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Runai.Client.Organization;

/// <summary>
/// Turns what admins type into the contract's quota units. Memory: the contract takes a number plus <c>units</c>
/// (Mib, MB or GB). "64GB" stays 64 GB, "512Mi"/"512MiB" is 512 Mib, "1.5GiB"/"2Ti" are converted to Mib, "500M"/"500MB"
/// is MB, "1TB" is 1000 GB; a plain number is bytes (so PowerShell's numeric literal 64GB, which is 64×2^30 bytes,
/// means 64 GiB) and is sent in Mib. CPU: the contract takes millicores; "500m" is 500 millicores and a plain number is cores.
/// </summary>
public static class Quantity
{
    private const double BytesPerMib = 1024 * 1024;
    private static readonly Regex Pattern = new(@"^\s*([0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*([A-Za-z]*)\s*$", RegexOptions.CultureInvariant);

    /// <summary>Parses a memory quantity into the contract's (value, units).</summary>
    public static (double Value, string Units) ParseMemory(string text)
    {
        var (number, unit) = Split(text, "memory");
        switch (unit)
        {
            case "": return (Round(number / BytesPerMib), "Mib");
            case "M": case "MB": return (number, "MB");
            case "G": case "GB": return (number, "GB");
            case "T": case "TB": return (number * 1000, "GB");
            case "Mi": case "MiB": case "Mib": return (number, "Mib");
            case "Gi": case "GiB": case "Gib": return (number * 1024, "Mib");
            case "Ti": case "TiB": case "Tib": return (number * 1024 * 1024, "Mib");
            default:
                throw new FormatException($"'{text}' is not a memory quantity: use a number with MB, GB, TB, Mi, Gi or Ti (for example 64GB or 512Mi), or a number of bytes.");
        }
    }

    /// <summary>Parses a CPU quantity into millicores.</summary>
    public static double ParseCpuMillicores(string text)
    {
        var (number, unit) = Split(text, "CPU");
        return unit switch
        {
            "" => Round(number * 1000),
            "m" => number,
            _ => throw new FormatException($"'{text}' is not a CPU quantity: use cores (2, 0.5) or millicores (500m)."),
        };
    }

    private static (double Number, string Unit) Split(string? text, string kind)
    {
        var match = Pattern.Match(text ?? "");
        if (!match.Success)
            throw new FormatException($"'{text}' is not a {kind} quantity.");
        var number = double.Parse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(number)) throw new FormatException($"'{text}' is too large for a {kind} quantity."); // hundreds of digits
        return (number, match.Groups[2].Value);
    }

    private static double Round(double value) => Math.Round(value, 6);
}
