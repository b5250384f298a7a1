using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Runai.Client.Json;

namespace Runai.Client.Pipeline;

/// <summary>Turns an unsuccessful response into a <see cref="RunaiApiException"/> carrying the contract's error body.</summary>
internal static class ApiErrorReader
{
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
        return new RunaiApiException(response.StatusCode, method, path, body?.Code, message, body?.Details,
            RetryAfterParser.Read(response, DateTimeOffset.UtcNow));
    }
}
