using Runai.Emulator;

// A local Run:ai control plane for tests, the demo and users' own script tests.
EmulatorOptions options;
try
{
    options = EmulatorOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"Runai.Emulator: {ex.Message}");
    Console.Error.WriteLine(EmulatorOptions.Usage);
    return 2;
}

WebApplication app;
try
{
    app = EmulatorHost.Build(options);
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
{
    // A missing or unreadable --contract file: say so instead of dumping a stack trace.
    Console.Error.WriteLine($"Runai.Emulator: {ex.Message}");
    return 2;
}

await app.StartAsync();
// build.ps1 and the Pester suite read this exact line to find the port.
Console.WriteLine($"Runai.Emulator listening on {EmulatorHost.ListeningUrl(app)}");
await app.WaitForShutdownAsync();
return 0;
