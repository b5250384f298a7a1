using Runai.Emulator.Collections;
using Runai.Emulator.Infrastructure;

namespace Runai.Emulator.Organization;

/// <summary>PUT and PATCH <c>{unit}/resources</c> of departments and projects; the answer is the unit's resulting <c>resources</c> list.</summary>
public static class OrgUnitResourceRoutes
{
    public static void Map(IEndpointRouteBuilder api, Collection<OrgUnitRecord> units, OrgUnitRules rules)
    {
        foreach (var (method, replace) in new[] { (HttpMethods.Put, true), (HttpMethods.Patch, false) })
        {
            api.MapMethods(units.ItemRoute + "/resources", [method], async (HttpRequest request) =>
            {
                var items = await JsonBody.ReadArrayAsync(request);
                var unit = units.Store.Change(units.IdOf(request), u => rules.UpdateResources(u, items, replace));
                return Results.Json(units.Render(unit)["resources"]!.DeepClone());
            });
        }
    }
}
