namespace PracticeNetwork.Modules.Tenancy.Contracts;

/// <summary>What a member may do in one municipality. A membership holds one or more.</summary>
[Flags]
public enum MunicipalityRoles
{
    None = 0,
    Viewer = 1,
    Author = 2,
    Reviewer = 4,
    MunicipalityAdmin = 8,
}
