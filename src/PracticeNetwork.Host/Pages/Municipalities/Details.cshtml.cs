using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Host.Pages.Municipalities;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public MunicipalityDetails Details { get; private set; } = null!;

    public IReadOnlyList<MunicipalitySummary> Neighbours { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetMunicipality(code), cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        var region = await sender.Send(new ListMunicipalities(RegionCode: details.Region.Code), cancellationToken);
        Neighbours = region.SelectMany(group => group.Municipalities).Where(municipality => municipality.Code != code).ToList();
        return Page();
    }
}
