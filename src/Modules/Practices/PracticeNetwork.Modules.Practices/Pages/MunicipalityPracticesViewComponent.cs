using Mediator;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Modules.Practices.Pages;

/// <summary>The municipality page's practices: the newest published ones the reader may open (the count obeys the same rule).</summary>
public sealed class MunicipalityPracticesViewComponent(ISender sender) : ViewComponent
{
    public const int PracticeCount = 10;

    public async Task<IViewComponentResult> InvokeAsync(Guid municipalityId, string code)
    {
        var practices = await sender.Send(new ListPractices(new PracticeFilter([municipalityId]), 1, PracticeCount), HttpContext.RequestAborted);
        return View(new MunicipalityPractices(code, practices));
    }
}

public sealed record MunicipalityPractices(string Code, ContentPage<PracticeSummary> Practices);
