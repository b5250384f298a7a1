using System.Text.RegularExpressions;

namespace Runai.Tests.Unit.Client;

/// <summary>Runai.Client is used from C# too, where there are no cmdlets: its messages never name one.</summary>
public sealed class ClientMessagesTests
{
    private static readonly Regex CmdletName = new(@"\b(Get|Set|New|Remove|Connect|Disconnect|Invoke|Start|Stop|Wait)-Runai\w*");
    private static readonly Regex StringLiteral = new("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    [Fact]
    public void No_string_in_the_client_names_a_cmdlet()
    {
        var root = FindRepositoryRoot();
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src", "Runai.Client"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//")) continue; // comments may say which cmdlet uses a member
                foreach (Match literal in StringLiteral.Matches(lines[i]))
                {
                    if (CmdletName.IsMatch(literal.Value)) offenders.Add($"{Path.GetFileName(file)}:{i + 1}: {literal.Value}");
                }
            }
        }
        Assert.True(offenders.Count == 0, "Client messages name cmdlets: " + string.Join("; ", offenders));
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Runai.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("The repository root (Runai.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
