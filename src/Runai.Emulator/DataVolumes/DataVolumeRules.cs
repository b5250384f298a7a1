using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Runai.Emulator.Infrastructure;
using Runai.Emulator.Organization;

namespace Runai.Emulator.DataVolumes;

/// <summary>
/// What data volume writes must respect: a name of the contract's pattern, a PVC, a project that exists; a PATCH
/// changes only the description; a shared scope must exist, and sharing twice or removing what is not shared is refused.
/// </summary>
public sealed partial class DataVolumeRules(OrganizationClusters clusters, OrgUnitTree orgUnits, TimeProvider time)
{
    public DataVolumeRecord Create(JsonObject body, string sequenceNumber)
    {
        var name = body.GetString("name");
        if (string.IsNullOrEmpty(name) || !NamePattern().IsMatch(name)) throw ApiProblem.BadRequest($"'name' must match ^[a-z][-a-z0-9]{{0,62}}$, not '{name}'.");
        var pvc = body.GetString("originPvcName");
        if (string.IsNullOrEmpty(pvc)) throw ApiProblem.BadRequest("'originPvcName' is required.");
        var projectId = body.GetString("projectId") ?? throw ApiProblem.BadRequest("'projectId' is required.");
        var project = orgUnits.Projects.Find(projectId) ?? throw ApiProblem.BadRequest($"Project '{projectId}' does not exist.");
        if (body.GetBool("shouldDeleteOriginalVolume") == true) throw ApiProblem.BadRequest("'shouldDeleteOriginalVolume' true is not supported.");
        var now = time.GetUtcNow();
        return new DataVolumeRecord
        {
            Id = Assets.AssetStores.Uuid(sequenceNumber), Name = name, Description = body.GetString("description"), OriginPvcName = pvc,
            ProjectId = project.Id, ProjectName = project.Name, DepartmentId = project.ParentId ?? "", ClusterId = project.ClusterId,
            UseOriginalVolume = body.GetBool("useOriginalVolume") ?? true, CreatedAt = now, UpdatedAt = now,
        };
    }

    /// <summary>PATCH: <c>DatavolumePatchFields</c> has only the description.</summary>
    public void Patch(DataVolumeRecord volume, JsonObject body)
    {
        if (body.ContainsKey("description")) volume.Description = body.GetString("description");
        volume.UpdatedAt = time.GetUtcNow();
    }

    /// <summary>The contract's <c>SharedScopesPatchRequest</c>: every scope to add must exist and not be shared yet; every one to remove must be shared.</summary>
    public void ChangeShares(DataVolumeRecord volume, JsonObject body)
    {
        var add = Scopes(body, "add");
        var remove = Scopes(body, "remove");
        foreach (var (type, id) in remove)
        {
            if (!volume.Shares.Exists(s => s.ScopeType == type && s.ScopeId == id))
                throw ApiProblem.BadRequest($"Data volume '{volume.Name}' is not shared with {type} '{id}'.");
        }
        var added = new List<DataVolumeShareRecord>();
        foreach (var (type, id) in add)
        {
            if (volume.Shares.Exists(s => s.ScopeType == type && s.ScopeId == id) || added.Exists(s => s.ScopeType == type && s.ScopeId == id))
                throw ApiProblem.Conflict($"Data volume '{volume.Name}' is already shared with {type} '{id}'.");
            added.Add(new DataVolumeShareRecord(type, id, NameOf(type, id), time.GetUtcNow()));
        }
        volume.Shares.RemoveAll(s => remove.Contains((s.ScopeType, s.ScopeId)));
        volume.Shares.AddRange(added);
    }

    private string NameOf(string type, string id) => type switch
    {
        "cluster" when clusters.IsKnown(id) => clusters.NameOf(id),
        "department" when orgUnits.Departments.Find(id) is { } d => d.Name,
        "project" when orgUnits.Projects.Find(id) is { } p => p.Name,
        _ => throw ApiProblem.BadRequest($"There is no {type} '{id}' to share with."),
    };

    private static List<(string Type, string Id)> Scopes(JsonObject body, string field)
    {
        var scopes = new List<(string, string)>();
        foreach (var item in body[field] as JsonArray ?? [])
        {
            if (item is not JsonObject scope || scope.GetString("scopeType") is not { } type || scope.GetString("scopeId") is not { } id)
                throw ApiProblem.BadRequest($"Each '{field}' item needs 'scopeType' and 'scopeId'.");
            if (type is not ("cluster" or "department" or "project"))
                throw ApiProblem.BadRequest($"Scope type '{type}' is not cluster, department or project.");
            scopes.Add((type, id));
        }
        return scopes;
    }

    [GeneratedRegex("^[a-z][-a-z0-9]{0,62}$")]
    private static partial Regex NamePattern();
}
