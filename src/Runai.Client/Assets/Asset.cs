using System;
using System.Collections.Generic;
using System.Security;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Runai.Client.Json;

namespace Runai.Client.Assets;

/// <summary>
/// Any asset of the contract (a data source, credential, compute or environment asset, a registry): its <c>meta</c>, the kind's
/// <c>spec</c> as JSON, and what the cluster made of it. Secret values are set with <see cref="SetSecret"/> and only
/// ever written into a create request; the spec of an answer is stripped of them (<see cref="AssetSecrets"/>).
/// </summary>
[ContractSchema("PVCAsset")]
[ContractSchema("S3Asset")]
[ContractSchema("GitAsset")]
[ContractSchema("NFSAsset")]
[ContractSchema("HostPathAsset")]
[ContractSchema("ConfigMapAsset")]
[ContractSchema("SecretAsset")]
[ContractSchema("AccessKey")]
[ContractSchema("Password")]
[ContractSchema("DockerRegistry")]
[ContractSchema("GenericSecret")]
[ContractSchema("NgcApiKey")]
[ContractSchema("ComputeAsset")]
[ContractSchema("EnvironmentAsset")]
[ContractSchema("Registry")]
[ContractSchema("DatasourceListResponseEntry")]
[ContractSchema("CredentialsListResponseEntry")]
public sealed class Asset : RunaiModel, IAsset
{
    private readonly Dictionary<string, SecureString> secrets = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, SecureString>> secretPairs = new();
    private JsonObject? spec;

    [JsonPropertyName("meta")] public AssetMeta Meta { get; set; } = new();

    /// <summary>The spec as the API has it (secrets stripped); internal so that PowerShell shows <see cref="Spec"/> only.</summary>
    [JsonPropertyName("spec")]
    [JsonInclude]
    internal JsonObject? SpecJson
    {
        get => spec;
        set => spec = AssetSecrets.Strip(value);
    }

    /// <summary>The spec as plain values (a dictionary), as PowerShell shows and ConvertTo-Json writes it.</summary>
    [JsonIgnore] public object? Spec => PlainJson.ToPlain(spec);

    /// <inheritdoc />
    public JsonObject? GetSpecJson() => spec;

    /// <summary>Sets the spec a create or update sends (secret fields are taken out; give them with <see cref="SetSecret"/>).</summary>
    public void SetSpecJson(JsonObject? value) => SpecJson = value;

    [JsonPropertyName("clusterInfo")] public AssetClusterInfo? ClusterInfo { get; set; }

    [JsonIgnore] public string Id => Meta.Id ?? "";
    [JsonIgnore] public string Name => Meta.Name;
    [JsonIgnore] public string? Description => Meta.Description;

    /// <summary>The module's name of the kind (<c>Pvc</c>, <c>AccessKey</c>, <c>Compute</c>…), which -Kind takes.</summary>
    [JsonIgnore] public string Kind => AssetKinds.FromContractKind(Meta.Kind)?.Name ?? Meta.Kind ?? "";
    [JsonIgnore] public string Scope => Meta.Scope;

    /// <summary>The id of the project, department or cluster the asset belongs to (none for the tenant).</summary>
    [JsonIgnore]
    public string? ScopeId => Meta.Scope switch
    {
        "project" => Meta.ProjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "department" => Meta.DepartmentId,
        "cluster" => Meta.ClusterId,
        _ => null,
    };

    [JsonIgnore] public string? ProjectName => Meta.ProjectName;
    [JsonIgnore] public DateTimeOffset? CreatedAt => Meta.CreatedAt;

    /// <summary>The name of the Kubernetes resource the cluster created for the asset (a credential's secret), if known.</summary>
    [JsonIgnore]
    public string? ClusterResourceName => ClusterInfo?.Resources is { Count: > 0 } resources ? resources[0].Name : null;

    /// <summary>Where the name is unique: the kind's scope and its owner (<c>project:7</c>).</summary>
    [JsonIgnore] internal string ScopeKey => Meta.Scope + ":" + ScopeId;

    /// <summary>A secret spec field (<see cref="AssetSecrets.Fields"/>) for the create request only; it cannot be read back.</summary>
    public void SetSecret(string field, SecureString value)
    {
        AssetSecrets.RequireSecretField(field);
        secrets[field] = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>A generic secret's key and its secret value, for the create request only.</summary>
    public void AddSecretPair(string key, SecureString value) =>
        secretPairs.Add(new KeyValuePair<string, SecureString>(key, value ?? throw new ArgumentNullException(nameof(value))));

    internal void WriteSecretsTo(JsonObject body)
    {
        if (secrets.Count == 0 && secretPairs.Count == 0) return;
        if (body["spec"] is not JsonObject requestSpec)
        {
            requestSpec = new JsonObject();
            body["spec"] = requestSpec;
        }
        AssetSecrets.Write(requestSpec, secrets, secretPairs);
    }

    public override string ToString() => Name;
}
