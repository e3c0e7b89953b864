using Mono.Cecil;
using Mono.Cecil.Cil;

namespace PracticeNetwork.ArchitectureTests;

/// <summary>
/// Modules write only through SaveChanges, where ModuleDbContext stamps and checks the municipality of every row.
/// Bulk updates and deletes and raw SQL go straight to the database past those checks, so no module calls them.
/// The compiled code is read (with Mono.Cecil, which NetArchTest brings), so async state machines and lambdas count
/// and a comment naming a method does not.
/// </summary>
public sealed class TenantSafeDataAccessTests
{
    private static readonly HashSet<string> Bypasses =
    [
        "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync",
        "FromSql", "FromSqlRaw", "FromSqlInterpolated",
        "ExecuteSql", "ExecuteSqlAsync", "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync",
        "SqlQuery", "SqlQueryRaw",
    ];

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void No_module_bypasses_the_tenant_checks_of_SaveChanges(string name) =>
        AssertNoBypasses(Modules.Named(name).Implementation.Location);

    /// <summary>The shared content machinery writes for every content module, so it is held to the same rule.</summary>
    [Fact]
    public void The_shared_content_machinery_bypasses_no_tenant_check_either() =>
        AssertNoBypasses(typeof(SharedKernel.Content.ContentStore).Assembly.Location);

    private static void AssertNoBypasses(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);

        var calls = AllTypes(assembly.MainModule.Types)
            .SelectMany(type => type.Methods)
            .Where(method => method.HasBody)
            .SelectMany(method => method.Body.Instructions
                .Where(instruction => instruction.OpCode.FlowControl == FlowControl.Call || instruction.OpCode == OpCodes.Ldftn)
                .Select(instruction => instruction.Operand)
                .OfType<MethodReference>()
                .Where(IsBypass)
                .Select(target => $"{method.DeclaringType.FullName}.{method.Name} calls {target.DeclaringType.Name}.{target.Name}"))
            .Distinct()
            .ToList();

        Assert.True(calls.Count == 0, string.Join('\n', calls));
    }

    private static bool IsBypass(MethodReference method) =>
        Bypasses.Contains(method.Name) && method.DeclaringType.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal);

    private static IEnumerable<TypeDefinition> AllTypes(IEnumerable<TypeDefinition> types) =>
        types.SelectMany(type => AllTypes(type.NestedTypes).Prepend(type));
}
