using System.Text;
using Runai.Client;
using Runai.Client.Authentication;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client;

public sealed class CliConfigTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("runai-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text);

    [Fact]
    public void Reads_the_control_plane_cluster_and_base64url_token()
    {
        var jwt = TestJwt.Create(DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        Write("config.json", """{"control_plane":{"url":"https://acme.run.ai"},"cluster":{"uuid":"c-1"},"other":1}""");
        Write("authentication.json", $$"""{"accessToken":"{{Base64Url.Encode(Encoding.UTF8.GetBytes(jwt))}}"}""");

        var config = CliConfig.Load(folder);
        Assert.Equal(new Uri("https://acme.run.ai"), config.ControlPlaneUrl);
        Assert.Equal("c-1", config.ClusterId);
        Assert.Equal(jwt, config.ReadAccessToken());
    }

    [Fact]
    public void Accepts_a_plain_jwt_too_and_a_missing_cluster()
    {
        var jwt = TestJwt.Create(DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        Write("config.json", """{"control_plane":{"url":"https://acme.run.ai"}}""");
        Write("authentication.json", $$"""{"accessToken":"{{jwt}}"}""");
        var config = CliConfig.Load(folder);
        Assert.Null(config.ClusterId);
        Assert.Equal(jwt, config.ReadAccessToken());
    }

    [Fact]
    public void A_missing_folder_names_the_file_and_the_fix()
    {
        var error = Assert.Throws<RunaiAuthenticationException>(() => CliConfig.Load(Path.Combine(folder, "nope")));
        Assert.Contains("config.json", error.Message);
        Assert.Contains("runai login", error.Message);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("""{"control_plane":{}}""", "no control_plane.url")]
    [InlineData("""{"control_plane":{"url":"not a url"}}""", "not an absolute URL")]
    [InlineData("[]", "not a JSON object")]
    public void Malformed_config_files_fail_clearly(string text, string expected)
    {
        Write("config.json", text);
        var error = Assert.Throws<RunaiAuthenticationException>(() => CliConfig.Load(folder));
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("{}", "has no accessToken")]
    [InlineData("""{"accessToken":"!!!"}""", "neither a JWT")]
    [InlineData("{broken", "not valid JSON")]
    public void Malformed_authentication_files_fail_clearly(string text, string expected)
    {
        Write("config.json", """{"control_plane":{"url":"https://acme.run.ai"}}""");
        Write("authentication.json", text);
        var error = Assert.Throws<RunaiAuthenticationException>(() => CliConfig.Load(folder).ReadAccessToken());
        Assert.Contains(expected, error.Message);
    }
}
