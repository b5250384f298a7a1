using System.Runtime.InteropServices;
using Runai.Client.Emulator;

namespace Runai.Tests.Unit.Client;

/// <summary>Where Start-RunaiEmulator finds the emulator, and what it says to install when it cannot run one.</summary>
public sealed class EmulatorLocateTests : IDisposable
{
    private static readonly string ToolName = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "runai-emulator.exe" : "runai-emulator";
    private readonly string folder = Directory.CreateTempSubdirectory("runai-locate-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_tool_path_folder_is_searched_for_the_tool_and_the_tool_runs_itself()
    {
        var tool = Path.Combine(folder, ToolName);
        File.WriteAllText(tool, "");
        var (fileName, prefix) = EmulatorProcess.LocateWith(new EmulatorStartOptions { Path = folder }, () => "/opt/dotnet/dotnet");
        Assert.Equal(tool, fileName);
        Assert.Empty(prefix);
    }

    [Fact]
    public void A_dll_runs_with_the_dotnet_host()
    {
        var dll = Path.Combine(folder, "Runai.Emulator.dll");
        File.WriteAllText(dll, "");
        var (fileName, prefix) = EmulatorProcess.LocateWith(new EmulatorStartOptions { Path = dll }, () => "/opt/dotnet/dotnet");
        Assert.Equal("/opt/dotnet/dotnet", fileName);
        Assert.Equal([dll], prefix);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Without_a_dotnet_runtime_the_error_says_to_install_it(bool asTool)
    {
        var path = Path.Combine(folder, asTool ? ToolName : "Runai.Emulator.dll");
        File.WriteAllText(path, "");
        var error = Assert.Throws<RunaiEmulatorStartException>(() => EmulatorProcess.LocateWith(new EmulatorStartOptions { Path = asTool ? folder : path }, () => null));
        Assert.Equal(EmulatorStartFailure.DotnetNotFound, error.Failure);
        Assert.Contains("Install the .NET 10 runtime (https://dot.net/download)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_the_tool_says_what_to_install()
    {
        var error = Assert.Throws<RunaiEmulatorStartException>(() => EmulatorProcess.LocateWith(new EmulatorStartOptions { Path = folder }, () => "/opt/dotnet/dotnet"));
        Assert.Equal(EmulatorStartFailure.EmulatorNotFound, error.Failure);
        Assert.Contains("dotnet tool install --global Runai.Emulator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_emulator_and_no_runtime_the_error_names_both_installs()
    {
        // Only where this machine has no runai-emulator tool of its own (on PATH or in ~/.dotnet/tools) to find.
        var home = Environment.GetEnvironmentVariable("DOTNET_CLI_HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var toolFolders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append(Path.Combine(home, ".dotnet", "tools"));
        if (toolFolders.Any(f => f.Length > 0 && File.Exists(Path.Combine(f, ToolName)))) return; // xunit 2 has no dynamic skip
        var error = Assert.Throws<RunaiEmulatorStartException>(() => EmulatorProcess.LocateWith(new EmulatorStartOptions { SearchFrom = { folder } }, () => null));
        Assert.Equal(EmulatorStartFailure.EmulatorNotFound, error.Failure);
        Assert.Contains("no .NET runtime", error.Message, StringComparison.Ordinal);
        Assert.Contains("Install the .NET 10 runtime", error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --global Runai.Emulator", error.Message, StringComparison.Ordinal);
    }
}
