namespace Runai.Client.Authentication;

/// <summary>How a connection authenticates.</summary>
public enum RunaiAuthKind
{
    /// <summary>An application or service account's client id and secret, exchanged for tokens as needed.</summary>
    ClientCredentials,
    /// <summary>A bearer token given directly; it cannot be refreshed.</summary>
    BearerToken,
    /// <summary>The token of a Run:ai CLI v2 login (<c>~/.runai</c>); it is re-read from disk when it nears expiry.</summary>
    CliLogin,
}
