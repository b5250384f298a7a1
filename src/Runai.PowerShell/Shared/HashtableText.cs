using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace Runai.PowerShell;

/// <summary>A name = value hashtable (environment variables, labels) as text pairs.</summary>
internal static class HashtableText
{
    public static IDictionary<string, string>? ToDictionary(Hashtable? table) =>
        table?.Cast<DictionaryEntry>().ToDictionary(
            e => Convert.ToString(e.Key, CultureInfo.InvariantCulture)!,
            e => Convert.ToString(e.Value is PSObject ps ? ps.BaseObject : e.Value, CultureInfo.InvariantCulture) ?? "");
}
