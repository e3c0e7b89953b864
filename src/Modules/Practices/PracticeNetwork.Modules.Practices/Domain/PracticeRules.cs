using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Domain;

/// <summary>
/// Who may change a practice, on top of <see cref="Visibility"/> (who may open it) and <see cref="Workflow"/>
/// (who may move it): authors edit their own drafts; reviewers edit their municipality's drafts, items in review
/// and published items (a published edit is a new revision at once); archived items are read-only until restored.
/// Authors delete their own drafts, reviewers any item; only municipality admins restore deleted items.
/// </summary>
public static class PracticeRules
{
    public static bool MayEdit(Reader reader, GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(practice);
        if (!Owns(reader, practice) || practice.IsDeleted)
        {
            return false;
        }

        return practice.Status switch
        {
            PublicationStatus.Draft => reader.IsReviewer || (reader.IsAuthor && practice.CreatedBy == reader.PersonId),
            PublicationStatus.InReview or PublicationStatus.Published => reader.IsReviewer,
            _ => false,
        };
    }

    public static bool MayDelete(Reader reader, GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(practice);
        return Owns(reader, practice) && !practice.IsDeleted
            && (reader.IsReviewer || (reader.IsAuthor && practice.CreatedBy == reader.PersonId && practice.Status == PublicationStatus.Draft));
    }

    public static bool MayRestoreDeleted(Reader reader, GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(practice);
        return Owns(reader, practice) && practice.IsDeleted && reader.IsAdmin;
    }

    public static bool MayOpen(Reader reader, GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return practice.IsDeleted
            ? MayRestoreDeleted(reader, practice)
            : Visibility.CanOpen(reader, practice.MunicipalityId, practice.Status, practice.Audience, practice.CreatedBy);
    }

    public static IReadOnlyList<WorkflowStep> Steps(Reader reader, GoodPractice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        if (practice.IsDeleted || !MayOpen(reader, practice))
        {
            return [];
        }

        return [.. Enum.GetValues<WorkflowStep>().Where(step =>
            Workflow.Next(practice.Status, step) is not null && Workflow.MayTake(reader, practice.MunicipalityId, step))];
    }

    public static ContentPermissions Permissions(Reader reader, GoodPractice practice) =>
        new(MayEdit(reader, practice), MayDelete(reader, practice), MayRestoreDeleted(reader, practice), Steps(reader, practice));

    private static bool Owns(Reader reader, GoodPractice practice) =>
        reader.IsMember && reader.ActingMunicipalityId == practice.MunicipalityId;
}
