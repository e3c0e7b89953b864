using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// The published revisions of a project with word diffs of its texts, and for its own editors every change; 404 for
/// whoever may not open the project.
/// </summary>
public sealed class HistoryModel(ISender sender) : PageModel
{
    private IReadOnlyDictionary<Guid, string> _names = new Dictionary<Guid, string>();

    public ContentHistory History { get; private set; } = null!;

    /// <summary>The project's language for <c>lang</c> on its texts, when it differs from the page's.</summary>
    public string? ContentLanguage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProjectHistory(id), cancellationToken) is not { } history)
        {
            return NotFound();
        }

        History = history;
        ContentLanguage = await sender.Send(new GetProject(id), cancellationToken) is { } project
            ? ReaderFormat.ContentLanguage(project.Content.Language)
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

    public string? NameOf(Guid personId) => _names.GetValueOrDefault(personId);
}
