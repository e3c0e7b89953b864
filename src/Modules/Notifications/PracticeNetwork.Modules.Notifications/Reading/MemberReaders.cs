using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Modules.Notifications.Reading;

/// <summary>
/// A member as the visibility rule sees them when nobody is signed in (the digest job): one reader per municipality
/// they belong to, with the roles they hold there, as the request's reader would be when they act for it.
/// </summary>
internal static class MemberReaders
{
    public static IReadOnlyList<Reader> Of(Guid personId, IEnumerable<PersonMembership> memberships) =>
        [.. memberships.Where(membership => membership.PersonId == personId).Select(From)];

    public static Reader From(PersonMembership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var roles = membership.Roles;
        return new Reader(membership.PersonId, membership.MunicipalityId,
            IsAuthor: roles.HasFlag(MunicipalityRoles.Author),
            IsReviewer: (roles & (MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin)) != 0,
            IsAdmin: roles.HasFlag(MunicipalityRoles.MunicipalityAdmin));
    }
}
