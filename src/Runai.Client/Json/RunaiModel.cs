using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Runai.Client.Json;

/// <summary>
/// Base of every model read from the control plane. Fields the model does not declare are kept here and written back,
/// so a read-modify-write never drops what a newer control plane added.
/// </summary>
public abstract class RunaiModel
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
