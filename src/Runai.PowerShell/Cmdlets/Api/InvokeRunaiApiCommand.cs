using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json;
using Runai.Client;

namespace Runai.PowerShell;

/// <summary>
/// Calls any operation of the Run:ai API with the connection's authentication, retries and logging. JSON answers come
/// back as objects (arrays are enumerated); -Raw returns the text.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "RunaiApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class InvokeRunaiApiCommand : RunaiCmdlet
{
    [Parameter(Position = 0)]
    [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE", IgnoreCase = true)]
    public string Method { get; set; } = "GET";

    /// <summary>The operation's path, e.g. /api/v1/org-unit/projects. Relative to the control plane.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    [Parameter]
    public Hashtable? Query { get; set; }

    /// <summary>A hashtable, an object, or JSON text.</summary>
    [Parameter]
    public object? Body { get; set; }

    [Parameter]
    public SwitchParameter Raw { get; set; }

    protected override void ProcessRecord()
    {
        var connection = RequireConnection();
        if (!TryBuildRequest(out var pathAndQuery, out var json)) return;
        var method = new HttpMethod(Method.ToUpperInvariant());
        if (method != HttpMethod.Get && !ShouldProcess(connection.BaseUrl + pathAndQuery.Split('?')[0], method.Method)) return;

        var content = json is null ? null : RunaiConnection.JsonContent(json);
        if (!TryRun(async ct =>
            {
                using var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
                using var response = await connection.SendAsync(request, ct).ConfigureAwait(false);
                await RunaiConnection.EnsureSuccessAsync(response, method, pathAndQuery).ConfigureAwait(false);
                if (response.Content is null) return "";
                if (Raw) return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                // JSON in UTF-8 is parsed from its bytes: decoding it to a string first would only cost a copy.
                return JsonAnswer.IsUtf8Json(response.Content.Headers.ContentType)
                    ? JsonAnswer.ParseOrText(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false))
                    : JsonAnswer.ParseOrText(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            }, Path, out var answer)) return;

        if (answer is JsonDocument document)
        {
            using (document) WriteObject(PSObjectJson.ToPSObject(document.RootElement), enumerateCollection: true);
        }
        else if (Raw || !string.IsNullOrWhiteSpace((string)answer))
        {
            WriteObject(answer);
        }
    }

    private bool TryBuildRequest(out string pathAndQuery, out string? json)
    {
        pathAndQuery = "";
        json = null;
        var path = Path.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            || path.StartsWith("//", StringComparison.Ordinal) || path.Split('?')[0].Split('/').Any(s => s is ".." or "."))
        {
            WriteInputError($"'{Path}' must be a path on the connected control plane, such as /api/v1/clusters; absolute URLs and '..' are refused so the token is never sent elsewhere.",
                ErrorIds.InvalidApiPath, ErrorCategory.InvalidArgument, Path);
            return false;
        }
        var query = new QueryString();
        if (Query is not null)
        {
            foreach (DictionaryEntry entry in Query)
            {
                var name = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture)!;
                var value = entry.Value is PSObject ps ? ps.BaseObject : entry.Value;
                if (value is string or null) query.Add(name, (string?)value);
                else if (value is bool b) query.Add(name, b);
                else if (value is IEnumerable list) query.Add(name, list.Cast<object>().Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!));
                else query.Add(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        pathAndQuery = query.AppendTo(path.TrimStart('/'));
        if (Body is null) return true;
        try
        {
            json = PSObjectJson.FromBodyParameter(Body)?.ToJsonString() ?? "null";
            return true;
        }
        catch (ArgumentException e)
        {
            WriteError(new ErrorRecord(e, ErrorIds.InvalidJsonBody, ErrorCategory.InvalidArgument, Body));
            return false;
        }
    }
}
