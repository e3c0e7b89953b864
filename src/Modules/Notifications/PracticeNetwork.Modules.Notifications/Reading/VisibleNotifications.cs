using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Notifications.Reading;

/// <summary>A notification that may be shown: its item as the reader may open it now (its current title and link).</summary>
public sealed record ShownNotification(Notification Note, FeedItemLink Item);

/// <summary>
/// The one place notifications meet visibility: each item is asked of its own module, as the reader, at the time it is
/// shown or mailed. What the reader may no longer open (archived, deleted, narrowed, a joint project left) drops out.
/// </summary>
public sealed class VisibleNotifications(IEnumerable<IContentFeed> feeds)
{
    public async Task<IReadOnlyList<ShownNotification>> FilterAsync(
        IReadOnlyCollection<Reader> readers, IReadOnlyCollection<Notification> notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (readers.Count == 0 || notes.Count == 0)
        {
            return [];
        }

        var openable = new Dictionary<(string, Guid), FeedItemLink>();
        foreach (var kind in notes.GroupBy(note => note.ContentKind))
        {
            if (feeds.FirstOrDefault(feed => feed.Kind == kind.Key) is not { } feed)
            {
                continue;
            }

            foreach (var (id, link) in await feed.OpenableAsync(readers, [.. kind.Select(note => note.ItemId).Distinct()], cancellationToken))
            {
                openable[(kind.Key, id)] = link;
            }
        }

        return [.. notes.Where(note => openable.ContainsKey((note.ContentKind, note.ItemId)))
            .Select(note => new ShownNotification(note, openable[(note.ContentKind, note.ItemId)]))];
    }

    /// <summary>
    /// <see cref="FilterAsync"/> for many members at once (a digest batch): each member's notes as their own readers may
    /// open them now, asking each content type once for the whole batch rather than once per member.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ShownNotification>>> FilterEachAsync(
        IReadOnlyDictionary<Guid, IReadOnlyList<Reader>> readersOf, ILookup<Guid, Notification> notesOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readersOf);
        ArgumentNullException.ThrowIfNull(notesOf);
        var people = readersOf.Keys.Where(person => readersOf[person].Count > 0 && notesOf[person].Any()).ToList();
        var openable = people.ToDictionary(person => person, _ => new Dictionary<(string, Guid), FeedItemLink>());
        foreach (var feed in feeds)
        {
            var asking = people.Where(person => notesOf[person].Any(note => note.ContentKind == feed.Kind)).ToList();
            if (asking.Count == 0)
            {
                continue;
            }

            var answers = await feed.OpenableEachAsync([.. asking.Select(person => new OpenableQuestion(readersOf[person],
                [.. notesOf[person].Where(note => note.ContentKind == feed.Kind).Select(note => note.ItemId).Distinct()]))], cancellationToken);
            for (var index = 0; index < asking.Count; index++)
            {
                foreach (var (id, link) in answers[index])
                {
                    openable[asking[index]][(feed.Kind, id)] = link;
                }
            }
        }

        return readersOf.Keys.ToDictionary(person => person, person => openable.TryGetValue(person, out var links)
            ? (IReadOnlyList<ShownNotification>)[.. notesOf[person].Where(note => links.ContainsKey((note.ContentKind, note.ItemId)))
                .Select(note => new ShownNotification(note, links[(note.ContentKind, note.ItemId)]))]
            : []);
    }

    /// <summary>The items of any content type among <paramref name="itemIds"/> that one of the readers may open now.</summary>
    public async Task<IReadOnlyDictionary<Guid, FeedItemLink>> OpenableAsync(
        IReadOnlyCollection<Reader> readers, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, FeedItemLink>();
        if (readers.Count == 0 || itemIds.Count == 0)
        {
            return found;
        }

        foreach (var feed in feeds)
        {
            foreach (var (id, link) in await feed.OpenableAsync(readers, [.. itemIds.Where(id => !found.ContainsKey(id))], cancellationToken))
            {
                found[id] = link;
            }
        }

        return found;
    }
}
