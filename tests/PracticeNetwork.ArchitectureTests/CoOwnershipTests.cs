using Mono.Cecil;
using Mono.Cecil.Cil;

namespace PracticeNetwork.ArchitectureTests;

/// <summary>
/// A participant writes into a project another municipality owns only through the one co-ownership path (ADR 0010):
/// no other code of the Projects module, or of any other module but the invitation acceptance in Tenancy, switches
/// the acting municipality.
/// </summary>
public sealed class CoOwnershipTests
{
    private static readonly Dictionary<string, string[]> AllowedSwitchers = new(StringComparer.Ordinal)
    {
        ["Projects"] = ["PracticeNetwork.Modules.Projects.Features.Coordination.ProjectCoOwnership"],
        ["Tenancy"] = ["PracticeNetwork.Modules.Tenancy.Features.Invitations.AcceptInvitationHandler"],
    };

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Only_the_reviewed_paths_act_for_another_municipality(string name)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(Modules.Named(name).Implementation.Location);
        var allowed = AllowedSwitchers.GetValueOrDefault(name, []);

        var switchers = AllTypes(assembly.MainModule.Types)
            .SelectMany(type => type.Methods.Where(method => method.HasBody).Select(method => (type, method)))
            .Where(pair => pair.method.Body.Instructions.Any(instruction =>
                instruction.OpCode.FlowControl == FlowControl.Call && instruction.Operand is MethodReference target
                && target.Name == "Change" && target.DeclaringType.FullName == "PracticeNetwork.SharedKernel.Tenancy.ITenantContext"))
            .Select(pair => OuterType(pair.type).FullName)
            .Distinct()
            .Where(type => !allowed.Contains(type))
            .ToList();

        Assert.True(switchers.Count == 0, "Switches the acting municipality: " + string.Join(", ", switchers));
    }

    private static TypeDefinition OuterType(TypeDefinition type) => type.DeclaringType is null ? type : OuterType(type.DeclaringType);

    private static IEnumerable<TypeDefinition> AllTypes(IEnumerable<TypeDefinition> types) =>
        types.SelectMany(type => AllTypes(type.NestedTypes).Prepend(type));
}
