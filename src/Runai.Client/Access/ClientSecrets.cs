using System;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Resources;

namespace Runai.Client.Access;

/// <summary>
/// The writes of the resources whose create and regenerate answers carry a one-time client secret (service accounts,
/// access keys): the answer is read into a SecureString on the object returned, then the plain text is dropped.
/// </summary>
internal static class ClientSecrets
{
    /// <summary>POST {route} with a name; answers the new item, read back by id, with its secret attached.</summary>
    public static async Task<T> CreateAsync<T>(RunaiConnection connection, ResourceClient<T> items, string name, Action<T, string?> attach,
        CancellationToken cancellationToken) where T : class
    {
        var route = items.Resource.Route;
        var body = new JsonObject { ["name"] = name };
        var answer = await connection.SendAsync(HttpMethod.Post, route, RunaiConnection.JsonContent(body.ToJsonString()),
            AccessJsonContext.Default.SecretAnswer, cancellationToken).ConfigureAwait(false);
        connection.Cache.Invalidate(route);
        if (answer?.Id is not { Length: > 0 } id) throw new RunaiException($"POST /{route} answered without the new {items.Resource.Noun}'s id.");
        var item = await items.GetAsync(id, cancellationToken).ConfigureAwait(false);
        attach(item, answer.ClientSecret);
        return item;
    }

    /// <summary>POST {route}/{id}/secret; answers the item, read again, with the new secret attached.</summary>
    public static async Task<T> RegenerateAsync<T>(RunaiConnection connection, ResourceClient<T> items, string id, Action<T, string?> attach,
        CancellationToken cancellationToken) where T : class
    {
        var answer = await connection.SendAsync(HttpMethod.Post, items.ItemPath(id) + "/secret", null, AccessJsonContext.Default.SecretAnswer, cancellationToken)
            .ConfigureAwait(false);
        if (answer?.ClientSecret is not { Length: > 0 }) throw new RunaiException($"POST /{items.ItemPath(id)}/secret answered without a secret.");
        var item = await items.GetAsync(id, cancellationToken).ConfigureAwait(false);
        attach(item, answer.ClientSecret);
        return item;
    }
}
