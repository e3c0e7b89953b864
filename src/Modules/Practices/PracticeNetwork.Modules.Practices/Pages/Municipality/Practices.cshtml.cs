using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Pages;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Practices.Pages.Municipality;

/// <summary>
/// The acting municipality's own practices, drafts included as far as the reader may see them, by status with
/// counts; drafts a reviewer returned are marked.
/// </summary>
[Authorize(Policy = Policies.MemberOfMunicipality)]
public sealed class PracticesModel(ISender sender, CurrentMember member) : PageModel
{
    public const int PageSize = Paging.DefaultPageSize;

    /// <summary>The tabs: the query value (Finnish, as the routes are) and the status it shows.</summary>
    public static readonly IReadOnlyList<(string Query, PublicationStatus? Status)> Tabs =
    [
        ("kaikki", null),
        ("luonnokset", PublicationStatus.Draft),
        ("tarkastettavana", PublicationStatus.InReview),
        ("julkaistut", PublicationStatus.Published),
        ("arkistoidut", PublicationStatus.Archived),
    ];

    [BindProperty(Name = "tila", SupportsGet = true)]
    public string? Tab { get; set; }

    [BindProperty(Name = "sivu", SupportsGet = true)]
    public string? PageText { get; set; }

    public string CurrentTab { get; private set; } = "kaikki";

    public ContentPage<PracticeSummary> Items { get; private set; } = new([], 0, 1, PageSize);

    public Pager Pager => new(Items.Page, Items.PageCount, page => TabUrl(CurrentTab, page));

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    /// <summary>Drafts on this page that a reviewer returned, with the comment.</summary>
    public IReadOnlyDictionary<Guid, string> Returned { get; private set; } = new Dictionary<Guid, string>();

    public string MunicipalityName { get; private set; } = string.Empty;

    public string? Message { get; private set; }

    public bool CanWrite => member.HasAnyRole(MunicipalityRoles.Author | MunicipalityRoles.Reviewer | MunicipalityRoles.MunicipalityAdmin);

    public bool CanSeeBin => member.HasAnyRole(MunicipalityRoles.MunicipalityAdmin);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var tab = Tabs.FirstOrDefault(candidate => candidate.Query == Tab);
        if (Tab is not null && tab.Query is null)
        {
            return NotFound();
        }

        CurrentTab = tab.Query ?? "kaikki";
        var counts = new Dictionary<string, int>();
        foreach (var (query, status) in Tabs)
        {
            counts[query] = (await sender.Send(new ListMunicipalityPractices(status, 1, 1), cancellationToken)).Total;
        }

        Counts = counts;
        Items = await sender.Send(new ListMunicipalityPractices(tab.Status, new ListParameters().Page(PageText, "sivu", clamp: true), PageSize), cancellationToken);
        Returned = Items.Items.Where(item => item.ReturnComment is { Length: > 0 }).ToDictionary(item => item.Id, item => item.ReturnComment!);
        Message = TempData[PracticeEditorPageModel.PracticeMessageKey] as string;
        MunicipalityName = await NameAsync(cancellationToken);
        return Page();
    }

    public static string TabUrl(string query, int page = 1) =>
        (query == "kaikki" ? "/kunta/kaytannot" : $"/kunta/kaytannot?tila={query}") + (page > 1 ? $"{(query == "kaikki" ? '?' : '&')}sivu={page}" : string.Empty);

    private async Task<string> NameAsync(CancellationToken cancellationToken)
    {
        var municipality = (await sender.Send(new ListMunicipalities(), cancellationToken))
            .SelectMany(group => group.Municipalities)
            .FirstOrDefault(m => m.Id == member.ActingMunicipalityId);
        return municipality is null ? string.Empty : MunicipalityNames.Of(municipality);
    }
}
