using System;
using System.Management.Automation;
using Runai.Client.Emulator;

namespace Runai.PowerShell;

/// <summary>
/// Base of the cmdlets over the emulator's /admin routes: -Url, by default the emulator of the current connection (or
/// the one Start-RunaiEmulator started). Not API cmdlets: the admin routes take no token, so there is no -Connection.
/// </summary>
public abstract class EmulatorAdminCmdlet : RunaiAsyncCmdlet
{
    /// <summary>The emulator's URL, e.g. http://127.0.0.1:5123.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Url { get; set; }

    /// <summary>An admin client for -Url or the default emulator, or a terminating NoEmulator error.</summary>
    protected EmulatorAdminClient CreateAdminClient()
    {
        var url = Url ?? RunaiSession.Context?.BaseUrl ?? EmulatorSession.Started?.Url;
        if (url is null || !url.IsAbsoluteUri)
        {
            ThrowTerminatingError(ErrorRecordFactory.Create(
                "No emulator to talk to: there is no current connection and no emulator was started.",
                ErrorIds.NoEmulator, ErrorCategory.ConnectionError, Url,
                "Run Start-RunaiEmulator, Connect-Runai to an emulator, or pass -Url."));
        }
        return new EmulatorAdminClient(EmulatorSession.Root(url!));
    }
}
