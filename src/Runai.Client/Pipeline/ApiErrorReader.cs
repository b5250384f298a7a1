using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Runai.Client.Diagnostics;
using Runai.Client.Json;

namespace Runai.Client.Pipeline;

/// <summary>Turns an unsuccessful response into a <see cref="RunaiApiException"/> carrying the contract's error body.</summary>
internal static class ApiErrorReader
{
    private static string? Scrub(string? text, IReadOnlyList<string> secrets) =>
        text is null || secrets.Count == 0 ? text : Redactor.Scrub(text, secrets);

    public static async Task<RunaiApiException> ReadAsync(HttpResponseMessage response, string method, string path)
    {
        string? text = null;
        try
        {
            text = response.Content is null ? null : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or ObjectDisposedException)
        {
            // The status alone still says what happened.
        }

        ErrorBody? body = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            try { body = JsonSerializer.Deserialize(text!, CoreJsonContext.Default.ErrorBody); }
            catch (JsonException) { }
        }
        var message = body?.Message;
        if (message is null && !string.IsNullOrWhiteSpace(text) && text!.Length <= 500 && body is null) message = text.Trim();
        // A server or proxy that quotes the request (its body, its Authorization header) must not pass a secret on.
        var secrets = Redactor.SecretsOf(response.RequestMessage);
        return new RunaiApiException(response.StatusCode, method, path, body?.Code, Scrub(message, secrets), Scrub(body?.Details, secrets),
            RetryAfterParser.Read(response, DateTimeOffset.UtcNow));
    }
}
