using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Web.Authorization;

/// <summary>The visibility reader for modules, from the request's <see cref="CurrentMember"/>.</summary>
public sealed class CurrentReader(CurrentMember member) : IReaderContext
{
    public Reader Current => member.IsSignedIn
        ? new Reader(member.PersonId, member.ActingMunicipalityId,
            IsAuthor: member.HasAnyRole(MunicipalityRoles.Author),
            IsReviewer: member.HasAnyRole(MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin),
            IsAdmin: member.HasAnyRole(MunicipalityRoles.MunicipalityAdmin))
        : Reader.Anonymous;
}
