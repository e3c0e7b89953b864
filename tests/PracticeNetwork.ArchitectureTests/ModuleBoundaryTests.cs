using NetArchTest.Rules;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_uses_other_modules_only_through_their_contracts(string name)
    {
        var module = Modules.Named(name);
        var others = Modules.All.Where(other => other != module).ToList();

        var referenced = module.Implementation.GetReferencedAssemblies().Select(reference => reference.Name).ToHashSet();
        Assert.DoesNotContain(others.Select(other => other.Implementation.GetName().Name), referenced.Contains);

        // Full type names, because a namespace prefix of a module would also match its Contracts.
        // Compiler-generated helpers (e.g. <>z__ReadOnlySingleElementList) exist in every assembly under the same name.
        var otherTypes = others.SelectMany(other => other.Implementation.GetTypes())
            .Select(type => type.FullName!)
            .Where(name => !name.StartsWith('<'))
            .ToArray();
        if (otherTypes.Length > 0)
        {
            var result = Types.InAssembly(module.Implementation).Should().NotHaveDependencyOnAny(otherTypes).GetResult();
            Assert.True(result.IsSuccessful, Describe(result));
        }
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Contracts_depend_on_neither_EF_Core_nor_ASP_NET_Core(string name)
    {
        var result = Types.InAssembly(Modules.Named(name).Contracts)
            .Should().NotHaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "PracticeNetwork.SharedKernel")
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Tenant_owned_entities_live_in_their_module_Domain_namespace(string name)
    {
        var module = Modules.Named(name);
        var result = Types.InAssembly(module.Implementation)
            .That().ImplementInterface(typeof(ITenantOwned))
            .Should().ResideInNamespace($"{module.Namespace}.Domain")
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void The_host_holds_no_entities_or_DbContexts()
    {
        var result = Types.InAssembly(typeof(Program).Assembly)
            .Should().NotImplementInterface(typeof(ITenantOwned))
            .And().NotInherit(typeof(Microsoft.EntityFrameworkCore.DbContext))
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    private static string Describe(NetArchTest.Rules.TestResult result) =>
        result.IsSuccessful ? string.Empty : "Violations: " + string.Join(", ", result.FailingTypeNames ?? []);
}
