using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Host.Pages.Municipalities;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public const int PracticeCount = 10;

    public MunicipalityDetails Details { get; private set; } = null!;

    public IReadOnlyList<MunicipalitySummary> Neighbours { get; private set; } = [];

    /// <summary>The municipality's newest published practices that the reader may open (the count obeys the same rule).</summary>
    public ContentPage<PracticeSummary> Practices { get; private set; } = new([], 0, 1, PracticeCount);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetMunicipality(code), cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        var region = await sender.Send(new ListMunicipalities(RegionCode: details.Region.Code), cancellationToken);
        Neighbours = region.SelectMany(group => group.Municipalities).Where(municipality => municipality.Code != code).ToList();
        Practices = await sender.Send(new ListPractices(new PracticeFilter([details.Municipality.Id]), 1, PracticeCount), cancellationToken);
        return Page();
    }
}
