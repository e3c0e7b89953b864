using System.Text.Json;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// What the shared machinery needs to know of one content type besides its entity and fields: the noun its
/// messages use, and the typed integration events it writes when it is published, updated and archived.
/// </summary>
public abstract class ContentType<TItem, TContent>
    where TItem : ContentItem<TContent>
    where TContent : class, IContentFields<TContent>
{
    /// <summary>"practice": in messages ("No such practice in this municipality.") and conflict codes (StalePractice).</summary>
    public abstract string Noun { get; }

    public abstract ContentEvent Published(TItem item, Guid by, DateTimeOffset at);

    public abstract ContentEvent Updated(TItem item, Guid by, DateTimeOffset at, IReadOnlyList<string> fields);

    public abstract ContentEvent Archived(TItem item, Guid by, DateTimeOffset at, bool deleted);

    /// <summary>
    /// Who may open an item of this type; by default <see cref="ContentRules.MayOpen"/>. A type whose items other
    /// municipalities take part in (joint projects) widens it from what the item itself holds, never from the request.
    /// </summary>
    public virtual bool MayOpen(Reader reader, TItem item) => ContentRules.MayOpen(reader, item);

    /// <summary>The item page's path (<c>/kaytannot/{id}</c>), for links from notifications, digests and feeds.</summary>
    public abstract string PathOf(Guid id);

    /// <summary>
    /// The people who follow the item without asking: its author, and whoever else the type names (a project's team).
    /// They may unfollow; an unfollow is remembered.
    /// </summary>
    public virtual IEnumerable<Guid> OwnFollowersOf(TItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return [item.CreatedBy];
    }

    /// <summary>
    /// Municipalities besides the owner whose members open the published item whatever its audience (a joint project's
    /// participants); the search index trims results with it, so it must agree with <see cref="MayOpen"/>.
    /// </summary>
    public virtual IEnumerable<Guid> AlsoOpenedBy(TItem item) => [];

    /// <summary>The type's own search facets (stage or status, evidence level, KPIs).</summary>
    public virtual SearchFacets SearchFacetsOf(TItem item) => SearchFacets.None;

    /// <summary>Who may change the item's content and files; by default <see cref="ContentRules.MayEdit"/>.</summary>
    public virtual bool MayEdit(Reader reader, TItem item) => ContentRules.MayEdit(reader, item);

    /// <summary>
    /// Further events of a published item's edit besides <see cref="Updated"/> (a project's status change), written
    /// even for a minor edit.
    /// </summary>
    public virtual IEnumerable<ContentEvent> AlsoOnEdit(TItem item, TContent before, Guid by, DateTimeOffset at) => [];

    /// <summary>The content as JSON, for revisions.</summary>
    public virtual string Snapshot(TContent content) => JsonSerializer.Serialize(content, IntegrationEvents.Json);

    public virtual TContent FromSnapshot(string json) =>
        JsonSerializer.Deserialize<TContent>(json, IntegrationEvents.Json) ?? throw new InvalidOperationException("An empty revision snapshot.");

    /// <summary>The base of every event of <paramref name="item"/>: who, when, and its title, audience and revision then.</summary>
    protected static TEvent Stamp<TEvent>(TItem item, Guid by, DateTimeOffset at)
        where TEvent : ContentEvent, new()
    {
        ArgumentNullException.ThrowIfNull(item);
        return new TEvent
        {
            ItemId = item.Id,
            MunicipalityId = item.MunicipalityId,
            PersonId = by,
            Title = item.Title,
            Audience = item.Audience,
            Revision = item.RevisionNumber,
            OccurredAt = at,
        };
    }
}
