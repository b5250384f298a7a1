using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Runai.Emulator.Contract;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Emulator;

/// <summary>The committed contract digest: current with the document, free of prose, and as strict as the document.</summary>
public sealed class ContractDigestTests
{
    private static readonly Lazy<OpenApiContract> Document = new(() => OpenApiContract.Load(ContractLocator.Find()!));

    private static readonly string[] Prose = ["description", "summary", "title", "example", "examples", "default", "tags", "externalDocs"];

    [ContractFact]
    public void The_committed_digest_is_regenerated_identically_from_the_contract()
    {
        var regenerated = ContractDigest.Write(OpenApiContract.ReadDocument(ContractLocator.Find()!));
        var committed = ContractDigest.ReadEmbedded().Replace("\r\n", "\n", StringComparison.Ordinal);

        // On failure: dotnet src/Runai.Emulator/bin/Release/net10.0/Runai.Emulator.dll --write-digest ../shared/runai-api/openapi.json src/Runai.Emulator/Contract/contract-digest.json
        Assert.True(regenerated == committed,
            "src/Runai.Emulator/Contract/contract-digest.json is out of date with the contract; regenerate it with Runai.Emulator --write-digest.");
    }

    [Fact]
    public void The_digest_loads_every_operation()
    {
        Assert.Equal(391, OpenApiContract.LoadDigest().OperationCount);
        Assert.Equal(OpenApiContract.DigestSource, OpenApiContract.LoadDigest().Source);
    }

    [Fact]
    public void The_digest_holds_structure_and_no_prose()
    {
        var digest = JsonNode.Parse(ContractDigest.ReadEmbedded())!.AsObject();
        var found = new List<string>();
        Walk(digest, "$", found);

        Assert.Empty(found);
        var schemas = digest["components"]!["schemas"]!;
        Assert.Equal("#/components/schemas/TokenRequestGrantTypeEnum", schemas["TokenRequest"]?["properties"]?["grantType"]?["$ref"]?.GetValue<string>());
        Assert.Contains("client_credentials", schemas["TokenRequestGrantTypeEnum"]!["enum"]!.AsArray().Select(x => x!.GetValue<string>()));
    }

    [ContractFact]
    public void Digest_and_document_check_every_operation_alike()
    {
        var digest = OpenApiContract.LoadDigest();
        var differences = new List<string>();
        foreach (var operation in Document.Value.Operations)
        {
            var path = ContractLoadingTests.SamplePath(operation.Template);
            foreach (var (contentType, body) in new[] { ("application/json", "{}"), ("application/json", ""), ("text/plain", "x"), ("application/json", """{"name":7,"id":"x"}""") })
            {
                var expected = Document.Value.Check(operation.Method, path, QueryCollection.Empty, contentType, body);
                var actual = digest.Check(operation.Method, path, QueryCollection.Empty, contentType, body);
                if (expected.Status != actual.Status || expected.Message != actual.Message)
                    differences.Add($"{operation.OperationId} {contentType} '{body}': document {expected.Status} {expected.Message} / digest {actual.Status} {actual.Message}");
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void Prose_is_dropped_and_references_kept()
    {
        var document = JsonNode.Parse("""
            {"openapi":"3.0.3","info":{"title":"T","description":"d","version":"1"},
             "paths":{"/a":{"get":{"operationId":"get_a","summary":"s","description":"d","tags":["x"],"x-csp":true,
               "parameters":[{"name":"q","in":"query","description":"d","example":3,"schema":{"type":"integer","format":"int32","minimum":1,"example":2}}],
               "responses":{"200":{"description":"ok","content":{"application/json":{"example":{},"schema":{"$ref":"#/components/schemas/A"}}}}}}}},
             "components":{"schemas":{"A":{"type":"object","description":"d","required":["name"],"properties":{"description":{"type":"string","nullable":true,"default":"x"},"name":{"type":"string","pattern":"^a+$","enum":["a"]}}}}}}
            """)!.AsObject();

        var digest = ContractDigest.FromDocument(document);

        var expected = JsonNode.Parse(
            """{"openapi":"3.0.3","info":{"version":"1"},"paths":{"/a":{"get":{"operationId":"get_a","parameters":[{"name":"q","in":"query","schema":{"type":"integer","format":"int32","minimum":1}}],"responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/A"}}}}}}}},"components":{"schemas":{"A":{"type":"object","required":["name"],"properties":{"description":{"type":"string","nullable":true},"name":{"type":"string","pattern":"^a+$","enum":["a"]}}}}}}""");
        Assert.True(JsonNode.DeepEquals(expected, digest), digest.ToJsonString());
    }

    // Prose keywords anywhere but as property names (a schema may well have a property called "description").
    private static void Walk(JsonNode? node, string where, List<string> found)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++) Walk(array[i], $"{where}[{i}]", found);
            return;
        }
        if (node is not JsonObject obj) return;
        foreach (var (key, value) in obj)
        {
            if (Prose.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal)) found.Add($"{where}.{key}");
            if (key is "properties" or "responses" && value is JsonObject named) // names and status codes ("default"), not keywords
            {
                foreach (var (name, child) in named) Walk(child, $"{where}.{key}.{name}", found);
            }
            else
            {
                Walk(value, $"{where}.{key}", found);
            }
        }
    }
}
