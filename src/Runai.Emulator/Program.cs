using Runai.Emulator;

// A local Run:ai control plane for tests, the demo and users' own script tests.
if (args.Length > 0 && args[0] == "--write-digest")
{
    // Maintainers: regenerate the committed contract digest from the full document.
    if (args.Length != 3)
    {
        Console.Error.WriteLine("Usage: Runai.Emulator --write-digest <openapi.json> <digest.json>");
        return 2;
    }
    try
    {
        Runai.Emulator.Contract.ContractDigest.WriteFile(args[1], args[2]);
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
    {
        Console.Error.WriteLine($"Runai.Emulator: {ex.Message}");
        return 2;
    }
    Console.WriteLine($"Runai.Emulator wrote the contract digest of {args[1]} to {args[2]}");
    return 0;
}

if (args.Any(a => a is "--help" or "-h" or "-?"))
{
    Console.WriteLine(EmulatorOptions.Usage);
    return 0;
}

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
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Security.Cryptography.CryptographicException)
{
    // A missing or unreadable --contract or --certificate file: say so instead of dumping a stack trace.
    Console.Error.WriteLine($"Runai.Emulator: {ex.Message}");
    return 2;
}

try
{
    await app.StartAsync();
}
catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // Kestrel's AddressInUseException: one line, not its stack trace.
    Console.Error.WriteLine($"Runai.Emulator: port {options.Port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one).");
    return 3;
}
// Before the listening line, so whoever waits for that one has this too.
Console.WriteLine($"Runai.Emulator strict mode: {EmulatorHost.StrictModeSource(app)}");
// build.ps1, Start-RunaiEmulator and the Pester suite read this exact line to find the port.
Console.WriteLine($"Runai.Emulator listening on {EmulatorHost.ListeningUrl(app)}");
await app.WaitForShutdownAsync();
return 0;
