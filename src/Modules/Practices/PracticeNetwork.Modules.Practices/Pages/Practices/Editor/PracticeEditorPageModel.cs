using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices.Editor;

/// <summary>
/// What the new-practice and edit pages share: the posted form, re-showing it (with errors, a preview or more
/// rows) exactly as typed, and the preview fragment for the script that previews without reloading.
/// </summary>
public abstract class PracticeEditorPageModel(IStringLocalizer<PracticeEditorResource> texts, IStringLocalizer<ContentResource> shared)
    : PageModel, IShowsFieldErrors
{
    /// <summary>TempData key the practice page shows in its status box.</summary>
    public const string PracticeMessageKey = "PracticeMessage";

    public const string PreviewPartial = "/Pages/Practices/Editor/_PracticePreview.cshtml";

    [BindProperty]
    public PracticeForm Form { get; set; } = new();

    public bool ShowPreview { get; private set; }

    /// <summary>The version the editor loaded (edit only); saved in a hidden field.</summary>
    public virtual int? LoadedVersion => null;

    /// <summary>Whether to offer "minor change" (editing a published practice).</summary>
    public virtual bool OffersMinorChange => false;

    public virtual bool MinorChangeChecked => false;

    public abstract string CancelUrl { get; }

    protected IStringLocalizer<PracticeEditorResource> Texts => texts;

    protected IStringLocalizer<ContentResource> SharedTexts => shared;

    /// <summary>The form again as typed (only the empty rows renewed), without the model binder's own complaints.</summary>
    protected PageResult Redisplay(string? moreRowsFor = null)
    {
        ModelState.Clear();
        Form.WithEmptyRows(moreRowsFor is "contacts" or "links" or "awards" ? moreRowsFor : null);
        return Page();
    }

    protected PageResult RedisplayWithPreview()
    {
        ShowPreview = true;
        return Redisplay();
    }

    protected PageResult RedisplayWithErrors(RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        var page = Redisplay();
        PracticeForm.Errors.Add(ModelState, invalid.Errors, texts, shared);
        return page;
    }

    /// <summary>The form again as typed, with each refused field's error beside it.</summary>
    public virtual Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid) =>
        Task.FromResult<IActionResult>(RedisplayWithErrors(invalid));

    /// <summary>Only the sanitized preview, for the progressive-enhancement script.</summary>
    protected PartialViewResult PreviewFragment()
    {
        Response.Headers.CacheControl = "no-store";
        return Partial(PreviewPartial, Form);
    }

    protected void SetPracticeMessage(string message) => TempData[PracticeMessageKey] = message;
}
