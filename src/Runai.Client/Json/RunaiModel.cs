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
    /// <summary>The undeclared fields as read, written back on serialisation.</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Fields of the answer this model does not declare, as plain values (see <see cref="PlainJson"/>).</summary>
    [JsonIgnore]
    public IDictionary<string, object?>? AdditionalProperties => PlainJson.ToPlain(ExtensionData);
}
