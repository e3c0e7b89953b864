using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Text;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Host.Pages.Municipalities;

/// <summary>All municipalities by region, filtered on the server (works without JavaScript) and as you type.</summary>
public sealed class IndexModel(ISender sender) : PageModel, IShowsFieldErrors
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "region")]
    public string? RegionCode { get; set; }

    public IReadOnlyList<RegionWithMunicipalities> Groups { get; private set; } = [];

    public IReadOnlyList<RegionSummary> AllRegions { get; private set; } = [];

    /// <summary>Codes matching the search; the others are rendered hidden so that typing can bring them back.</summary>
    public IReadOnlySet<string> MatchingCodes { get; private set; } = new HashSet<string>();

    public int MatchCount => MatchingCodes.Count;

    public bool IsShown(RegionWithMunicipalities group) =>
        group.Municipalities.Any(municipality => MatchingCodes.Contains(municipality.Code));

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || !string.IsNullOrEmpty(RegionCode);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await sender.Send(new ListMunicipalities(), cancellationToken);
        AllRegions = all.Select(group => group.Region).ToList();
        Groups = all;
        MatchingCodes = all.SelectMany(group => group.Municipalities).Select(municipality => municipality.Code).ToHashSet();
        var matches = await sender.Send(new ListMunicipalities(Search, RegionCode), cancellationToken);
        MatchingCodes = matches.SelectMany(group => group.Municipalities).Select(municipality => municipality.Code).ToHashSet();
        if (!string.IsNullOrEmpty(RegionCode))
        {
            Groups = all.Where(group => group.Region.Code == RegionCode).ToList();
        }
    }

    /// <summary>A search the list cannot take: the message by its field, and every municipality shown.</summary>
    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        foreach (var (field, messages) in invalid.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }

        return Task.FromResult<IActionResult>(Page());
    }

    public static string SearchKeyOf(MunicipalitySummary municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return SearchText.Key(municipality.NameFi, municipality.NameSv, municipality.Code);
    }
}
