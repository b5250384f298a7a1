using System.Text;

namespace Runai.Emulator.Infrastructure;

/// <summary>Reads a request body as text while leaving it readable for the next middleware and the handler.</summary>
public static class RequestBodies
{
    public static async Task<string> ReadBufferedAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any())) return "";
        request.EnableBuffering();
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return text;
    }
}
