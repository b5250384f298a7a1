namespace Runai.Tests.Unit.Support;

/// <summary>
/// Finds the Run:ai contract (<c>shared/runai-api/openapi.json</c>), which lives outside the repository: beside the
/// repository root in CI, higher up in a developer's worktree layout. Tests that need it skip when it is absent.
/// </summary>
public static class ContractLocator
{
    public const string RelativePath = "shared/runai-api/openapi.json";

    /// <summary>Overrides the search, for layouts where shared/ is elsewhere.</summary>
    public const string EnvironmentVariable = "RUNAI_CONTRACT";

    private static readonly Lazy<string?> Location = new(Search);

    /// <summary>The full path of openapi.json, or null when it cannot be found.</summary>
    public static string? Find() => Location.Value;

    public static string SkipReason =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? $"{EnvironmentVariable} names '{configured}', which does not exist; the Run:ai contract is needed for this test."
            : $"The Run:ai contract ({RelativePath}) was not found in any directory above {AppContext.BaseDirectory}; set {EnvironmentVariable} to its path to run this test.";

    private static string? Search()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        // Walk up from the test binaries: past the repository root (the folder with Runai.psd1) to its siblings.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RelativePath);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that needs the Run:ai contract; skipped with a clear reason when it is absent.</summary>
public sealed class ContractFactAttribute : FactAttribute
{
    public ContractFactAttribute()
    {
        if (ContractLocator.Find() is null) Skip = ContractLocator.SkipReason;
    }
}

/// <summary>A theory that needs the Run:ai contract; skipped with a clear reason when it is absent.</summary>
public sealed class ContractTheoryAttribute : TheoryAttribute
{
    public ContractTheoryAttribute()
    {
        if (ContractLocator.Find() is null) Skip = ContractLocator.SkipReason;
    }
}
