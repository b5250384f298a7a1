using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>The Test-*Name cmdlets' output: one Boolean per name, in order; a name no item could have is an InvalidName error for it, sent nowhere.</summary>
internal static class NameAvailabilityWriter
{
    public static void Write(RunaiCmdlet cmdlet, IEnumerable<string> names, string noun, Func<string, CancellationToken, Task<bool>> isAvailable)
    {
        foreach (var name in names)
        {
            if (!cmdlet.TryPrepare(() => ResourceNames.Check(name, noun), name)) continue;
            if (cmdlet.TryRun(ct => isAvailable(name, ct), name, out var available)) cmdlet.WriteObject(available);
        }
    }
}
