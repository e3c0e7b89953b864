using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Modules.Tenancy.Features.Memberships;

internal static class MunicipalityRoleRules
{
    public const MunicipalityRoles All =
        MunicipalityRoles.Viewer | MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin;

    public static bool AreKnown(MunicipalityRoles roles) => (roles & ~All) == 0;
}
