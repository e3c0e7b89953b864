using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>A new good practice, written as a draft by the acting municipality's authors and reviewers.</summary>
[Authorize(Policy = Policies.CanEditInMunicipality)]
public sealed class CreateModel(ISender sender, IStringLocalizer<PracticeEditorResource> texts, IStringLocalizer<ContentResource> shared)
    : PracticeEditorPageModel(texts, shared)
{
    public override string CancelUrl => "/kunta/kaytannot";

    public void OnGet() => Form = PracticeForm.ForNewPractice(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreatePractice(Form.ToContent()), cancellationToken);
        SetPracticeMessage(Texts["Created"]);
        return Redirect($"/kaytannot/{id}");
    }

    public IActionResult OnPostPreview() => RedisplayWithPreview();

    public IActionResult OnPostMoreRows(string? moreRows) => Redisplay(moreRows);

    public IActionResult OnPostPreviewFragment() => PreviewFragment();
}
