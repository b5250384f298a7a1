using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Runai.Client.Resources;

namespace Runai.Client.Access;

/// <summary>
/// The user operations that are not plain CRUD: create (answers a temporary password, not the user) and reset
/// password. The temporary password is read into a SecureString on the returned user and kept nowhere else.
/// </summary>
public sealed class UserAccounts
{
    private readonly RunaiConnection connection;

    public UserAccounts(RunaiConnection connection) => this.connection = connection ?? throw new ArgumentNullException(nameof(connection));

    public ResourceClient<User> Users => connection.Users();

    /// <summary>Creates the user; with <paramref name="resetPassword"/> the user must change the temporary password at first login.</summary>
    public async Task<User> CreateAsync(string email, bool resetPassword, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["email"] = email, ["resetPassword"] = resetPassword };
        var answer = await connection.SendAsync(HttpMethod.Post, UserResource.Descriptor.Route, RunaiConnection.JsonContent(body.ToJsonString()),
            AccessJsonContext.Default.SecretAnswer, cancellationToken).ConfigureAwait(false);
        connection.Cache.Invalidate(UserResource.Descriptor.Route);
        if (answer?.Id is not { Length: > 0 } id) throw new RunaiException($"POST /{UserResource.Descriptor.Route} answered without the new user's id.");
        var user = await Users.GetAsync(id, cancellationToken).ConfigureAwait(false);
        user.TemporaryPassword = SecretAnswer.Protect(answer.TempPassword);
        return user;
    }

    /// <summary>Gives the user a new temporary password, returned on the user.</summary>
    public async Task<User> ResetPasswordAsync(User user, CancellationToken cancellationToken = default)
    {
        var path = Users.ItemPath(user.Id) + "/password";
        var answer = await connection.SendAsync(HttpMethod.Post, path, null, AccessJsonContext.Default.SecretAnswer, cancellationToken).ConfigureAwait(false);
        var copy = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(user, AccessJsonContext.Default.User), AccessJsonContext.Default.User)!;
        copy.TemporaryPassword = SecretAnswer.Protect(answer?.TempPassword);
        return copy;
    }
}
