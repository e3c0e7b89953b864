using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects.Editor;

/// <summary>
/// What the new-project and edit pages share: the posted form, and showing it again exactly as typed with its
/// errors, a preview or more rows.
/// </summary>
public abstract class ProjectEditorPageModel(IStringLocalizer<ProjectResource> texts, IStringLocalizer<ContentResource> shared)
    : PageModel, IShowsFieldErrors
{
    [BindProperty]
    public ProjectForm Form { get; set; } = new();

    public bool ShowPreview { get; private set; }

    /// <summary>The version the editor loaded (edit only); saved in a hidden field.</summary>
    public virtual int? LoadedVersion => null;

    /// <summary>Whether to offer "minor change" (editing a published project).</summary>
    public virtual bool OffersMinorChange => false;

    public virtual bool MinorChangeChecked => false;

    public abstract string CancelUrl { get; }

    protected IStringLocalizer<ProjectResource> Texts => texts;

    protected IStringLocalizer<ContentResource> SharedTexts => shared;

    /// <summary>The form again as typed (only the empty rows renewed), without the model binder's own complaints.</summary>
    protected PageResult Redisplay(string? moreRowsFor = null)
    {
        ModelState.Clear();
        Form.WithEmptyRows(moreRowsFor is { } list && ProjectForm.RowLists.Contains(list) ? list : null);
        return Page();
    }

    protected PageResult RedisplayWithPreview()
    {
        ShowPreview = true;
        return Redisplay();
    }

    /// <summary>The form again as typed, with each refused field's error beside it.</summary>
    public virtual Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        var page = Redisplay();
        ProjectForm.Errors.Add(ModelState, invalid.Errors, texts, shared);
        return Task.FromResult<IActionResult>(page);
    }

    protected void SetProjectMessage(string message) => TempData[DetailsModel.MessageKey] = message;
}
