using Mediator;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages;

/// <summary>The municipality page's process descriptions, as far as the reader may open them.</summary>
public sealed class MunicipalityProcessesViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid municipalityId, string code)
    {
        var page = await sender.Send(new ListProcesses(new ProcessFilter(MunicipalityIds: [municipalityId]), 1, MunicipalityProcessesSection.Shown), HttpContext.RequestAborted);
        return View(new MunicipalityProcessesSection(code, page.Items, page.Total));
    }
}

public sealed record MunicipalityProcessesSection(string Code, IReadOnlyList<ProcessSummary> Processes, int Total)
{
    public const int Shown = 10;
}
