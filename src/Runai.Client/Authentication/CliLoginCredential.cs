using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Authentication;

/// <summary>
/// The token of a Run:ai CLI v2 login. It is read from disk whenever a fresh one is needed, so a <c>runai login</c> in
/// another window is picked up without reconnecting.
/// </summary>
public sealed class CliLoginCredential : RunaiCredential
{
    public CliLoginCredential(CliConfig config) => Config = config;

    public CliConfig Config { get; }
    public override RunaiAuthKind Kind => RunaiAuthKind.CliLogin;
    public override bool CanRefresh => true;

    protected internal override Task<AccessToken> GetTokenAsync(TokenRequestContext context, CancellationToken cancellationToken) =>
        Task.FromResult(AccessToken.FromJwt(Config.ReadAccessToken(), context.Time.GetUtcNow()));
}
