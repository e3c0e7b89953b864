using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// The one rule of the brief, for every content type: draft (its authors and own reviewers), internal (own
/// municipality), network (signed-in members of any municipality), public (everyone). An item in review is
/// still a draft for visibility; an archived item keeps its audience (people link to it) and is marked archived.
/// Queries must filter with the same rule (<see cref="VisibleStatuses"/> and <see cref="VisibleAudiences"/>) so that
/// lists, counts, search and feeds never show what the page would refuse.
/// </summary>
public static class Visibility
{
    public static bool CanOpen(Reader reader, Guid ownerMunicipalityId, PublicationStatus status, Audience audience, Guid? createdBy)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ownMunicipality = reader.ActsFor(ownerMunicipalityId);
        return status switch
        {
            PublicationStatus.Draft or PublicationStatus.InReview =>
                ownMunicipality && (reader.IsReviewer || (reader.IsAuthor && createdBy == reader.PersonId)),
            _ => audience switch
            {
                Audience.Public => true,
                Audience.Network => reader.IsMember,
                _ => ownMunicipality,
            },
        };
    }

    /// <summary>The audiences of published or archived items of *other* municipalities this reader may open.</summary>
    public static IReadOnlyList<Audience> VisibleAudiences(Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsMember ? [Audience.Public, Audience.Network] : [Audience.Public];
    }

    /// <summary>Statuses visible to anyone outside the owning municipality's authors and reviewers.</summary>
    public static IReadOnlyList<PublicationStatus> VisibleStatuses { get; } = [PublicationStatus.Published, PublicationStatus.Archived];
}
