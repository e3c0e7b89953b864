using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>
/// The published revisions of a practice with word diffs of their texts, and for the owning municipality's authors
/// and reviewers the full change log; 404 for whoever may not open the practice.
/// </summary>
public sealed class HistoryModel(ISender sender) : PageModel
{
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    public ContentHistory History { get; private set; } = null!;

    /// <summary>The practice's language for <c>lang</c> on its texts, when it differs from the page's.</summary>
    public string? ContentLanguage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetPracticeHistory(id), cancellationToken) is not { } history)
        {
            return NotFound();
        }

        History = history;
        ContentLanguage = await sender.Send(new GetPractice(id), cancellationToken) is { } practice
            ? ReaderFormat.ContentLanguage(practice.Content.Language)
            : null;
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

    /// <summary>The person's display name, or null when the account no longer exists.</summary>
    public string? NameOf(Guid personId) => _names.GetValueOrDefault(personId);
}
