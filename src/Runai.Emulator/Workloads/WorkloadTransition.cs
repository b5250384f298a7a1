namespace Runai.Emulator.Workloads;

/// <summary>A planned or past phase change; the ones at or before "now" are the workload's history and its events.</summary>
public sealed record WorkloadTransition(DateTimeOffset At, string Phase, string EventType, string Reason, string Message);
