using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Runai.Client.Workloads;

/// <summary>Source-generated serialization for the workload types.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Workload))]
[JsonSerializable(typeof(List<Workload>))]
[JsonSerializable(typeof(SubmittedWorkload))]
[JsonSerializable(typeof(WorkloadPodListResponse))]
[JsonSerializable(typeof(WorkloadEventListResponse))]
[JsonSerializable(typeof(WorkloadMetricsResponse))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class WorkloadsJsonContext : JsonSerializerContext
{
}
