using Runai.Client.Organization;
using Runai.Client.Resources;
using Runai.Tests.Unit.Support;

namespace Runai.Tests.Unit.Client.Contract;

/// <summary>
/// Contract drift of the resource descriptors: every <see cref="ResourceDescriptor{T}"/> the client declares (found by
/// reflection) is compared with the contract's routes, methods, success statuses, list envelope, literal segments, id
/// format, paging and filter parameters, and schema.
/// </summary>
public sealed class DescriptorContractTests
{
    public static TheoryData<string> Descriptors => DeclaredResources.Fields();

    [Fact]
    public void Every_descriptor_of_the_client_is_found()
    {
        var fields = DeclaredResources.All.Select(r => r.Field).ToList();

        Assert.Superset(
            new HashSet<string>
            {
                "ClusterResource.Descriptor", "NodePoolResource.Descriptor", "NodeResource.Descriptor", "DepartmentResource.Descriptor",
                "ProjectResource.Descriptor", "WorkloadResource.Descriptor",
                // Made by the asset factory and held by AssetKind objects, or by AssetKinds as the family lists.
                "AssetKinds.Pvc.Descriptor", "AssetKinds.NgcApiKey.Descriptor", "AssetKinds.Compute.Descriptor", "AssetKinds.Environment.Descriptor",
                "AssetKinds.DataSources", "AssetKinds.Credentials",
            },
            fields.ToHashSet());
        Assert.Equal(fields.Count, DeclaredResources.All.Select(r => r.Route).Distinct().Count());
        Assert.DoesNotContain(fields, f => f.StartsWith("AssetKinds.All[", StringComparison.Ordinal));
    }

    [ContractTheory]
    [MemberData(nameof(Descriptors))]
    public void Declared_operations_exist_with_the_documented_success_statuses(string descriptor) =>
        AssertNoDrift(DescriptorDrift.Operations(DeclaredResources.Named(descriptor)));

    [ContractTheory]
    [MemberData(nameof(Descriptors))]
    public void The_list_envelope_holds_an_array_of_the_item_schema(string descriptor) =>
        AssertNoDrift(DescriptorDrift.ListEnvelope(DeclaredResources.Named(descriptor)));

    [ContractTheory]
    [MemberData(nameof(Descriptors))]
    public void Literal_segments_are_those_of_the_contract(string descriptor) =>
        AssertNoDrift(DescriptorDrift.LiteralSegments(DeclaredResources.Named(descriptor)));

    [ContractTheory]
    [MemberData(nameof(Descriptors))]
    public void Ids_are_uuids_exactly_where_the_contract_says_format_uuid(string descriptor) =>
        AssertNoDrift(DescriptorDrift.IdFormat(DeclaredResources.Named(descriptor)));

    [ContractTheory]
    [MemberData(nameof(Descriptors))]
    public void Paging_filtering_and_scope_match_the_list_parameters(string descriptor) =>
        AssertNoDrift(DescriptorDrift.PagingAndFilter(DeclaredResources.Named(descriptor)));

    [ContractTheory]
    [MemberData(nameof(Descriptors))]
    public void Required_list_parameters_are_sent_as_fixed_query(string descriptor) =>
        AssertNoDrift(DescriptorDrift.FixedQuery(DeclaredResources.Named(descriptor)));

    [ContractTheory]
    [MemberData(nameof(Descriptors))]
    public void A_name_availability_check_is_declared_where_the_contract_has_one(string descriptor) =>
        AssertNoDrift(DescriptorDrift.NameAvailability(DeclaredResources.Named(descriptor)));

    /// <summary>The check can fail: a name check the descriptor leaves out, or the name sent in a parameter the contract does not take.</summary>
    [ContractFact]
    public void A_missing_or_wrong_name_availability_check_is_reported()
    {
        var dataVolumes = DeclaredResources.Named("DataVolumeResource.Descriptor");
        Assert.Empty(DescriptorDrift.NameAvailability(dataVolumes));
        var undeclared = dataVolumes with { Operations = new ResourceOperations { List = dataVolumes.Operations.List } };
        Assert.Contains(DescriptorDrift.NameAvailability(undeclared), p => p.Contains("the contract has GET /api/v1/datavolumes/name-availability"));
        var wrong = DescriptorDrift.NameAvailability(dataVolumes with { NameAvailabilityParameter = "name" });
        Assert.Contains(wrong, p => p.Contains("NameAvailabilityParameter is 'name', but GET /api/v1/datavolumes/name-availability takes the name in [dataName, clusterId]"));
    }

    /// <summary>The check can fail: data volumes without their requestType, with a value off the enum, or with a parameter the list lacks.</summary>
    [ContractFact]
    public void A_missing_or_wrong_fixed_query_is_reported()
    {
        var dataVolumes = DeclaredResources.Named("DataVolumeResource.Descriptor");

        Assert.Empty(DescriptorDrift.FixedQuery(dataVolumes));
        var missing = DescriptorDrift.FixedQuery(dataVolumes with { FixedQuery = Array.Empty<KeyValuePair<string, string>>() });
        Assert.Contains(missing, p => p.Contains("GET /api/v1/datavolumes (List) requires the query parameter 'requestType'"));
        Assert.Contains(missing, p => p.Contains("GET /api/v1/datavolumes/count (Count) requires the query parameter 'requestType'"));
        var wrong = DescriptorDrift.FixedQuery(dataVolumes with { FixedQuery = new[] { KeyValuePair.Create("requestType", "All") } });
        Assert.Contains(wrong, p => p.Contains("FixedQuery sends requestType=All, but GET /api/v1/datavolumes allows [Originated, UsableInProject]"));
        var nodePools = DeclaredResources.Named("NodePoolResource.Descriptor") with { FixedQuery = new[] { KeyValuePair.Create("requestType", "Originated") } };
        Assert.Contains(DescriptorDrift.FixedQuery(nodePools), p => p.Contains("FixedQuery sends 'requestType', which GET /api/v1/node-pools (List) does not take"));
    }

    [ContractTheory]
    [MemberData(nameof(Descriptors))]
    public void The_schema_is_a_component_the_model_and_the_get_answer_name(string descriptor) =>
        AssertNoDrift(DescriptorDrift.Schema(DeclaredResources.Named(descriptor)));

    /// <summary>The checks can fail: a node-pool descriptor drifted in every aspect is reported in each.</summary>
    [ContractFact]
    public void A_drifted_descriptor_is_reported_in_every_aspect()
    {
        var real = DeclaredResources.Named("NodePoolResource.Descriptor");
        var drifted = new DeclaredResource
        {
            Field = "Drifted.Descriptor",
            ItemClrType = typeof(NodePool),
            Route = real.Route,
            Schema = "Nodepools",
            ListEnvelope = "items",
            Paged = false,
            Filterable = true,
            IdFormat = ResourceIdFormat.Uuid,
            LiteralSegments = new[] { "count", "telemetry" },
            ScopeField = "projectId",
            NameField = "title",
            NameOperators = null,
            Operations = new ResourceOperations { List = new[] { 200 }, Delete = new[] { 204 }, Update = new[] { 200 }, Create = new[] { 200 } },
        };

        Assert.Contains(DescriptorDrift.Operations(drifted), p => p.Contains("Delete (DELETE /api/v1/node-pools/{nodepoolId}) declares success statuses [204], the contract documents [202, 204]"));
        Assert.Contains(DescriptorDrift.Operations(drifted), p => p.Contains("Create (POST /api/v1/node-pools) declares success statuses [200], the contract documents [201]"));
        Assert.Contains("ListEnvelope 'items' is not a property", Assert.Single(DescriptorDrift.ListEnvelope(drifted)));
        Assert.Contains("the contract has [count] under /api/v1/node-pools/", Assert.Single(DescriptorDrift.LiteralSegments(drifted)));
        Assert.Contains("IdFormat is Uuid, but {nodepoolId}", Assert.Single(DescriptorDrift.IdFormat(drifted)));
        var paging = DescriptorDrift.PagingAndFilter(drifted);
        Assert.Contains(paging, p => p.Contains("Paged is False, but GET /api/v1/node-pools takes offset and limit"));
        Assert.Contains(paging, p => p.Contains("ScopeField 'projectId' is not a field"));
        Assert.Contains("Schema 'Nodepools' is not a component schema", Assert.Single(DescriptorDrift.Schema(drifted)));
        Assert.Contains(DescriptorDrift.Schema(drifted with { Schema = "Project" }), p => p.Contains("NodePool does not declare [ContractSchema(\"Project\")]"));
    }

    /// <summary>A family list has no item route: its UUID ids are those of the listed schema's <c>meta.id</c>, and its kinds' routes are literal.</summary>
    [ContractFact]
    public void A_list_without_an_item_route_takes_its_id_format_from_the_listed_schema()
    {
        var dataSources = DeclaredResources.Named("AssetKinds.DataSources");

        Assert.Empty(DescriptorDrift.IdFormat(dataSources));
        Assert.Contains("nor an id (or meta.id) of format uuid in Project", Assert.Single(DescriptorDrift.IdFormat(dataSources with { Schema = "Project" })));
        Assert.Contains("the contract has [config-map, git, host-path, nfs, pvc, s3, secrets] under /api/v1/asset/datasource/",
            Assert.Single(DescriptorDrift.LiteralSegments(dataSources with { LiteralSegments = Array.Empty<string>() })));
    }

    [ContractFact]
    public void An_operation_the_contract_lacks_is_reported()
    {
        var nodes = DeclaredResources.Named("NodeResource.Descriptor");
        var withDelete = nodes with { Operations = new ResourceOperations { List = new[] { 200 }, Delete = new[] { 204 } } };

        Assert.Contains("declares Delete, but the contract has no DELETE /api/v1/nodes/{id}", Assert.Single(DescriptorDrift.Operations(withDelete)));
    }

    private static void AssertNoDrift(List<string> problems) =>
        Assert.True(problems.Count == 0, "Drift from the contract:\n  " + string.Join("\n  ", problems));
}
