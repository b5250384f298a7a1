using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace Runai.Client.Assets;

/// <summary>
/// An environment asset's spec from the parameters people set (image, pull policy, command, arguments, environment
/// variables, ports and tools), and the same fields as a workload's spec takes them.
/// </summary>
public static class EnvironmentSpec
{
    public static readonly IReadOnlyList<string> ToolTypes = new[]
    {
        "jupyter-notebook", "pycharm", "visual-studio-code", "tensorboard", "rstudio", "mlflow", "custom", "matlab", "chatbot-ui",
    };

    /// <summary>Fields an environment asset and a workload's spec have alike, copied as they are.</summary>
    private static readonly string[] SharedFields = { "image", "imagePullPolicy", "command", "args", "workingDir", "createHomeDir", "probes", "stdin", "tty" };

    private static readonly string[] SecurityFields =
    {
        "allowPrivilegeEscalation", "capabilities", "hostIpc", "hostNetwork", "readOnlyRootFilesystem", "runAsGid", "runAsNonRoot", "runAsUid",
        "seccompProfileType", "supplementalGroups", "uidGidSource",
    };

    /// <summary>Writes the given values over <paramref name="spec"/>. A tool is <c>type:port</c> (<c>jupyter-notebook:8888</c>).</summary>
    public static JsonObject Apply(JsonObject spec, string? image, string? imagePullPolicy, string? command, string? arguments, string? workingDir,
        IDictionary<string, string>? variables, IList<int>? ports, IList<string>? tools)
    {
        Set(spec, "image", image);
        Set(spec, "imagePullPolicy", imagePullPolicy);
        Set(spec, "command", command);
        Set(spec, "args", arguments);
        Set(spec, "workingDir", workingDir);
        if (variables is { Count: > 0 })
            spec["environmentVariables"] = new JsonArray(variables.OrderBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => (JsonNode?)new JsonObject { ["name"] = v.Key, ["value"] = v.Value }).ToArray());
        var connections = new List<JsonNode?>();
        foreach (var tool in tools ?? Array.Empty<string>()) connections.Add(Connection(ParseTool(tool)));
        foreach (var port in ports ?? Array.Empty<int>()) connections.Add(Connection(("custom", port)));
        if (connections.Count > 0) spec["connections"] = new JsonArray(connections.ToArray());
        return spec;
    }

    /// <summary>The environment asset's fields as a workload's <c>spec</c> takes them: shared fields, security, variables with a value, ports.</summary>
    public static JsonObject ToWorkloadSpec(JsonObject assetSpec)
    {
        var spec = new JsonObject();
        foreach (var field in SharedFields)
        {
            if (assetSpec[field] is { } value) spec[field] = value.DeepClone();
        }
        var security = new JsonObject();
        foreach (var field in SecurityFields)
        {
            if (assetSpec[field] is { } value) security[field] = value.DeepClone();
        }
        if (security.Count > 0) spec["security"] = security;
        if (assetSpec["environmentVariables"] is JsonArray variables)
        {
            spec["environmentVariables"] = new JsonArray(variables.OfType<JsonObject>().Where(v => v["name"] is not null && v["value"] is not null)
                .Select(v => (JsonNode?)new JsonObject { ["name"] = v["name"]!.DeepClone(), ["value"] = v["value"]!.DeepClone() }).ToArray());
        }
        if (assetSpec["connections"] is JsonArray connections)
        {
            var ports = connections.OfType<JsonObject>().Select(c => c["internalToolInfo"] as JsonObject).Where(t => t?["containerPort"] is not null)
                .Select(t => (JsonNode?)new JsonObject
                {
                    ["container"] = t!["containerPort"]!.DeepClone(),
                    ["serviceType"] = t["connectionType"]?.GetValue<string>() is "LoadBalancer" or "NodePort" ? t["connectionType"]!.DeepClone() : "ClusterIP",
                    ["toolType"] = t["toolType"]?.DeepClone(),
                }).ToArray();
            if (ports.Length > 0) spec["ports"] = new JsonArray(ports);
        }
        return spec;
    }

    private static (string Type, int Port) ParseTool(string tool)
    {
        var parts = (tool ?? "").Split(':');
        if (parts.Length == 2 && ToolTypes.Contains(parts[0]) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            && port is >= 1 and <= 65535)
            return (parts[0], port);
        throw new RunaiInvalidValueException(InvalidValueKind.Value, tool,
            $"'{tool}' is not a tool: use <type>:<port> with a type of {string.Join(", ", ToolTypes)}.");
    }

    private static JsonObject Connection((string Type, int Port) tool) => new()
    {
        ["name"] = $"{tool.Type}-{tool.Port.ToString(CultureInfo.InvariantCulture)}",
        ["isExternal"] = false,
        ["internalToolInfo"] = new JsonObject { ["toolType"] = tool.Type, ["connectionType"] = "NodePort", ["containerPort"] = tool.Port },
    };

    private static void Set(JsonObject spec, string field, string? value)
    {
        if (value is not null) spec[field] = value;
    }
}
