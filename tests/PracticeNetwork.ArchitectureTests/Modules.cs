using System.Reflection;
using PracticeNetwork.Modules.Tenancy;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.ArchitectureTests;

/// <summary>Every module: its implementation assembly and its Contracts assembly. Add new modules here.</summary>
internal static class Modules
{
    public sealed record Module(string Name, Assembly Implementation, Assembly Contracts)
    {
        public string Namespace => $"PracticeNetwork.Modules.{Name}";

        public string ContractsNamespace => $"{Namespace}.Contracts";

        public override string ToString() => Name;
    }

    public static readonly IReadOnlyList<Module> All =
    [
        new("Tenancy", typeof(TenancyModule).Assembly, typeof(MunicipalityRoles).Assembly),
        new("Identity", typeof(PracticeNetwork.Modules.Identity.IdentityModule).Assembly, typeof(PracticeNetwork.Modules.Identity.Contracts.NetworkRoles).Assembly),
        new("Practices", typeof(PracticeNetwork.Modules.Practices.PracticesModule).Assembly, typeof(PracticeNetwork.Modules.Practices.Contracts.PracticeStage).Assembly),
        new("Projects", typeof(PracticeNetwork.Modules.Projects.ProjectsModule).Assembly, typeof(PracticeNetwork.Modules.Projects.Contracts.ProjectStatus).Assembly),
        new("Processes", typeof(PracticeNetwork.Modules.Processes.ProcessesModule).Assembly, typeof(PracticeNetwork.Modules.Processes.Contracts.KpiPeriod).Assembly),
        new("Notifications", typeof(PracticeNetwork.Modules.Notifications.NotificationsModule).Assembly, typeof(PracticeNetwork.Modules.Notifications.Contracts.FollowKind).Assembly),
        new("Search", typeof(PracticeNetwork.Modules.Search.SearchModule).Assembly, typeof(PracticeNetwork.Modules.Search.Contracts.SearchItems).Assembly),
    ];

    public static TheoryData<string> Names => new(All.Select(module => module.Name));

    public static Module Named(string name) => All.Single(module => module.Name == name);
}
