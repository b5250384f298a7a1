using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Runai.Emulator.Contract;

namespace Runai.Tests.Unit.Emulator;

/// <summary>
/// A small OpenAPI 3.0 document exercising the constructs strict mode must honour (nullable, allOf, oneOf, readOnly,
/// additionalProperties, int32, path-level and $ref parameters, explode:false arrays) and those response checks must
/// (writeOnly, formats, $ref responses), loaded once for all tests.
/// </summary>
internal static class SyntheticContract
{
    public const string Document = """
    {
      "openapi": "3.0.3",
      "info": { "title": "synthetic", "version": "1" },
      "paths": {
        "/api/v1/things": {
          "get": {
            "operationId": "list_things",
            "parameters": [
              { "$ref": "#/components/parameters/Limit" },
              { "name": "filterBy", "in": "query", "explode": false,
                "schema": { "type": "array", "items": { "type": "string", "pattern": "^(name|phase)(==|!=).+$" } } },
              { "name": "verbose", "in": "query", "schema": { "type": "boolean" } },
              { "name": "ratio", "in": "query", "schema": { "type": "number" } },
              { "name": "kind", "in": "query", "required": true, "schema": { "$ref": "#/components/schemas/Kind" } }
            ],
            "responses": { "200": { "description": "ok" } }
          },
          "post": {
            "operationId": "create_thing",
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ThingCreation" } } } },
            "responses": { "201": { "description": "created" } }
          }
        },
        "/api/v1/things/count": {
          "get": { "operationId": "count_things", "responses": { "200": { "description": "ok" } } }
        },
        "/api/v1/things/{thingId}": {
          "parameters": [ { "name": "thingId", "in": "path", "required": true, "schema": { "type": "integer", "format": "int32" } } ],
          "get": {
            "operationId": "get_thing",
            "responses": {
              "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
              "404": { "$ref": "#/components/responses/NotFound" }
            }
          },
          "delete": { "operationId": "delete_thing", "responses": { "202": { "description": "accepted" } } }
        }
      },
      "components": {
        "parameters": {
          "Limit": { "name": "limit", "in": "query", "schema": { "type": "integer", "format": "int32", "minimum": 1, "maximum": 500 } }
        },
        "responses": {
          "NotFound": { "description": "not found", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Owner" } } } }
        },
        "schemas": {
          "Kind": { "type": "string", "enum": [ "small", "large" ] },
          "Timestamp": { "type": "string", "format": "date-time", "readOnly": true },
          "ThingMeta": {
            "type": "object",
            "required": [ "id", "name", "createdAt" ],
            "properties": {
              "id": { "type": "string", "readOnly": true },
              "name": { "type": "string", "minLength": 1 },
              "createdAt": { "$ref": "#/components/schemas/Timestamp" }
            }
          },
          "ThingSpec": {
            "type": "object",
            "nullable": true,
            "properties": {
              "size": { "type": "integer", "format": "int32", "nullable": true },
              "kind": { "$ref": "#/components/schemas/Kind" },
              "mode": { "type": "string", "enum": [ "a", "b" ], "nullable": true },
              "labels": { "type": "object", "additionalProperties": { "type": "string" } },
              "strict": { "type": "object", "additionalProperties": false, "properties": { "x": { "type": "string" } } }
            }
          },
          "ThingCreation": {
            "allOf": [
              { "$ref": "#/components/schemas/ThingMeta" },
              {
                "type": "object",
                "required": [ "spec" ],
                "properties": {
                  "spec": { "$ref": "#/components/schemas/ThingSpec" },
                  "owner": { "nullable": true, "allOf": [ { "$ref": "#/components/schemas/Owner" } ] },
                  "shape": {
                    "oneOf": [ { "$ref": "#/components/schemas/Circle" }, { "$ref": "#/components/schemas/Square" } ],
                    "discriminator": { "propertyName": "type" }
                  }
                }
              }
            ]
          },
          "Thing": {
            "allOf": [
              { "$ref": "#/components/schemas/ThingMeta" },
              { "type": "object", "required": [ "passphrase" ], "properties": { "passphrase": { "type": "string", "writeOnly": true } } }
            ]
          },
          "Owner": { "type": "object", "required": [ "email" ], "properties": { "email": { "type": "string" } } },
          "Circle": { "type": "object", "required": [ "radius" ], "properties": { "radius": { "type": "number" } }, "additionalProperties": false },
          "Square": { "type": "object", "required": [ "side" ], "properties": { "side": { "type": "number" } }, "additionalProperties": false }
        }
      }
    }
    """;

    private static readonly Lazy<OpenApiContract> Loaded = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"runai-synthetic-contract-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Document);
        try
        {
            return OpenApiContract.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    });

    public static OpenApiContract Contract => Loaded.Value;

    public static ContractCheck Check(string method, string pathAndQuery, string body = "", string? contentType = "application/json")
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? pathAndQuery : pathAndQuery[..question];
        var query = new QueryCollection(question < 0 ? [] : QueryHelpers.ParseQuery(pathAndQuery[question..]));
        return Contract.Check(method, path, query, body.Length == 0 ? null : contentType, body);
    }
}
