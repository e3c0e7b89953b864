using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Pages.Projects.Editor;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>A new development project, a draft of the acting municipality; its writer becomes its first project manager.</summary>
[Authorize(Policy = Policies.CanEditInMunicipality)]
public sealed class CreateModel(ISender sender, IStringLocalizer<ProjectResource> texts, IStringLocalizer<ContentResource> shared)
    : ProjectEditorPageModel(texts, shared)
{
    public override string CancelUrl => "/kunta/hankkeet";

    public void OnGet() => Form = ProjectForm.ForNewProject(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateProject(Form.ToContent()), cancellationToken);
        SetProjectMessage(Texts["Editor.Created"]);
        return Redirect($"/hankkeet/{id}");
    }

    public IActionResult OnPostPreview() => RedisplayWithPreview();

    public IActionResult OnPostMoreRows(string? moreRows) => Redisplay(moreRows);
}
