using Runai.Emulator;

// A local Run:ai control plane for tests, the demo and users' own script tests.
var options = EmulatorOptions.Parse(args);
var app = EmulatorHost.Build(options);
await app.StartAsync();
// build.ps1 and the Pester suite read this exact line to find the port.
Console.WriteLine($"Runai.Emulator listening on {EmulatorHost.ListeningUrl(app)}");
await app.WaitForShutdownAsync();
