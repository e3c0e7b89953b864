using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Host.Pages.Municipalities;

public sealed class DetailsModel(ISender sender, IEnumerable<MunicipalitySection> sections) : PageModel
{
    public MunicipalityDetails Details { get; private set; } = null!;

    public IReadOnlyList<MunicipalitySummary> Neighbours { get; private set; } = [];

    /// <summary>What the modules show of the municipality (its practices, projects…), in order.</summary>
    public IReadOnlyList<MunicipalitySection> Sections { get; } = [.. sections.OrderBy(section => section.Order)];

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
