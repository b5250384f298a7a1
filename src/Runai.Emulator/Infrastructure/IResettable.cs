namespace Runai.Emulator.Infrastructure;

/// <summary>A stateful store that <c>POST /admin/reset</c> returns to its seeded state (fresh state per Pester Describe).</summary>
public interface IResettable
{
    void Reset();
}
