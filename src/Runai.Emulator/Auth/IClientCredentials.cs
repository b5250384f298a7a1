namespace Runai.Emulator.Auth;

/// <summary>
/// Client ids and secrets the token endpoint accepts beyond the <c>--app</c> applications: service accounts and
/// access keys, whose secrets the control plane issued and may have regenerated since.
/// </summary>
public interface IClientCredentials
{
    /// <summary>Whether <paramref name="secret"/> is the current secret of an enabled client <paramref name="clientId"/>; a match records the login.</summary>
    bool Verify(string clientId, string secret);
}
