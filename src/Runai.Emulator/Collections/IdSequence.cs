using System.Globalization;

namespace Runai.Emulator.Collections;

/// <summary>
/// Numeric ids in creation order ("1", "2", …), and the lock of the stores that draw from it: collections whose rules
/// span each other (departments and projects, one tree in Run:ai) share one sequence and so one lock.
/// </summary>
public sealed class IdSequence
{
    private int _next = 1;

    public Lock Lock { get; } = new();

    /// <summary>The id the next record will get; taken only when the record is added.</summary>
    public string Peek() => _next.ToString(CultureInfo.InvariantCulture);

    public string Take()
    {
        var id = Peek();
        _next++;
        return id;
    }

    public void Restart() => _next = 1;
}
