using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Runai.Client.DataVolumes;

/// <summary>Source-generated serialization for the data volume types.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DataVolume))]
[JsonSerializable(typeof(List<DataVolume>))]
[JsonSerializable(typeof(List<DataVolumeShare>))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class DataVolumesJsonContext : JsonSerializerContext
{
}
