using System.Text.Json.Nodes;
using Runai.Client;
using Runai.Client.Workloads;

namespace Runai.Tests.Unit.Client.Workloads;

public class WorkloadSubmissionTests
{
    private static WorkloadSubmission Training() => new(WorkloadKind.Training, "bert", "7", "00000000-0000-4000-8000-000000000001");

    [Fact]
    public void Parameters_are_written_over_the_spec_and_spec_fields_without_a_parameter_stay()
    {
        var submission = Training();
        submission.Spec = JsonNode.Parse("""{"image":"from-spec","workingDir":"/w","environmentVariables":[{"name":"A","value":"spec"},{"name":"B","value":"kept"}],"compute":{"largeShmRequest":true}}""")!.AsObject();
        submission.Image = "from-parameter";
        submission.Environment = new Dictionary<string, string> { ["A"] = "parameter" };
        submission.Gpu = 2;

        var spec = submission.ToRequest()["spec"]!;

        Assert.Equal("from-parameter", spec["image"]!.GetValue<string>());
        Assert.Equal("/w", spec["workingDir"]!.GetValue<string>());
        Assert.Equal("""[{"name":"B","value":"kept"},{"name":"A","value":"parameter"}]""", spec["environmentVariables"]!.ToJsonString());
        Assert.True(spec["compute"]!["largeShmRequest"]!.GetValue<bool>());
        Assert.Equal(2, spec["compute"]!["gpuDevicesRequest"]!.GetValue<int>());
    }

    [Fact]
    public void The_request_carries_the_creation_meta_and_does_not_change_the_given_spec()
    {
        var submission = Training();
        submission.Spec = new JsonObject { ["image"] = "x" };
        submission.Image = "y";

        var request = submission.ToRequest();

        Assert.Equal("bert", request["name"]!.GetValue<string>());
        Assert.Equal("7", request["projectId"]!.GetValue<string>());
        Assert.Equal("00000000-0000-4000-8000-000000000001", request["clusterId"]!.GetValue<string>());
        Assert.Equal("x", submission.Spec["image"]!.GetValue<string>());
    }

    [Fact]
    public void A_gpu_fraction_is_a_portion_of_one_device_and_gpu_memory_a_memory_request()
    {
        var fraction = Training();
        fraction.GpuFraction = 0.5;
        var compute = fraction.ToRequest()["spec"]!["compute"]!;
        Assert.Equal("portion", compute["gpuRequestType"]!.GetValue<string>());
        Assert.Equal(0.5, compute["gpuPortionRequest"]!.GetValue<double>());
        Assert.Equal(1, compute["gpuDevicesRequest"]!.GetValue<int>());

        var memory = Training();
        memory.GpuMemory = "20G";
        compute = memory.ToRequest()["spec"]!["compute"]!;
        Assert.Equal("memory", compute["gpuRequestType"]!.GetValue<string>());
        Assert.Equal("20G", compute["gpuMemoryRequest"]!.GetValue<string>());
    }

    [Fact]
    public void Kind_parameters_land_where_the_contract_puts_them()
    {
        var distributed = new WorkloadSubmission(WorkloadKind.Distributed, "ddp", "7", "c") { Framework = "PyTorch", Workers = 3 };
        var request = distributed.ToRequest();
        Assert.Equal("PyTorch", request["spec"]!["distributedFramework"]!.GetValue<string>());
        Assert.Equal(3, request["spec"]!["numWorkers"]!.GetValue<int>());
        Assert.True(request["masterSpecSameAsWorker"]!.GetValue<bool>());

        var inference = new WorkloadSubmission(WorkloadKind.Inference, "llm", "7", "c")
        {
            ServingPort = 8000, MinReplicas = 1, MaxReplicas = 3,
            Spec = new JsonObject { ["servingPort"] = new JsonObject { ["protocol"] = "http" } },
        };
        var spec = inference.ToRequest()["spec"]!;
        Assert.Equal("""{"protocol":"http","container":8000}""", spec["servingPort"]!.ToJsonString());
        Assert.Equal(3, spec["autoscaling"]!["maxReplicas"]!.GetValue<int>());
    }

    [Fact]
    public void Preemptible_pvcs_ports_and_node_pools_map_to_the_contract_shapes()
    {
        var submission = Training();
        submission.Preemptible = false;
        submission.Pvcs = [PvcMount.Parse("data:/mnt/data:ro")];
        submission.Ports = [8080];
        submission.NodePools = ["a100", "h100"];

        var spec = submission.ToRequest()["spec"]!;

        Assert.Equal("non-preemptible", spec["preemptibility"]!.GetValue<string>());
        Assert.Equal("""[{"claimName":"data","path":"/mnt/data","existingPvc":true,"readOnly":true}]""", spec["storage"]!["pvc"]!.ToJsonString());
        Assert.Equal("""[{"container":8080,"serviceType":"ClusterIP"}]""", spec["ports"]!.ToJsonString());
        Assert.Equal("""["a100","h100"]""", spec["nodePools"]!.ToJsonString());
    }

    [Theory]
    [InlineData("data")]
    [InlineData("data:relative")]
    [InlineData(":/mnt")]
    [InlineData("data:/mnt:rx")]
    public void Malformed_pvc_mounts_are_refused(string text) => Assert.Equal(text, Assert.Throws<RunaiInvalidValueException>(() => PvcMount.Parse(text)).Value);

    [Fact]
    public void Validation_refuses_what_the_control_plane_would()
    {
        Assert.Throws<RunaiInvalidValueException>(() => new WorkloadSubmission(WorkloadKind.Training, "Bad_Name", "7", "c").Validate());
        Assert.Throws<RunaiInvalidValueException>(() => new WorkloadSubmission(WorkloadKind.Training, new string('a', 64), "7", "c").Validate());
        var fraction = Training();
        fraction.GpuFraction = 1.5;
        Assert.Throws<RunaiInvalidValueException>(fraction.Validate);
        var both = Training();
        both.GpuFraction = 0.5;
        both.GpuMemory = "10G";
        Assert.Throws<RunaiInvalidValueException>(both.Validate);
        var memory = Training();
        memory.Memory = "lots";
        Assert.Equal(InvalidValueKind.Quantity, Assert.Throws<RunaiInvalidValueException>(memory.Validate).Kind);
        var replicas = new WorkloadSubmission(WorkloadKind.Inference, "llm", "7", "c") { MinReplicas = 3, MaxReplicas = 2 };
        Assert.Throws<RunaiInvalidValueException>(replicas.Validate);
        Training().Validate();
    }

    [Fact]
    public void Spec_comparison_ignores_fields_the_control_plane_added_and_compares_numbers_by_value()
    {
        var requested = JsonNode.Parse("""{"image":"a","compute":{"gpuDevicesRequest":1}}""");
        Assert.Null(WorkloadSpecComparer.FirstDifference(requested, JsonNode.Parse("""{"image":"a","compute":{"gpuDevicesRequest":1.0,"cpuCoreRequest":0.1},"category":"Train"}"""), "spec"));
        Assert.Equal("spec.image is \"b\", not \"a\"", WorkloadSpecComparer.FirstDifference(requested, JsonNode.Parse("""{"image":"b","compute":{"gpuDevicesRequest":1}}"""), "spec"));
        Assert.Equal("spec.compute is missing", WorkloadSpecComparer.FirstDifference(requested, JsonNode.Parse("""{"image":"a"}"""), "spec"));
    }

    [Fact]
    public void Name_value_lists_compare_by_name_and_never_show_secret_values()
    {
        var requested = JsonNode.Parse("""{"environmentVariables":[{"name":"A","value":"1"},{"name":"DB_PASSWORD","value":"hunter2"}]}""");
        var reordered = JsonNode.Parse("""{"environmentVariables":[{"name":"DB_PASSWORD","value":"hunter2"},{"name":"A","value":"1"}]}""");
        Assert.Null(WorkloadSpecComparer.FirstDifference(requested, reordered, "spec"));

        var changed = JsonNode.Parse("""{"environmentVariables":[{"name":"A","value":"1"},{"name":"DB_PASSWORD","value":"other"}]}""");
        var difference = WorkloadSpecComparer.FirstDifference(requested, changed, "spec");
        Assert.Equal("spec.environmentVariables[DB_PASSWORD].value differs", difference);

        var renamed = JsonNode.Parse("""{"environmentVariables":[{"name":"A","value":"2"},{"name":"DB_PASSWORD","value":"hunter2"}]}""");
        Assert.Equal("spec.environmentVariables[A].value is \"2\", not \"1\"", WorkloadSpecComparer.FirstDifference(requested, renamed, "spec"));
    }

    [Fact]
    public void The_same_environment_gives_the_same_body_whatever_the_dictionary_order()
    {
        var first = Training();
        first.Environment = new Dictionary<string, string> { ["B"] = "2", ["A"] = "1" };
        var second = Training();
        second.Environment = new Dictionary<string, string> { ["A"] = "1", ["B"] = "2" };
        Assert.Equal(first.ToRequest().ToJsonString(), second.ToRequest().ToJsonString());
        Assert.Equal("""[{"name":"A","value":"1"},{"name":"B","value":"2"}]""", first.ToRequest()["spec"]!["environmentVariables"]!.ToJsonString());
    }

    [Theory]
    [InlineData("Training", WorkloadKind.Training)]
    [InlineData("workspace", WorkloadKind.Workspace)]
    [InlineData("Distributed", WorkloadKind.Distributed)]
    [InlineData("Inference", WorkloadKind.Inference)]
    [InlineData("runai-job", WorkloadKind.Training)]
    [InlineData("NIMService", null)]
    public void The_list_type_names_a_kind(string type, WorkloadKind? kind) => Assert.Equal(kind, WorkloadKinds.FromType(type));
}
