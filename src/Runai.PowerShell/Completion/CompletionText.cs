using System.Linq;

namespace Runai.PowerShell;

/// <summary>How a completed name is written on the command line: quoted when PowerShell would otherwise split or expand it.</summary>
internal static class CompletionText
{
    private static readonly char[] NeedsQuotes = " \t'\"`$@#;,|&(){}[]<>".ToCharArray();

    /// <summary>The word typed so far without its opening quote, and that quote (or none).</summary>
    public static (string Text, char? Quote) Unquote(string word)
    {
        if (word.Length > 0 && word[0] is '\'' or '"')
        {
            var quote = word[0];
            var text = word.Substring(1);
            if (text.Length > 0 && text[text.Length - 1] == quote) text = text.Substring(0, text.Length - 1);
            return (quote == '\'' ? text.Replace("''", "'") : text, quote);
        }
        return (word, null);
    }

    /// <summary>The name as it must be typed: in the quote the user opened, else single-quoted when it needs it.</summary>
    public static string Quote(string name, char? quote)
    {
        if (quote == '"' && name.IndexOfAny(new[] { '"', '`', '$' }) < 0) return "\"" + name + "\"";
        if (quote is null && name.IndexOfAny(NeedsQuotes) < 0 && !name.Any(char.IsControl)) return name;
        return "'" + name.Replace("'", "''") + "'";
    }
}
