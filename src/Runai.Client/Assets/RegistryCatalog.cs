using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Resources;

namespace Runai.Client.Assets;

/// <summary>
/// What a registry holds, read through the control plane (<c>/api/v1/asset/registries/{id}/repositories</c> and
/// <c>…/repositories/tags</c>), optionally narrowed by the contract's <c>searchName</c>.
/// </summary>
public static class RegistryCatalog
{
    public static async Task<IReadOnlyList<string>> RepositoriesAsync(this RunaiConnection connection, string registryId, string? searchName = null,
        CancellationToken cancellationToken = default)
    {
        var path = RunaiPath.Format("api/v1/asset/registries/{0}/repositories", ResourceIds.Check(AssetKinds.Registry.Descriptor, registryId));
        var query = new QueryString().Add("searchName", searchName);
        var answer = await connection.GetAsync(query.AppendTo(path), AssetsJsonContext.Default.RegistryRepositories, cancellationToken).ConfigureAwait(false);
        return answer?.Repositories ?? new List<string>();
    }

    public static async Task<IReadOnlyList<string>> TagsAsync(this RunaiConnection connection, string registryId, string repository, string? searchName = null,
        CancellationToken cancellationToken = default)
    {
        var path = RunaiPath.Format("api/v1/asset/registries/{0}/repositories/tags", ResourceIds.Check(AssetKinds.Registry.Descriptor, registryId));
        var query = new QueryString().Add("repository", repository).Add("searchName", searchName);
        var answer = await connection.GetAsync(query.AppendTo(path), AssetsJsonContext.Default.RepositoryTags, cancellationToken).ConfigureAwait(false);
        return answer?.Tags ?? new List<string>();
    }
}
