using BenchmarkDotNet.Running;

// Runs the benchmarks of this assembly chosen by --filter (./build.ps1 Bench -BenchFilter '*Token*').
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
