using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Host.Pages;

public sealed class IndexModel(ISender sender) : PageModel
{
    public int MunicipalityCount { get; private set; }

    public int RegionCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var regions = await sender.Send(new ListMunicipalities(), cancellationToken);
        RegionCount = regions.Count;
        MunicipalityCount = regions.Sum(region => region.Municipalities.Count);
    }
}
