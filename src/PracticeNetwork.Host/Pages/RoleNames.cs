using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Host.Pages;

/// <summary>Resource keys of the roles a membership holds, in rank order.</summary>
public static class RoleNames
{
    private static readonly (MunicipalityRoles Role, string Key)[] Keys =
    [
        (MunicipalityRoles.MunicipalityAdmin, "RoleMunicipalityAdmin"),
        (MunicipalityRoles.Reviewer, "RoleReviewer"),
        (MunicipalityRoles.Author, "RoleAuthor"),
        (MunicipalityRoles.Viewer, "RoleViewer"),
    ];

    public static IEnumerable<string> Of(MunicipalityRoles roles) =>
        Keys.Where(entry => roles.HasFlag(entry.Role)).Select(entry => entry.Key);
}
