using System.Text.Json.Nodes;
using Runai.Client.Assets;
using Runai.Client.Workloads;

namespace Runai.Tests.Unit.Client.Workloads;

public class WorkloadAssetsTests
{
    private static Asset Asset(string kind, string name, string spec) =>
        new() { Meta = new AssetMeta { Id = "00000000-0000-4000-8000-00000000000" + name.Length, Name = name, Kind = kind }, SpecJson = JsonNode.Parse(spec)!.AsObject() };

    private static WorkloadSubmission Training(WorkloadAssets assets) =>
        new(WorkloadKind.Training, "bert", "7", "00000000-0000-4000-8000-000000000001") { Assets = assets };

    [Fact]
    public void Assets_are_the_base_that_spec_and_parameters_are_written_over()
    {
        var assets = new WorkloadAssets
        {
            Environment = Asset("environment", "env", """{"image":"asset","imagePullPolicy":"IfNotPresent","environmentVariables":[{"name":"A","value":"asset"},{"name":"B","value":"asset"}]}"""),
            Compute = Asset("compute", "gpu", """{"gpuDevicesRequest":1,"gpuRequestType":"portion","gpuPortionRequest":0.5,"cpuCoreRequest":2,"migProfile":"1g.5gb"}"""),
        };
        var submission = Training(assets);
        submission.Spec = JsonNode.Parse("""{"imagePullPolicy":"Always","environmentVariables":[{"name":"B","value":"spec"}]}""")!.AsObject();
        submission.GpuMemory = "20G";
        submission.Environment = new Dictionary<string, string> { ["C"] = "parameter" };

        var spec = submission.ToRequest()["spec"]!;

        Assert.Equal("asset", spec["image"]!.GetValue<string>());
        Assert.Equal("Always", spec["imagePullPolicy"]!.GetValue<string>());
        Assert.Equal("""[{"name":"A","value":"asset"},{"name":"B","value":"spec"},{"name":"C","value":"parameter"}]""", spec["environmentVariables"]!.ToJsonString());
        Assert.Equal("""{"gpuDevicesRequest":1,"gpuRequestType":"memory","cpuCoreRequest":2,"gpuMemoryRequest":"20G"}""", spec["compute"]!.ToJsonString());
        Assert.Equal(0.5, assets.Compute.SpecJson!["gpuPortionRequest"]!.GetValue<double>());
    }

    [Fact]
    public void Data_sources_become_named_storage_items_and_credentials_their_secrets()
    {
        var assets = new WorkloadAssets { ImagePullSecret = "nvcr-000009" };
        assets.DataSources.Add(Asset("pvc", "models", """{"claimName":"cache","path":"/models","existingPvc":true}"""));
        assets.DataSources.Add(Asset("s3", "bucket", """{"bucket":"b","path":"/b","accessKeyAssetId":"k1"}"""));
        assets.DataSources.Add(Asset("secret-volume", "tls", """{"credentialAssetId":"k2","mountPath":"/tls"}"""));
        Assert.Equal(new[] { "k1", "k2" }, assets.CredentialIds());
        assets.CredentialSecrets["k1"] = "s3-key-000001";
        var submission = Training(assets);
        submission.Pvcs = new[] { new PvcMount("scratch", "/scratch"), new PvcMount("other", "/models") };

        var spec = submission.ToRequest()["spec"]!;

        Assert.Equal(new[] { "scratch", "other" }, spec["storage"]!["pvc"]!.AsArray().Select(p => p!["claimName"]!.GetValue<string>()));
        Assert.Equal("""[{"name":"bucket","bucket":"b","path":"/b","accessKeySecret":"s3-key-000001"}]""", spec["storage"]!["s3"]!.ToJsonString());
        Assert.Equal("""[{"name":"tls","mountPath":"/tls"}]""", spec["storage"]!["secretVolume"]!.ToJsonString());
        Assert.Equal("""[{"name":"nvcr-000009"}]""", spec["imagePullSecrets"]!.ToJsonString());
    }
}
