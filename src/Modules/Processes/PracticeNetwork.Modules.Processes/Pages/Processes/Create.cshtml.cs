using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Editor;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Modules.Processes.Pages.Processes;

/// <summary>A new process description, a draft of the acting municipality, by its writers (<see cref="ProcessesWeb.Writers"/>).</summary>
[Authorize(Policy = Policies.CanEditInMunicipality)]
public sealed class CreateModel(
    ISender sender, IStringLocalizer<ProcessEditorResource> texts, IStringLocalizer<ProcessResource> processTexts, IStringLocalizer<ContentResource> shared)
    : ProcessEditorPageModel(texts, processTexts, shared)
{
    public override string CancelUrl => ProcessPages.OwnList;

    public void OnGet() => Form = ProcessForm.ForNewProcess(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateProcess(Form.ToContent()), cancellationToken);
        SetProcessMessage(Texts["Editor.Created"]);
        return Redirect(ProcessPages.Details(id));
    }

    public IActionResult OnPostPreview() => RedisplayWithPreview();

    public IActionResult OnPostMoreRows(string? moreRows) => Redisplay(moreRows);

    public IActionResult OnPostStep(string? stepAction) => RedisplayWithStepChanged(stepAction);
}
