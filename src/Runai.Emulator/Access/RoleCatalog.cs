namespace Runai.Emulator.Access;

/// <summary>
/// The predefined roles of a Run:ai tenant, with ids and the actions each grants per resource type (the contract's
/// <c>ResourceType</c>, <c>ResourceTypeGroupId</c> and <c>Action</c> enums). Roles are not created through the API.
/// </summary>
public static class RoleCatalog
{
    private static readonly string[] Crud = ["create", "read", "update", "delete"];
    private static readonly string[] Read = ["read"];

    /// <summary>Each resource type's group and display name.</summary>
    public static readonly IReadOnlyDictionary<string, (string Group, string DisplayName)> ResourceTypes =
        new Dictionary<string, (string, string)>
        {
            ["tenant"] = ("organization", "Account"), ["department"] = ("organization", "Departments"), ["project"] = ("organization", "Projects"),
            ["cluster"] = ("physical-resource", "Clusters"), ["nodepools"] = ("physical-resource", "Node pools"), ["nodes"] = ("physical-resource", "Nodes"),
            ["users"] = ("iam", "Users"), ["service-account"] = ("iam", "Service accounts"), ["roles"] = ("iam", "Roles"),
            ["access_rules"] = ("iam", "Access rules"), ["access-keys"] = ("iam", "Access keys"), ["settings"] = ("iam", "Settings"),
            ["dashboards-overview"] = ("dashboard", "Overview dashboard"), ["workloads"] = ("workload", "Workloads"),
            ["workspaces"] = ("workload", "Workspaces"), ["trainings"] = ("workload", "Trainings"), ["inferences"] = ("workload", "Inferences"),
            ["environments"] = ("workload-asset", "Environments"), ["compute-resources"] = ("workload-asset", "Compute resources"),
            ["credentials"] = ("workload-asset", "Credentials"), ["pvc-assets"] = ("workload-asset", "Data sources - PVC"),
            ["templates"] = ("workload-asset", "Templates"),
        };

    private static readonly string[] WorkloadTypes = ["workloads", "workspaces", "trainings", "inferences"];
    private static readonly string[] AssetTypes = ["environments", "compute-resources", "credentials", "pvc-assets", "templates"];
    private static readonly string[] OrgTypes = ["department", "project"];
    private static readonly string[] PhysicalTypes = ["cluster", "nodepools", "nodes"];
    private static readonly string[] IamTypes = ["users", "service-account", "roles", "access_rules", "access-keys", "settings"];

    public static IEnumerable<RoleRecord> Seed()
    {
        var id = 0;
        RoleRecord Role(string name, string description, params (IEnumerable<string> Types, string[] Actions)[] grants)
        {
            var map = new Dictionary<string, string[]>();
            foreach (var (types, actions) in grants)
                foreach (var type in types) map[type] = actions;
            return new RoleRecord { Id = (++id).ToString(System.Globalization.CultureInfo.InvariantCulture), Name = name, Description = description, Grants = map };
        }
        var everything = ResourceTypes.Keys;
        yield return Role("System administrator", "Manages the whole tenant: clusters, organization, identity, workloads and assets.", (everything, Crud));
        yield return Role("Department administrator", "Manages the projects, workloads, assets and access of a department.",
            (OrgTypes, Crud), (WorkloadTypes, Crud), (AssetTypes, Crud), (new[] { "access_rules" }, Crud), (new[] { "users", "roles" }, Read),
            (PhysicalTypes, Read), (new[] { "dashboards-overview" }, Read));
        yield return Role("Editor", "Manages the organization, workloads and assets, without identity management.",
            (OrgTypes, Crud), (PhysicalTypes, Read), (WorkloadTypes, Crud), (AssetTypes, Crud), (new[] { "dashboards-overview" }, Read));
        yield return Role("Research manager", "Manages the projects and workloads of a research team.",
            (new[] { "project" }, Crud), (WorkloadTypes, Crud), (AssetTypes, Crud), (new[] { "department" }, Read), (PhysicalTypes, Read));
        yield return Role("L1 researcher", "Runs and manages workloads and workload assets in projects.",
            (WorkloadTypes, Crud), (AssetTypes, Crud), (OrgTypes, Read), (PhysicalTypes, Read), (new[] { "dashboards-overview" }, Read));
        yield return Role("L2 researcher", "Runs workloads in projects with the assets others prepared.",
            (WorkloadTypes, Crud), (AssetTypes, Read), (new[] { "project" }, Read));
        yield return Role("ML engineer", "Deploys and manages inference workloads.",
            (new[] { "inferences" }, Crud), (new[] { "workloads" }, Read), (AssetTypes, Read), (OrgTypes, Read), (PhysicalTypes, Read));
        yield return Role("Compute resource administrator", "Manages compute resources.", (new[] { "compute-resources" }, Crud), (OrgTypes, Read));
        yield return Role("Credentials administrator", "Manages credentials.", (new[] { "credentials" }, Crud), (OrgTypes, Read));
        yield return Role("Data source administrator", "Manages data sources.", (new[] { "pvc-assets" }, Crud), (OrgTypes, Read));
        yield return Role("Environment administrator", "Manages environments.", (new[] { "environments" }, Crud), (OrgTypes, Read));
        yield return Role("Template administrator", "Manages templates.", (new[] { "templates" }, Crud), (OrgTypes, Read));
        yield return Role("Department viewer", "Views the projects and workloads of a department.", (OrgTypes, Read), (WorkloadTypes, Read), (AssetTypes, Read));
        yield return Role("Viewer", "Views everything, changes nothing.", (everything.Where(t => !IamTypes.Contains(t) || t == "roles"), Read));
    }
}
