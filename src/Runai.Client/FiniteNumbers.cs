using System.Globalization;

namespace Runai.Client;

/// <summary>
/// The one check of number parameters: NaN and the infinities have no JSON form and no meaning as a quota, a GPU
/// portion or a CPU count, so they are refused before anything is sent (the JSON writer would fail otherwise).
/// </summary>
public static class FiniteNumbers
{
    /// <summary>Throws an <see cref="RunaiInvalidValueException"/> carrying the first value that is NaN or infinite.</summary>
    public static void Check(params (string Label, double? Value)[] values)
    {
        foreach (var (label, value) in values)
        {
            if (value is { } v && (double.IsNaN(v) || double.IsInfinity(v)))
                throw new RunaiInvalidValueException(InvalidValueKind.Value, v,
                    $"{label} {v.ToString(CultureInfo.InvariantCulture)} is not a finite number.");
        }
    }
}
