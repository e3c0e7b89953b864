using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Pages.Processes.Diagram;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Editor;

/// <summary>
/// What the new-process and edit pages share: the posted form, and showing it again exactly as typed with its
/// errors, a preview of the swimlane diagram, more rows, or a step moved or removed.
/// </summary>
public abstract class ProcessEditorPageModel(
    IStringLocalizer<ProcessEditorResource> texts, IStringLocalizer<ProcessResource> processTexts, IStringLocalizer<ContentResource> shared)
    : PageModel, IShowsFieldErrors
{
    [BindProperty]
    public ProcessForm Form { get; set; } = new();

    /// <summary>The swimlane diagram of the steps as typed, when the preview was asked for.</summary>
    public SwimlaneDiagram? Preview { get; private set; }

    /// <summary>The version the editor loaded (edit only); saved in a hidden field.</summary>
    public virtual int? LoadedVersion => null;

    /// <summary>Whether to offer "minor change" (editing a published process).</summary>
    public virtual bool OffersMinorChange => false;

    public virtual bool MinorChangeChecked => false;

    public abstract string CancelUrl { get; }

    protected IStringLocalizer<ProcessEditorResource> Texts => texts;

    protected IStringLocalizer<ContentResource> SharedTexts => shared;

    /// <summary>The form again as typed (only the empty rows renewed), without the model binder's own complaints.</summary>
    protected PageResult Redisplay(string? moreRowsFor = null)
    {
        ModelState.Clear();
        Form.WithEmptyRows(moreRowsFor is { } list && ProcessForm.RowLists.Contains(list) ? list : null);
        return Page();
    }

    protected PageResult RedisplayWithPreview()
    {
        var page = Redisplay();
        Preview = SwimlaneDiagram.Build(Form.DiagramInput(), SwimlaneTexts.From(processTexts), CultureInfo.CurrentCulture, "esikatselu-kaavio");
        return page;
    }

    /// <summary>A step's "move up", "move down" or "remove" (<c>up:2</c>): the form comes back with the steps rearranged.</summary>
    protected PageResult RedisplayWithStepChanged(string? stepAction)
    {
        var parts = (stepAction ?? string.Empty).Split(':');
        if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            Form.ChangeStep(parts[0], index);
        }

        return Redisplay();
    }

    /// <summary>The form again as typed, with each refused field's error beside it.</summary>
    public virtual Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        var page = Redisplay();
        ProcessForm.Errors.Add(ModelState, invalid.Errors, texts, shared);
        return Task.FromResult<IActionResult>(page);
    }

    protected void SetProcessMessage(string message) => TempData[ProcessPages.MessageKey] = message;
}
