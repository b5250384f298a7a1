using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace Runai.Client.Emulator;

/// <summary>How to start an emulator; null members leave the emulator's own defaults.</summary>
public sealed class EmulatorStartOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>A seed file (JSON) describing the tenant the emulator starts from and returns to on reset.</summary>
    public string? SeedPath { get; set; }

    /// <summary>No contract validation (the emulator is strict by default).</summary>
    public bool Lenient { get; set; }

    public int? TokenTtlSeconds { get; set; }

    public double? LifecycleSpeed { get; set; }

    /// <summary>
    /// The emulator to run: a <c>Runai.Emulator.dll</c> (run with dotnet) or an executable such as the
    /// <c>runai-emulator</c> tool. When null, <see cref="EmulatorProcess.Locate"/> looks for one.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>Folders to look in for a <c>Runai.Emulator.dll</c> when <see cref="Path"/> is null (the module's folder).</summary>
    public IList<string> SearchFrom { get; } = new List<string>();

    /// <summary>How long to wait for the emulator to listen.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>More command-line options, passed as they are.</summary>
    public IList<string> ExtraArguments { get; } = new List<string>();
}

/// <summary>Why an emulator could not be started.</summary>
public enum EmulatorStartFailure
{
    /// <summary>No emulator was found (or <see cref="EmulatorStartOptions.Path"/> names nothing).</summary>
    EmulatorNotFound,
    /// <summary>The emulator is a .dll and no dotnet host was found to run it.</summary>
    DotnetNotFound,
    /// <summary>It started but exited, or did not report its URL in time.</summary>
    DidNotStart,
}

/// <summary>The emulator could not be started; the message says what to install or what it printed.</summary>
public sealed class RunaiEmulatorStartException : RunaiException
{
    public RunaiEmulatorStartException(EmulatorStartFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) => Failure = failure;

    public EmulatorStartFailure Failure { get; }
}

/// <summary>
/// An emulator started as a child process (<see cref="StartAsync"/>): its URL once it listens, and <see cref="Stop"/>
/// to end it with anything it started. Emulators still running when this process exits are stopped then.
/// </summary>
public sealed class EmulatorProcess : IDisposable
{
    /// <summary>The tool command of the emulator, as <c>dotnet tool install -g Runai.Emulator</c> installs it.</summary>
    public const string ToolCommand = "runai-emulator";

    private const string InstallHint =
        "Install the emulator as a .NET tool (dotnet tool install --global Runai.Emulator), or pass -Path with a Runai.Emulator.dll or runai-emulator executable.";

    private static readonly Regex ListeningLine = new(@"Runai\.Emulator listening on (https?://[^\s]+)", RegexOptions.CultureInvariant);
    private static readonly Regex StrictLine = new(@"Runai\.Emulator strict mode: (.+)", RegexOptions.CultureInvariant);
    private static readonly List<EmulatorProcess> Running = new();

    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    static EmulatorProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        EmulatorProcess[] left;
        lock (Running) left = Running.ToArray();
        foreach (var emulator in left) emulator.Stop();
    };

    private EmulatorProcess(Process process, string commandLine)
    {
        this.process = process;
        CommandLine = commandLine;
    }

    /// <summary>The emulator's URL, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public Uri Url { get; private set; } = null!;

    public int ProcessId { get; private set; }

    /// <summary>Whether every /api request is checked against the contract.</summary>
    public bool Strict => StrictMode is not null;

    /// <summary>Where strict mode takes the contract from (the embedded digest, a document's path); null when lenient.</summary>
    public string? StrictMode { get; private set; }

    /// <summary>What was run (program and arguments).</summary>
    public string CommandLine { get; }

    public bool HasExited
    {
        get
        {
            try { return process.HasExited; }
            catch (InvalidOperationException) { return true; }
        }
    }

    public override string ToString() => Url?.ToString() ?? CommandLine;

    /// <summary>
    /// Where the emulator is and how to run it: <paramref name="options"/>' Path (a Runai.Emulator.dll, a
    /// <c>runai-emulator</c> executable, or a <c>dotnet tool install --tool-path</c> folder holding it); else the
    /// <c>runai-emulator</c> tool on PATH or in the global tools folder (<c>~/.dotnet/tools</c>); else a
    /// <c>Runai.Emulator.dll</c> beside (or in a repository above) a folder of SearchFrom.
    /// </summary>
    /// <returns>The program to start and the arguments that come before the emulator's options.</returns>
    /// <exception cref="RunaiEmulatorStartException">Nothing found, or no .NET runtime to run what was found.</exception>
    public static (string FileName, IReadOnlyList<string> Prefix) Locate(EmulatorStartOptions options) => LocateWith(options, FindDotnet);

    /// <summary><see cref="Locate(EmulatorStartOptions)"/> with the dotnet host lookup given (tests pass one that finds none).</summary>
    internal static (string FileName, IReadOnlyList<string> Prefix) LocateWith(EmulatorStartOptions options, Func<string?> findDotnet)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        string? found = null;
        if (options.Path is { Length: > 0 } given)
        {
            var full = System.IO.Path.GetFullPath(given);
            found = Directory.Exists(full) ? FindIn(full, ToolCommand) : File.Exists(full) ? full : null;
            if (found is null)
                throw new RunaiEmulatorStartException(EmulatorStartFailure.EmulatorNotFound, $"There is no emulator at '{given}'. {InstallHint}");
        }
        found ??= FindOnPath(ToolCommand) ?? FindIn(GlobalToolsFolder(), ToolCommand) ?? options.SearchFrom.Select(FindDll).FirstOrDefault(p => p is not null);
        var dotnet = findDotnet();
        if (found is null)
        {
            throw new RunaiEmulatorStartException(EmulatorStartFailure.EmulatorNotFound, dotnet is null
                ? $"No Run:ai emulator and no .NET runtime were found. {RuntimeHint} Then install the emulator: dotnet tool install --global Runai.Emulator (or pass -Path with a Runai.Emulator.dll or runai-emulator executable)."
                : $"No Run:ai emulator was found. {InstallHint}");
        }
        var isDll = found.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        // The tool's launcher needs the runtime too; without one it would fail with a message of its own.
        if (dotnet is null)
        {
            throw new RunaiEmulatorStartException(EmulatorStartFailure.DotnetNotFound,
                $"The emulator '{found}' needs the .NET 10 runtime, and no 'dotnet' was found. {RuntimeHint}");
        }
        return isDll ? (dotnet, new[] { found }) : (found, Array.Empty<string>());
    }

    private const string RuntimeHint = "Install the .NET 10 runtime (https://dot.net/download) and make sure 'dotnet' is on PATH.";

    private static string? GlobalToolsFolder()
    {
        var home = Environment.GetEnvironmentVariable("DOTNET_CLI_HOME") is { Length: > 0 } cliHome ? cliHome
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : System.IO.Path.Combine(home, ".dotnet", "tools");
    }

    /// <summary>The emulator's command-line options for <paramref name="options"/>.</summary>
    public static IReadOnlyList<string> Arguments(EmulatorStartOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var args = new List<string> { "--port", options.Port.ToString(CultureInfo.InvariantCulture) };
        if (options.SeedPath is { Length: > 0 } seed) args.AddRange(new[] { "--seed", System.IO.Path.GetFullPath(seed) });
        if (options.Lenient) args.Add("--lenient");
        if (options.TokenTtlSeconds is { } ttl) args.AddRange(new[] { "--token-ttl", ttl.ToString(CultureInfo.InvariantCulture) });
        if (options.LifecycleSpeed is { } speed) args.AddRange(new[] { "--lifecycle-speed", speed.ToString("R", CultureInfo.InvariantCulture) });
        args.AddRange(options.ExtraArguments);
        return args;
    }

    /// <summary>Starts the emulator and waits (at most <see cref="EmulatorStartOptions.Timeout"/>) until it listens.</summary>
    /// <exception cref="RunaiEmulatorStartException">Not found, no dotnet, or it did not start (its output is in the message).</exception>
    public static async Task<EmulatorProcess> StartAsync(EmulatorStartOptions options, CancellationToken cancellationToken = default)
    {
        var (fileName, prefix) = Locate(options);
        var arguments = prefix.Concat(Arguments(options)).ToList();
        var startInfo = new ProcessStartInfo(fileName, string.Join(" ", arguments.Select(Quote)))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
        };
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var emulator = new EmulatorProcess(process, fileName + " " + startInfo.Arguments);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Both pipes are read to the end, so a chatty emulator never blocks on a full pipe.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            emulator.Remember(e.Data);
            var strict = StrictLine.Match(e.Data);
            if (strict.Success)
            {
                var source = strict.Groups[1].Value.Trim();
                emulator.StrictMode = source.StartsWith("off", StringComparison.OrdinalIgnoreCase) ? null : source;
            }
            var match = ListeningLine.Match(e.Data);
            if (match.Success) listening.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) emulator.Remember(e.Data); };
        process.Exited += (_, _) => listening.TrySetException(new RunaiEmulatorStartException(EmulatorStartFailure.DidNotStart,
            $"The emulator exited with code {SafeExitCode(process)} before it listened.{emulator.Output()}"));
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            throw new RunaiEmulatorStartException(EmulatorStartFailure.DidNotStart, $"'{fileName}' could not be started: {ex.Message}", ex);
        }
        emulator.ProcessId = process.Id;
        lock (Running) Running.Add(emulator);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var waited = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (timeout.Token.Register(() => waited.TrySetResult(true)))
        {
            try
            {
                if (await Task.WhenAny(listening.Task, waited.Task).ConfigureAwait(false) == listening.Task)
                {
                    emulator.Url = await listening.Task.ConfigureAwait(false);
                    return emulator;
                }
            }
            catch
            {
                emulator.Stop();
                throw;
            }
        }
        emulator.Stop();
        cancellationToken.ThrowIfCancellationRequested();
        throw new RunaiEmulatorStartException(EmulatorStartFailure.DidNotStart,
            $"The emulator did not report its URL within {options.Timeout.TotalSeconds:0} s.{emulator.Output()}");
    }

    /// <summary>Ends the emulator and the processes it started; does nothing when it has ended.</summary>
    public void Stop()
    {
        lock (Running) Running.Remove(this);
        try
        {
            if (!process.HasExited)
            {
                KillTree(process);
                process.WaitForExit(10000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting as we kill it.
        }
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
    }

    private void Remember(string line)
    {
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            while (lastLines.Count > 40) lastLines.Dequeue();
        }
    }

    private string Output()
    {
        lock (lastLines) return lastLines.Count == 0 ? "" : " It printed:" + Environment.NewLine + string.Join(Environment.NewLine, lastLines);
    }

    private static string SafeExitCode(Process process)
    {
        try { return process.ExitCode.ToString(CultureInfo.InvariantCulture); }
        catch (InvalidOperationException) { return "?"; }
    }

    private static void KillTree(Process process)
    {
        // Process.Kill(bool entireProcessTree) exists from .NET Core 3.0; netstandard2.0 sees only Kill().
        var killTree = typeof(Process).GetMethod("Kill", new[] { typeof(bool) });
        if (killTree is not null) killTree.Invoke(process, new object[] { true });
        else process.Kill();
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '"' }) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";

    private static string? FindOnPath(string command)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(System.IO.Path.PathSeparator).Where(f => f.Length > 0).Select(f => FindIn(f.Trim('"'), command)).FirstOrDefault(p => p is not null);
    }

    /// <summary>The command's executable in <paramref name="folder"/> (with .exe or .cmd on Windows), or null.</summary>
    private static string? FindIn(string? folder, string command)
    {
        if (string.IsNullOrEmpty(folder)) return null;
        var names = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new[] { command + ".exe", command + ".cmd" } : new[] { command };
        foreach (var name in names)
        {
            string candidate;
            try { candidate = System.IO.Path.Combine(folder, name); }
            catch (ArgumentException) { continue; }
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string? FindDotnet()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (host is { Length: > 0 } && File.Exists(host)) return host;
        try
        {
            // pwsh run as a dotnet tool ('dotnet pwsh') is itself a dotnet host.
            var self = Process.GetCurrentProcess().MainModule?.FileName;
            if (self is not null && System.IO.Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return self;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not allowed to look at ourselves: go on with PATH.
        }
        var onPath = FindOnPath("dotnet");
        if (onPath is not null) return onPath;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (root is { Length: > 0 })
        {
            var candidate = System.IO.Path.Combine(root, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet");
            if (File.Exists(candidate)) return candidate;
        }
        // Where the installers put it, for a shell whose PATH lacks it.
        var windows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
        var defaults = windows
            ? new[] { System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "dotnet", "dotnet.exe") }
            : new[] { "/usr/share/dotnet/dotnet", "/usr/lib/dotnet/dotnet", "/usr/local/share/dotnet/dotnet", System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "dotnet") };
        return defaults.FirstOrDefault(File.Exists);
    }

    private static string? FindDll(string folder)
    {
        // Beside the module (a package that ships the emulator), then the newest build of a repository above it.
        foreach (var candidate in new[] { System.IO.Path.Combine(folder, "Runai.Emulator.dll"), System.IO.Path.Combine(folder, "emulator", "Runai.Emulator.dll") })
        {
            if (File.Exists(candidate)) return candidate;
        }
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var bin = new DirectoryInfo(System.IO.Path.Combine(dir.FullName, "src", "Runai.Emulator", "bin"));
            if (!bin.Exists) continue;
            var builds = bin.GetDirectories()
                .Select(configuration => new FileInfo(System.IO.Path.Combine(configuration.FullName, "net10.0", "Runai.Emulator.dll")))
                .Where(f => f.Exists)
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .ToList();
            if (builds.Count > 0) return builds[0].FullName;
        }
        return null;
    }
}

/// <summary>The application every emulator accepts unless started with other <c>--app</c> credentials.</summary>
public static class EmulatorDefaults
{
    public const string AppId = "emulator-app";
    public const string AppSecret = "emulator-secret";
}
