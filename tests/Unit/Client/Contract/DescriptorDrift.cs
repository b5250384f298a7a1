using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Runai.Client.Resources;

namespace Runai.Tests.Unit.Client.Contract;

/// <summary>
/// Compares what a descriptor declares with what the contract documents, one aspect at a time. Each method returns the
/// differences as sentences naming the descriptor's field, the route and the contract's view; empty when they agree.
/// </summary>
internal static class DescriptorDrift
{
    /// <summary>The contract's item route under the collection (<c>/api/v1/node-pools/{nodepoolId}</c>), or null when it has none.</summary>
    public static string? ItemPath(DeclaredResource resource)
    {
        var prefix = "/" + resource.Route + "/";
        return ContractDocument.Paths.Select(p => p.Key)
            .FirstOrDefault(path => path.StartsWith(prefix, StringComparison.Ordinal) && path[prefix.Length..] is var rest
                && rest.StartsWith('{') && rest.EndsWith('}') && !rest.Contains('/'));
    }

    /// <summary>Every declared operation exists at its route with that method, and declares exactly the contract's 2xx statuses.</summary>
    public static List<string> Operations(DeclaredResource resource)
    {
        var problems = new List<string>();
        var collection = "/" + resource.Route;
        var item = ItemPath(resource);
        var operations = resource.Operations;
        Check("List", operations.List, collection, "get");
        Check("Count", operations.Count, collection + "/count", "get");
        Check("Get", operations.Get, item, "get");
        Check("Create", operations.Create, collection, "post");
        Check("Update", operations.Update, item, "put");
        Check("Patch", operations.Patch, item, "patch");
        Check("Delete", operations.Delete, item, "delete");
        Check("NameAvailability", operations.NameAvailability, collection + "/name-availability", "get");
        if (operations.Count is not null && ContractDocument.Operation(collection + "/count", "get") is { } count)
        {
            var answer = ContractDocument.ResponseSchema(count, 200);
            var field = ContractDocument.Properties(answer).GetValueOrDefault("count");
            if (field is null || !ContractDocument.Types(field).Contains("integer"))
                problems.Add($"{resource.Field}: GET {collection}/count does not answer {{\"count\": integer}}, which the client reads.");
        }
        return problems;

        void Check(string name, IReadOnlyList<int>? declared, string? path, string method)
        {
            if (declared is null) return;
            var verb = method.ToUpperInvariant();
            var operation = path is null ? null : ContractDocument.Operation(path, method);
            if (operation is null)
            {
                problems.Add($"{resource.Field}: declares {name}, but the contract has no {verb} {path ?? collection + "/{id}"}.");
                return;
            }
            var documented = ContractDocument.SuccessStatuses(operation);
            if (!declared.Order().SequenceEqual(documented))
            {
                problems.Add($"{resource.Field}: {name} ({verb} {path}) declares success statuses [{string.Join(", ", declared.Order())}], "
                    + $"the contract documents [{string.Join(", ", documented)}].");
            }
        }
    }

    /// <summary>The list answer holds an array of the item schema in <c>ListEnvelope</c>, or is that array when it is null.</summary>
    public static List<string> ListEnvelope(DeclaredResource resource)
    {
        var problems = new List<string>();
        var path = "/" + resource.Route;
        if (resource.Operations.List is null || ContractDocument.Operation(path, "get") is not { } list) return problems;
        var answer = ContractDocument.ResponseSchema(list, 200);
        if (answer is null)
        {
            problems.Add($"{resource.Field}: GET {path} documents no JSON answer for 200.");
            return problems;
        }
        JsonObject? array;
        if (resource.ListEnvelope is null)
        {
            array = answer;
            if (!ContractDocument.Types(array).SetEquals(new[] { "array" }))
            {
                problems.Add($"{resource.Field}: ListEnvelope is null (a bare array), but GET {path} answers an object with "
                    + $"[{string.Join(", ", ContractDocument.Properties(answer).Keys)}].");
                return problems;
            }
        }
        else
        {
            // A dotted envelope (accessRules.accessRules) walks nested objects, as PageReader does.
            array = answer;
            foreach (var step in resource.ListEnvelope.Split('.'))
            {
                var properties = ContractDocument.Properties(array!);
                if (!properties.TryGetValue(step, out array))
                {
                    problems.Add($"{resource.Field}: ListEnvelope '{resource.ListEnvelope}' is not a property of GET {path}'s answer "
                        + $"(at '{step}' it has [{string.Join(", ", properties.Keys)}]).");
                    return problems;
                }
            }
            if (!ContractDocument.Types(array).SetEquals(new[] { "array" }))
            {
                problems.Add($"{resource.Field}: '{resource.ListEnvelope}' of GET {path}'s answer is {string.Join("|", ContractDocument.Types(array))}, not an array.");
                return problems;
            }
        }
        var items = ContractDocument.RefName(ContractDocument.ArrayItems(array));
        var accepted = new[] { resource.Schema }.Concat(resource.ModelSchemas).ToList();
        if (items is null || !accepted.Contains(items))
        {
            problems.Add($"{resource.Field}: GET {path} lists {items ?? "an inline schema"}, not {resource.Schema} "
                + $"(nor another schema {resource.ItemClrType.Name} declares with [ContractSchema]).");
        }
        return problems;
    }

    /// <summary>LiteralSegments are exactly the contract's literal one-segment routes under the collection (count, telemetry…).</summary>
    public static List<string> LiteralSegments(DeclaredResource resource)
    {
        var prefix = "/" + resource.Route + "/";
        var documented = ContractDocument.Paths.Select(p => p.Key)
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal))
            .Select(path => path[prefix.Length..])
            .Where(segment => segment.Length > 0 && !segment.Contains('/') && !segment.StartsWith('{'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var declared = resource.LiteralSegments.Order(StringComparer.Ordinal).ToList();
        return declared.SequenceEqual(documented)
            ? new List<string>()
            : new List<string>
            {
                $"{resource.Field}: LiteralSegments are [{string.Join(", ", declared)}], the contract has [{string.Join(", ", documented)}] under {prefix}.",
            };
    }

    /// <summary>
    /// IdFormat is Uuid exactly where the item route's id parameter has <c>format: uuid</c>. A list without an item route
    /// (the asset family lists) still takes ids to look items up: there the listed schema's id (<c>id</c>, or
    /// <c>meta.id</c> for assets) says whether they are UUIDs.
    /// </summary>
    public static List<string> IdFormat(DeclaredResource resource)
    {
        var problems = new List<string>();
        var item = ItemPath(resource);
        if (item is null)
        {
            if (resource.IdFormat == ResourceIdFormat.Uuid && !ListedIdIsUuid(resource))
            {
                problems.Add($"{resource.Field}: IdFormat is Uuid, but the contract has no item route under /{resource.Route}/ to say so, "
                    + $"nor an id (or meta.id) of format uuid in {resource.Schema}.");
            }
            return problems;
        }
        var name = item[(item.LastIndexOf('{') + 1)..^1];
        var formats = ContractDocument.Paths[item]!.AsObject()
            .Where(m => m.Value is JsonObject && m.Key is "get" or "put" or "patch" or "delete" or "post")
            .Select(m => ContractDocument.Parameter(item, m.Value!.AsObject(), name))
            .Where(p => p is not null)
            .Select(p => (string?)ContractDocument.Resolve(p!["schema"])?["format"])
            .ToList();
        var uuid = formats.Contains("uuid");
        if ((resource.IdFormat == ResourceIdFormat.Uuid) != uuid)
        {
            problems.Add($"{resource.Field}: IdFormat is {resource.IdFormat}, but {{{name}}} of {item} "
                + (uuid ? "has format: uuid." : $"has no uuid format ({string.Join(", ", formats.Select(f => f ?? "none").Distinct())})."));
        }
        return problems;
    }

    private static bool ListedIdIsUuid(DeclaredResource resource)
    {
        var properties = ContractDocument.Properties(ContractDocument.Schema(resource.Schema));
        var id = properties.GetValueOrDefault("id")
            ?? (properties.GetValueOrDefault("meta") is { } meta ? ContractDocument.Properties(meta).GetValueOrDefault("id") : null);
        return (string?)ContractDocument.Resolve(id)?["format"] == "uuid";
    }

    /// <summary>Paged ⇔ the list takes offset and limit; Filterable ⇔ it takes filterBy; name and ScopeField are filterBy fields.</summary>
    public static List<string> PagingAndFilter(DeclaredResource resource)
    {
        var problems = new List<string>();
        var path = "/" + resource.Route;
        if (resource.Operations.List is null || ContractDocument.Operation(path, "get") is not { } list) return problems;
        var parameters = ContractDocument.Parameters(path, list).Select(p => (string?)p["name"]).ToHashSet();
        var paged = parameters.Contains("offset") && parameters.Contains("limit");
        if (resource.Paged != paged)
            problems.Add($"{resource.Field}: Paged is {resource.Paged}, but GET {path} {(paged ? "takes" : "does not take")} offset and limit.");
        var filterBy = ContractDocument.Parameter(path, list, "filterBy");
        if (resource.Filterable != (filterBy is not null))
            problems.Add($"{resource.Field}: Filterable is {resource.Filterable}, but GET {path} {(filterBy is null ? "does not take" : "takes")} filterBy.");
        var pattern = filterBy is null ? null : FilterPattern(filterBy);
        if (resource.Filterable && pattern is not null && resource.NameField is { } nameField)
        {
            foreach (var op in resource.NameOperators ?? new[] { "==" })
            {
                if (!Regex.IsMatch(nameField + op + "x", pattern))
                    problems.Add($"{resource.Field}: names are looked up with filterBy {nameField}{op}…, which GET {path}'s filterBy pattern {pattern} does not allow.");
            }
        }
        if (resource.ScopeField is { } scope && (pattern is null || !Regex.IsMatch(scope + "==x", pattern)))
        {
            problems.Add($"{resource.Field}: ScopeField '{scope}' is not a field GET {path}'s filterBy allows"
                + (pattern is null ? " (it takes no filterBy)." : $" ({pattern})."));
        }
        return problems;
    }

    /// <summary>
    /// Every query parameter the list or count requires (beyond paging and filtering, which the client sends itself) is
    /// in FixedQuery with a value its schema allows, and FixedQuery names no parameter those operations lack.
    /// </summary>
    public static List<string> FixedQuery(DeclaredResource resource)
    {
        var problems = new List<string>();
        var collection = "/" + resource.Route;
        var fixedQuery = resource.FixedQuery.ToDictionary(p => p.Key, p => p.Value);
        foreach (var (name, path, declared) in new[] { ("List", collection, resource.Operations.List), ("Count", collection + "/count", resource.Operations.Count) })
        {
            if (declared is null || ContractDocument.Operation(path, "get") is not { } operation) continue;
            var query = ContractDocument.Parameters(path, operation).Where(p => (string?)p["in"] == "query").ToList();
            foreach (var parameter in query.Where(p => (bool?)p["required"] == true))
            {
                var parameterName = (string)parameter["name"]!;
                if (!fixedQuery.TryGetValue(parameterName, out var value))
                {
                    problems.Add($"{resource.Field}: GET {path} ({name}) requires the query parameter '{parameterName}', which FixedQuery does not send.");
                    continue;
                }
                var allowed = (ContractDocument.Resolve(parameter["schema"])?["enum"] as JsonArray)?.Select(v => (string?)v).ToList();
                if (allowed is not null && !allowed.Contains(value))
                    problems.Add($"{resource.Field}: FixedQuery sends {parameterName}={value}, but GET {path} allows [{string.Join(", ", allowed)}].");
            }
            foreach (var parameterName in fixedQuery.Keys.Where(k => query.All(p => (string?)p["name"] != k)))
                problems.Add($"{resource.Field}: FixedQuery sends '{parameterName}', which GET {path} ({name}) does not take.");
        }
        return problems;
    }

    /// <summary>
    /// A declared name-availability check names the query parameter the contract takes the name in (a required string),
    /// and the contract answers a taken name with 409, which the client reads as "not available".
    /// </summary>
    public static List<string> NameAvailability(DeclaredResource resource)
    {
        var problems = new List<string>();
        var path = "/" + resource.Route + "/name-availability";
        var operation = ContractDocument.Operation(path, "get");
        if (resource.Operations.NameAvailability is null)
        {
            if (operation is not null) problems.Add($"{resource.Field}: the contract has GET {path}, which Operations.NameAvailability does not declare.");
            return problems;
        }
        if (operation is null) return problems; // reported by Operations
        var parameter = resource.NameAvailabilityParameter is { } name ? ContractDocument.Parameter(path, operation, name) : null;
        if (parameter is null || (string?)parameter["in"] != "query" || (bool?)parameter["required"] != true
            || !ContractDocument.Types(ContractDocument.Resolve(parameter["schema"])!).Contains("string"))
        {
            problems.Add($"{resource.Field}: NameAvailabilityParameter is '{resource.NameAvailabilityParameter}', but GET {path} takes the name in [" +
                string.Join(", ", ContractDocument.Parameters(path, operation).Where(p => (bool?)p["required"] == true).Select(p => (string?)p["name"])) + "].");
        }
        if (operation["responses"]?["409"] is null) problems.Add($"{resource.Field}: GET {path} documents no 409, which the client reads as a taken name.");
        return problems;
    }

    /// <summary>Schema is a component schema, the item model declares it, and GET of one item answers it (or a schema extending it).</summary>
    public static List<string> Schema(DeclaredResource resource)
    {
        var problems = new List<string>();
        if (ContractDocument.Schemas[resource.Schema] is null)
        {
            problems.Add($"{resource.Field}: Schema '{resource.Schema}' is not a component schema of the contract.");
            return problems;
        }
        if (!resource.ModelSchemas.Contains(resource.Schema))
            problems.Add($"{resource.Field}: its model {resource.ItemClrType.Name} does not declare [ContractSchema(\"{resource.Schema}\")].");
        if (resource.Operations.Get is not null && ItemPath(resource) is { } item && ContractDocument.Operation(item, "get") is { } get)
        {
            var answer = ContractDocument.ResponseSchema(get, 200);
            if (!ContractDocument.IsOrExtends(answer, resource.Schema))
                problems.Add($"{resource.Field}: GET {item} answers {ContractDocument.RefName(answer) ?? "an inline schema"}, which neither is nor extends {resource.Schema}.");
        }
        return problems;
    }

    private static string? FilterPattern(JsonObject filterBy)
    {
        var schema = ContractDocument.Resolve(filterBy["schema"]);
        var items = ContractDocument.Resolve(schema?["items"]);
        return (string?)(items?["pattern"] ?? schema?["pattern"]);
    }
}
