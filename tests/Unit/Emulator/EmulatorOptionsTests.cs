using Runai.Emulator;

namespace Runai.Tests.Unit.Emulator;

public sealed class EmulatorOptionsTests
{
    [Fact]
    public void Defaults_match_the_conventions()
    {
        var options = EmulatorOptions.Parse([]);

        Assert.Equal(0, options.Port);
        Assert.Null(options.ContractPath); // strict from the embedded digest
        Assert.False(options.Lenient);
        Assert.Equal(3600, options.TokenTtlSeconds);
        Assert.Equal([new AppCredential("emulator-app", "emulator-secret")], options.Apps);
        Assert.Equal(1, options.Clusters);
        Assert.False(options.LegacyTokenOnly);
        Assert.Equal(1.0, options.LifecycleSpeed);
    }

    [Fact]
    public void Every_option_is_parsed()
    {
        var options = EmulatorOptions.Parse([
            "--port", "5123", "--contract", "spec.json", "--token-ttl", "60", "--app", "a:s1", "--app", "b:s:2",
            "--clusters", "3", "--legacy-token-only", "--lifecycle-speed", "2.5",
        ]);

        Assert.Equal(5123, options.Port);
        Assert.Equal("spec.json", options.ContractPath);
        Assert.Equal(60, options.TokenTtlSeconds);
        // The first --app replaces the default; the secret may itself contain ':'.
        Assert.Equal([new AppCredential("a", "s1"), new AppCredential("b", "s:2")], options.Apps);
        Assert.Equal(3, options.Clusters);
        Assert.True(options.LegacyTokenOnly);
        Assert.Equal(2.5, options.LifecycleSpeed);
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, "Unknown option '--bogus'")]
    [InlineData(new[] { "--port" }, "'--port' needs a value")]
    [InlineData(new[] { "--port", "--clusters", "2" }, "'--port' needs a value")]
    [InlineData(new[] { "--port", "http" }, "'--port' needs an integer")]
    [InlineData(new[] { "--token-ttl", "0" }, "'--token-ttl' needs an integer from 1")]
    [InlineData(new[] { "--clusters", "0" }, "'--clusters' needs an integer from 1")]
    [InlineData(new[] { "--app", "no-secret" }, "<clientId>:<secret>")]
    [InlineData(new[] { "--app", ":secret" }, "<clientId>:<secret>")]
    [InlineData(new[] { "--lifecycle-speed", "0" }, "'--lifecycle-speed' needs a positive number")]
    public void Bad_options_are_rejected_with_a_clear_message(string[] args, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(args));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void App_credentials_do_not_print_their_secret()
    {
        Assert.DoesNotContain("hunter2", new AppCredential("a", "hunter2").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_turns_strict_mode_off_and_contradicts_a_contract()
    {
        Assert.True(EmulatorOptions.Parse(["--lenient"]).Lenient);

        var error = Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(["--lenient", "--contract", "spec.json"]));

        Assert.Contains("contradict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_lists_every_option_the_parser_knows_one_line_each()
    {
        var lines = EmulatorOptions.Usage.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Trim()).ToList();
        var listed = lines.Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.All(listed, o => Assert.StartsWith("--", o, StringComparison.Ordinal));
        // Program handles these two before parsing; every other listed option the parser knows (it may want a value).
        foreach (var option in listed.Except(["--help", "--write-digest"]))
        {
            var error = Record.Exception(() => EmulatorOptions.Parse([option]));
            Assert.False(error?.Message.Contains("Unknown option", StringComparison.Ordinal) ?? false, $"{option}: {error?.Message}");
        }
        // And the parser knows no option that is not listed: an unlisted one is unknown.
        Assert.Contains("Unknown option", Assert.Throws<ArgumentException>(() => EmulatorOptions.Parse(["--seeds"])).Message, StringComparison.Ordinal);
    }
}
