using System.Reflection;
using NetArchTest.Rules;

namespace PracticeNetwork.ArchitectureTests;

/// <summary>
/// Modules own their web parts (pages and API); the Host composes them. Neither the Host nor a web part reaches
/// into a module's internals: they speak to a module through its Contracts (Mediator messages and DTOs).
/// </summary>
public sealed class WebPartBoundaryTests
{
    private static readonly string[] Internals = ["Domain", "Data", "Features"];

    /// <summary>A module's web part: the Host registers it through the module's one registration, and knows nothing of it.</summary>
    private static readonly string[] WebParts = ["Pages", "Api"];

    /// <summary>
    /// Named exceptions, each a composition need of a library: ASP.NET Core Identity's user type, and the DbContext
    /// that holds OpenIddict's stores.
    /// </summary>
    private static readonly string[] HostExceptions =
    [
        "PracticeNetwork.Modules.Identity.Domain.Account",
        "PracticeNetwork.Modules.Identity.Data.AccountsDbContext",
    ];

    private static Assembly Host => typeof(Program).Assembly;

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void The_host_uses_no_module_Domain_Data_or_Features_beyond_the_named_exceptions(string name)
    {
        var module = Modules.Named(name);
        var internals = InternalTypesOf(module).Concat(TypesIn(module, WebParts)).Except(HostExceptions, StringComparer.Ordinal).ToArray();
        if (internals.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(Host).Should().NotHaveDependencyOnAny(internals).GetResult();
        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_web_part_speaks_to_its_own_module_only_through_Contracts_and_the_shared_machinery(string name)
    {
        var module = Modules.Named(name);
        var webPart = Types.InAssembly(module.Implementation).That()
            .ResideInNamespace($"{module.Namespace}.Pages").Or().ResideInNamespace($"{module.Namespace}.Api");
        var ownInternals = new[] { $"{module.Namespace}.Data", $"{module.Namespace}.Features" };

        var result = webPart.Should().NotHaveDependencyOnAny(ownInternals).GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void No_web_part_uses_another_modules_implementation(string name)
    {
        var module = Modules.Named(name);
        var otherInternals = Modules.All.Where(other => other != module).SelectMany(InternalTypesOf).ToArray();
        var webPart = Types.InAssembly(module.Implementation).That()
            .ResideInNamespace($"{module.Namespace}.Pages").Or().ResideInNamespace($"{module.Namespace}.Api");

        var result = webPart.Should().NotHaveDependencyOnAny(otherInternals).GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void The_shared_web_kit_knows_no_module_implementation()
    {
        var referenced = typeof(Web.SharedResource).Assembly.GetReferencedAssemblies().Select(reference => reference.Name).ToHashSet();

        Assert.DoesNotContain(Modules.All.Select(module => module.Implementation.GetName().Name), referenced.Contains);
    }

    [Fact]
    public void Shared_content_contracts_depend_on_neither_EF_Core_nor_ASP_NET_Core_nor_the_SharedKernel()
    {
        var result = Types.InAssembly(typeof(Content.Contracts.Reader).Assembly)
            .Should().NotHaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "PracticeNetwork.SharedKernel", "PracticeNetwork.Modules")
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void The_host_has_no_content_pages_or_endpoints_of_its_own()
    {
        var content = Types.InAssembly(Host).That().HaveNameStartingWith("Practice").GetTypes().Select(type => type.FullName).ToList();

        Assert.Empty(content);
    }

    /// <summary>Full type names, because a namespace prefix such as <c>…Practices.Data</c> would not tell types apart.</summary>
    private static IEnumerable<string> InternalTypesOf(Modules.Module module) => TypesIn(module, Internals);

    private static IEnumerable<string> TypesIn(Modules.Module module, string[] parts) =>
        module.Implementation.GetTypes()
            .Where(type => type.Namespace is { } ns && parts.Any(part => ns == $"{module.Namespace}.{part}" || ns.StartsWith($"{module.Namespace}.{part}.", StringComparison.Ordinal)))
            .Select(type => type.FullName!)
            .Where(fullName => !fullName.StartsWith('<'));

    private static string Describe(NetArchTest.Rules.TestResult result) =>
        result.IsSuccessful ? string.Empty : "Violations: " + string.Join(", ", result.FailingTypeNames ?? []);
}
