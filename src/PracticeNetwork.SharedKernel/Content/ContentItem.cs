using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// What every content item (good practice, project, process description) has and does, whatever its fields: the
/// owning municipality, the review workflow, revisions, soft delete and the version that guards against lost updates.
/// A content type derives from <see cref="ContentItem{TContent}"/> and adds only its own fields.
/// </summary>
public abstract class ContentItem : ITenantOwned, IVersioned
{
#pragma warning disable CS8618 // For EF Core, which sets every property.
    protected ContentItem()
    {
    }
#pragma warning restore CS8618

    /// <summary>A new draft with a known id (imports keep the source's ids and dates), created at <paramref name="now"/>.</summary>
    protected ContentItem(Guid id, Guid createdBy, DateTimeOffset now)
    {
        Title = string.Empty;
        Id = id;
        CreatedBy = createdBy;
        CreatedAt = now;
        UpdatedAt = now;
        Status = PublicationStatus.Draft;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Title { get; protected set; }

    public Audience Audience { get; protected set; }

    public PublicationStatus Status { get; private set; }

    public string? ReviewComment { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>First publication; the year filters use it.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The number of the latest published revision (0 before the first publication).</summary>
    public int RevisionNumber { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public Guid? DeletedBy { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public int Version { get; private set; }

    /// <summary>Moves along the workflow; false when the step does not apply to the current status.</summary>
    public bool Take(WorkflowStep step, string? comment, DateTimeOffset now)
    {
        if (Workflow.Next(Status, step) is not { } next)
        {
            return false;
        }

        Status = next;
        UpdatedAt = now;
        ReviewComment = step == WorkflowStep.ReturnToAuthor ? comment?.Trim() : null;
        if (next == PublicationStatus.Published)
        {
            PublishedAt ??= now;
        }

        return true;
    }

    /// <summary>Starts the next published revision; returns its number.</summary>
    public int NextRevision() => ++RevisionNumber;

    public void Delete(Guid by, DateTimeOffset now)
    {
        DeletedAt = now;
        DeletedBy = by;
        UpdatedAt = now;
    }

    public void Undelete(DateTimeOffset now)
    {
        DeletedAt = null;
        DeletedBy = null;
        UpdatedAt = now;
    }

    protected void Touch(DateTimeOffset now) => UpdatedAt = now;
}

/// <summary>A content item whose fields are <typeparamref name="TContent"/>: the record an author edits as a whole.</summary>
public abstract class ContentItem<TContent> : ContentItem
    where TContent : class, IContentFields<TContent>
{
    protected ContentItem()
    {
    }

    protected ContentItem(Guid id, Guid createdBy, DateTimeOffset now)
        : base(id, createdBy, now)
    {
    }

    public abstract TContent Content { get; }

    /// <summary>Replaces the content; returns the names of the fields that changed (none: nothing was saved).</summary>
    public IReadOnlyList<string> Edit(TContent content, DateTimeOffset now)
    {
        var changed = Normalised(content).ChangedFields(Content);
        if (changed.Count > 0)
        {
            Apply(content);
            Touch(now);
        }

        return changed;
    }

    /// <summary>What would be stored for <paramref name="content"/> (trimmed, in a stable order): edits compare this.</summary>
    protected abstract TContent Normalised(TContent content);

    /// <summary>Stores the normalised <paramref name="content"/> in the item's fields.</summary>
    protected abstract void Apply(TContent content);
}
