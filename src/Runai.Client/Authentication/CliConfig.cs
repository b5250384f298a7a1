using System;
using System.IO;
using System.Text.Json;

namespace Runai.Client.Authentication;

/// <summary>
/// The Run:ai CLI v2 login folder (default <c>~/.runai</c>): <c>config.json</c> names the control plane
/// (<c>control_plane.url</c>) and cluster (<c>cluster.uuid</c>); <c>authentication.json</c> holds the access token
/// (<c>accessToken</c>, base64url-encoded).
/// </summary>
public sealed class CliConfig
{
    public const string ConfigFileName = "config.json";
    public const string AuthenticationFileName = "authentication.json";

    private CliConfig(string folder, Uri controlPlaneUrl, string? clusterId)
    {
        Folder = folder;
        ControlPlaneUrl = controlPlaneUrl;
        ClusterId = clusterId;
    }

    public string Folder { get; }
    public Uri ControlPlaneUrl { get; }
    public string? ClusterId { get; }
    public string AuthenticationFile => Path.Combine(Folder, AuthenticationFileName);

    public static string DefaultFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".runai");

    /// <summary>Reads <c>config.json</c>; every problem is a <see cref="RunaiAuthenticationException"/> naming the file and field.</summary>
    public static CliConfig Load(string? folder = null)
    {
        folder = string.IsNullOrWhiteSpace(folder) ? DefaultFolder : folder!;
        var file = Path.Combine(folder, ConfigFileName);
        using var document = ReadJson(file);
        var root = document.RootElement;
        var url = ReadString(root, file, "control_plane", "url")
            ?? throw new RunaiAuthenticationException($"'{file}' has no control_plane.url. Run 'runai login' again.");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var controlPlane))
            throw new RunaiAuthenticationException($"'{file}' has control_plane.url '{url}', which is not an absolute URL.");
        return new CliConfig(folder, controlPlane, ReadString(root, file, "cluster", "uuid"));
    }

    /// <summary>Reads the access token from <c>authentication.json</c>.</summary>
    public string ReadAccessToken()
    {
        var file = AuthenticationFile;
        using var document = ReadJson(file);
        var encoded = document.RootElement.ValueKind == JsonValueKind.Object
                      && document.RootElement.TryGetProperty("accessToken", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        if (string.IsNullOrWhiteSpace(encoded))
            throw new RunaiAuthenticationException($"'{file}' has no accessToken. Run 'runai login' again.");
        if (LooksLikeJwt(encoded!)) return encoded!;
        try
        {
            var decoded = Base64Url.DecodeText(encoded!).Trim();
            if (LooksLikeJwt(decoded)) return decoded;
        }
        catch (FormatException)
        {
        }
        throw new RunaiAuthenticationException($"'{file}' has an accessToken that is neither a JWT nor a base64url-encoded JWT. Run 'runai login' again.");
    }

    private static bool LooksLikeJwt(string text) => text.Split('.').Length == 3 && !text.Contains(" ");

    private static JsonDocument ReadJson(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new RunaiAuthenticationException($"The Run:ai CLI file '{file}' does not exist. Run 'runai login' first, or pass the folder that holds it.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunaiAuthenticationException($"The Run:ai CLI file '{file}' cannot be read: {e.Message}", e);
        }
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new RunaiAuthenticationException($"The Run:ai CLI file '{file}' is not valid JSON (line {e.LineNumber + 1}).", e);
        }
    }

    private static string? ReadString(JsonElement root, string file, string section, string field)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new RunaiAuthenticationException($"'{file}' is not a JSON object.");
        return root.TryGetProperty(section, out var s) && s.ValueKind == JsonValueKind.Object
               && s.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()
            : null;
    }
}
