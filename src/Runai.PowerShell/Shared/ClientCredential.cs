using System.Management.Automation;
using System.Security;
using Runai.Client.Access;

namespace Runai.PowerShell;

/// <summary>
/// The <c>Credential</c> property of service accounts and access keys (a CodeProperty declared in
/// <c>Formats/Runai.Access.Types.ps1xml</c>): the client id and the secret as a PSCredential, on the object a create or
/// a regenerate returned, else null. The secret is nowhere else public, and the same file leaves it out of
/// Export-Clixml and remoting.
/// </summary>
public static class ClientCredential
{
    public static PSCredential? Of(PSObject instance) => instance?.BaseObject switch
    {
        ServiceAccount { ClientSecret: { } secret } account => Create(account.ClientId, secret),
        AccessKey { ClientSecret: { } secret } key => Create(key.ClientId, secret),
        _ => null,
    };

    private static PSCredential Create(string clientId, SecureString secret) => new(clientId, secret);
}
