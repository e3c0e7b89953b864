using Mediator;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Modules.Projects.Contracts;

namespace PracticeNetwork.Modules.Projects.Pages;

/// <summary>The municipality page's projects: those it owns and those it takes part in, as far as the reader may open them.</summary>
public sealed class MunicipalityProjectsViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid municipalityId, string code) =>
        View(new MunicipalityProjectsSection(code, await sender.Send(new ListMunicipalityProjects(municipalityId), HttpContext.RequestAborted)));
}

public sealed record MunicipalityProjectsSection(string Code, MunicipalityProjects Projects);
