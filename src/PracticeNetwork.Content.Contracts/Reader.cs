namespace PracticeNetwork.Content.Contracts;

/// <summary>
/// Who is reading, as far as visibility cares: signed in or not, the municipality they act for and their role
/// there. Built from the request's current member; never from request parameters.
/// </summary>
public sealed record Reader(Guid? PersonId, Guid? ActingMunicipalityId, bool IsAuthor, bool IsReviewer, bool IsAdmin = false)
{
    public static readonly Reader Anonymous = new(null, null, IsAuthor: false, IsReviewer: false);

    public bool IsSignedIn => PersonId is not null;

    /// <summary>A signed-in member acting for a municipality (network items need this, not just an account).</summary>
    public bool IsMember => IsSignedIn && ActingMunicipalityId is not null;

    /// <summary>A member acting for <paramref name="municipalityId"/>: the one test of "the reader's own municipality".</summary>
    public bool ActsFor(Guid municipalityId) => IsMember && ActingMunicipalityId == municipalityId;
}
