using System;
using System.Text.Json.Nodes;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>A -Spec parameter (hashtable, PSObject or JSON text) as the JSON object a spec (a workload's, a template's) takes.</summary>
internal static class SpecParameter
{
    public static JsonObject? FromParameter(object? spec)
    {
        if (spec is null) return null;
        JsonNode? node;
        try
        {
            node = PSObjectJson.FromBodyParameter(spec);
        }
        catch (ArgumentException e)
        {
            throw new RunaiInvalidValueException(InvalidValueKind.Value, spec, $"-Spec: {e.Message}");
        }
        return node as JsonObject ?? throw new RunaiInvalidValueException(InvalidValueKind.Value, spec, "-Spec must be a hashtable or a JSON object.");
    }
}
