using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Organization;

/// <summary>The contract's <c>SchedulingRules</c> (all durations in seconds).</summary>
[ContractSchema("SchedulingRules")]
public sealed class SchedulingRules : RunaiModel
{
    [JsonPropertyName("interactiveJobTimeLimitSeconds")] public long? InteractiveJobTimeLimitSeconds { get; set; }
    [JsonPropertyName("interactiveJobMaxIdleDurationSeconds")] public long? InteractiveJobMaxIdleDurationSeconds { get; set; }
    [JsonPropertyName("interactiveJobPreemptIdleDurationSeconds")] public long? InteractiveJobPreemptIdleDurationSeconds { get; set; }
    [JsonPropertyName("trainingJobMaxIdleDurationSeconds")] public long? TrainingJobMaxIdleDurationSeconds { get; set; }
    [JsonPropertyName("trainingJobTimeLimitSeconds")] public long? TrainingJobTimeLimitSeconds { get; set; }
}
