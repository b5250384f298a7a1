using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Runai.Client.Access;

/// <summary>Source-generated serialization for the access-control types (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(List<Role>))]
[JsonSerializable(typeof(Permission))]
[JsonSerializable(typeof(List<Permission>))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(List<User>))]
[JsonSerializable(typeof(AccessRule))]
[JsonSerializable(typeof(List<AccessRule>))]
[JsonSerializable(typeof(ServiceAccount))]
[JsonSerializable(typeof(List<ServiceAccount>))]
[JsonSerializable(typeof(AccessKey))]
[JsonSerializable(typeof(List<AccessKey>))]
[JsonSerializable(typeof(SecretAnswer))]
internal sealed partial class AccessJsonContext : JsonSerializerContext
{
}
