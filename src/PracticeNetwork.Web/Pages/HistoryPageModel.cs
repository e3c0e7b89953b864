using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Identity.Contracts;

namespace PracticeNetwork.Web.Pages;

/// <summary>
/// The published revisions of an item with word diffs of its texts, and for its own editors every change, with the
/// people named; 404 for whoever may not open the item. A content type's page says how to read its history and its
/// language; the view is the web kit's <c>_ContentHistory</c> through <see cref="HistoryView"/>.
/// </summary>
public abstract class HistoryPageModel(ISender sender) : PageModel
{
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    public ContentHistory History { get; private set; } = null!;

    /// <summary>The item's language for <c>lang</c> on its texts, when it differs from the page's.</summary>
    public string? ContentLanguage { get; private set; }

    protected ISender Sender => sender;

    protected abstract Task<ContentHistory?> LoadHistoryAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The item's language code ("fi"), or null.</summary>
    protected abstract Task<string?> LoadLanguageAsync(Guid id, CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadHistoryAsync(id, cancellationToken) is not { } history)
        {
            return NotFound();
        }

        History = history;
        ContentLanguage = await LoadLanguageAsync(id, cancellationToken) is { } language ? ReaderFormat.ContentLanguage(language) : null;
        var people = history.Revisions.Select(revision => revision.PublishedBy)
            .Concat(history.Changes.Select(change => change.PersonId))
            .Distinct().ToList();
        if (people.Count > 0)
        {
            _names = (await sender.Send(new GetAccounts(people), cancellationToken))
                .ToDictionary(account => account.PersonId, account => account.DisplayName);
        }

        return Page();
    }

    public string? NameOf(Guid personId) => _names.GetValueOrDefault(personId);
}
