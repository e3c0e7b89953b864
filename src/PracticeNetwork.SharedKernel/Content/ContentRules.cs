using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// Who may change a content item, on top of <see cref="Visibility"/> (who may open it) and <see cref="Workflow"/>
/// (who may move it): authors edit their own drafts; reviewers edit their municipality's drafts, items in review
/// and published items (a published edit is a new revision at once); archived items are read-only until restored.
/// Authors delete their own drafts, reviewers any item; only municipality admins restore deleted items.
/// </summary>
public static class ContentRules
{
    public static bool MayEdit(Reader reader, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(item);
        if (!Owns(reader, item) || item.IsDeleted)
        {
            return false;
        }

        return item.Status switch
        {
            PublicationStatus.Draft => reader.IsReviewer || (reader.IsAuthor && item.CreatedBy == reader.PersonId),
            PublicationStatus.InReview or PublicationStatus.Published => reader.IsReviewer,
            _ => false,
        };
    }

    public static bool MayDelete(Reader reader, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(item);
        return Owns(reader, item) && !item.IsDeleted
            && (reader.IsReviewer || (reader.IsAuthor && item.CreatedBy == reader.PersonId && item.Status == PublicationStatus.Draft));
    }

    public static bool MayRestoreDeleted(Reader reader, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(item);
        return Owns(reader, item) && item.IsDeleted && reader.IsAdmin;
    }

    public static bool MayOpen(Reader reader, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.IsDeleted
            ? MayRestoreDeleted(reader, item)
            : Visibility.CanOpen(reader, item.MunicipalityId, item.Status, item.Audience, item.CreatedBy);
    }

    public static IReadOnlyList<WorkflowStep> Steps(Reader reader, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.IsDeleted || !MayOpen(reader, item))
        {
            return [];
        }

        return [.. Enum.GetValues<WorkflowStep>().Where(step =>
            Workflow.Next(item.Status, step) is not null && Workflow.MayTake(reader, item.MunicipalityId, step))];
    }

    public static ContentPermissions Permissions(Reader reader, ContentItem item) =>
        new(MayEdit(reader, item), MayDelete(reader, item), MayRestoreDeleted(reader, item), Steps(reader, item));

    private static bool Owns(Reader reader, ContentItem item) => reader.ActsFor(item.MunicipalityId);
}
