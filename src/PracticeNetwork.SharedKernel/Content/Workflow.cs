using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// draft → in review → published → archived, shared by every content type. Authors submit their own
/// municipality's drafts; reviewers of the owning municipality publish, return (with a comment) and archive;
/// an archived item can be restored to published by a reviewer.
/// </summary>
public static class Workflow
{
    public static PublicationStatus? Next(PublicationStatus current, WorkflowStep step) => (current, step) switch
    {
        (PublicationStatus.Draft, WorkflowStep.SubmitForReview) => PublicationStatus.InReview,
        (PublicationStatus.InReview, WorkflowStep.Publish) => PublicationStatus.Published,
        (PublicationStatus.Draft, WorkflowStep.Publish) => PublicationStatus.Published,
        (PublicationStatus.InReview, WorkflowStep.ReturnToAuthor) => PublicationStatus.Draft,
        (PublicationStatus.Published, WorkflowStep.Archive) => PublicationStatus.Archived,
        (PublicationStatus.Archived, WorkflowStep.Restore) => PublicationStatus.Published,
        _ => null,
    };

    /// <summary>Whether <paramref name="reader"/> may take <paramref name="step"/> on an item of <paramref name="ownerMunicipalityId"/>.</summary>
    public static bool MayTake(Reader reader, Guid ownerMunicipalityId, WorkflowStep step)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!reader.ActsFor(ownerMunicipalityId))
        {
            return false;
        }

        return step == WorkflowStep.SubmitForReview ? reader.IsAuthor || reader.IsReviewer : reader.IsReviewer;
    }
}
