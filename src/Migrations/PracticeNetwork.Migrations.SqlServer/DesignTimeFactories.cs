using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PracticeNetwork.Modules.Identity.Data;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Tenancy.Data;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Migrations.SqlServer;

// Used only by 'dotnet ef migrations add' (through ./build.sh migrations add); never connects.
internal sealed class TenancyDbContextFactory : IDesignTimeDbContextFactory<TenancyDbContext>
{
    public TenancyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TenancyDbContext>();
        SqlServerProvider.Configure(options, "Server=localhost;Database=PracticeNetworkDesign;Integrated Security=true;TrustServerCertificate=true", new ModuleDatabase(TenancyDbContext.ModuleName, typeof(TenancyDbContext)));
        return new TenancyDbContext(options.Options, new TenantContext());
    }
}

internal sealed class AccountsDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        SqlServerProvider.Configure(options, "Server=localhost;Database=PracticeNetworkDesign;Integrated Security=true;TrustServerCertificate=true", new ModuleDatabase(AccountsDbContext.ModuleName, typeof(AccountsDbContext)));
        return new AccountsDbContext(options.Options);
    }
}

internal sealed class PracticesDbContextFactory : IDesignTimeDbContextFactory<PracticesDbContext>
{
    public PracticesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PracticesDbContext>();
        SqlServerProvider.Configure(options, "Server=localhost;Database=PracticeNetworkDesign;Integrated Security=true;TrustServerCertificate=true", new ModuleDatabase(PracticesDbContext.ModuleName, typeof(PracticesDbContext)));
        return new PracticesDbContext(options.Options, new TenantContext());
    }
}

internal sealed class ProjectsDbContextFactory : IDesignTimeDbContextFactory<ProjectsDbContext>
{
    public ProjectsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ProjectsDbContext>();
        SqlServerProvider.Configure(options, "Server=localhost;Database=PracticeNetworkDesign;Integrated Security=true;TrustServerCertificate=true", new ModuleDatabase(ProjectsDbContext.ModuleName, typeof(ProjectsDbContext)));
        return new ProjectsDbContext(options.Options, new TenantContext());
    }
}

internal sealed class ProcessesDbContextFactory : IDesignTimeDbContextFactory<ProcessesDbContext>
{
    public ProcessesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ProcessesDbContext>();
        SqlServerProvider.Configure(options, "Server=localhost;Database=PracticeNetworkDesign;Integrated Security=true;TrustServerCertificate=true", new ModuleDatabase(ProcessesDbContext.ModuleName, typeof(ProcessesDbContext)));
        return new ProcessesDbContext(options.Options, new TenantContext());
    }
}

internal sealed class NotificationsDbContextFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NotificationsDbContext>();
        SqlServerProvider.Configure(options, "Server=localhost;Database=PracticeNetworkDesign;Integrated Security=true;TrustServerCertificate=true", new ModuleDatabase(NotificationsDbContext.ModuleName, typeof(NotificationsDbContext)));
        return new NotificationsDbContext(options.Options, new TenantContext());
    }
}
