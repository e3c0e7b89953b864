using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>"Latest in the network": the practices the reader may open, most recently published or updated first.</summary>
public sealed class LatestModel(ISender sender) : PageModel
{
    public const int PageSize = Paging.DefaultPageSize;

    [BindProperty(SupportsGet = true, Name = IndexModel.PageKey)]
    public string? PageText { get; set; }

    public ContentPage<PracticeSummary> Results { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<PracticeCard> Cards { get; private set; } = [];

    public Pager Pager => new(Results.Page, Results.PageCount, UrlFor);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var filter = new PracticeFilter(IncludeArchived: false, Sort: PracticeSort.Updated);
        Results = await sender.Send(new ListPractices(filter, new ListParameters().Page(PageText, IndexModel.PageKey, clamp: true), PageSize), cancellationToken);
        Cards = Results.Items.Select(item => PracticeCard.Of(item, directory) with { ShowChange = true }).ToList();
    }

    public static string UrlFor(int page) =>
        page > 1 ? "/kaytannot/uusimmat?" + IndexModel.PageKey + "=" + page.ToString(CultureInfo.InvariantCulture) : "/kaytannot/uusimmat";
}
