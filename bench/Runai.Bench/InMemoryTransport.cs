using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Bench;

/// <summary>Answers every request with the same JSON, so benchmarks measure the client, not a network.</summary>
public sealed class InMemoryTransport : HttpMessageHandler
{
    private readonly byte[] body;

    public InMemoryTransport(string json) => body = Encoding.UTF8.GetBytes(json);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
