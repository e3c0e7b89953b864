using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Web.Municipalities;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>
/// One practice, if the reader may open it (404 otherwise, so nobody learns that a hidden one exists), with the
/// actions its <see cref="ContentPermissions"/> allow; the actions post to the write side's endpoints.
/// </summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    /// <summary>TempData key under which the write side leaves a message after its redirect back here.</summary>
    public const string MessageKey = "PracticeMessage";

    public PracticeDetails Practice { get; private set; } = null!;

    public MunicipalitySummary? Municipality { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The development project the practice came from, when the reader may open it (not named otherwise).</summary>
    public ProjectReference? OriginProject { get; private set; }

    public PracticeContent Text => Practice.Content;

    /// <summary>Shown to the municipality's own authors and reviewers when a reviewer sent the draft back.</summary>
    public bool ShowsReviewComment => Practice.ReviewComment is { Length: > 0 } && Practice.Status == PublicationStatus.Draft;

    public bool HasActions =>
        !Practice.IsDeleted && (Practice.Permissions.CanEdit || Practice.Permissions.CanDelete || Practice.Permissions.Steps.Count > 0);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetPractice(id), cancellationToken) is not { } practice)
        {
            return NotFound();
        }

        Practice = practice;
        Municipality = (await MunicipalityLookup.LoadAsync(sender, cancellationToken)).ById(practice.MunicipalityId);
        Message = TempData[MessageKey] as string;
        if (practice.Content.OriginProjectId is { } projectId)
        {
            OriginProject = await sender.Send(new GetProjectReference(projectId), cancellationToken);
        }

        return Page();
    }

    /// <summary>The long texts in reading order, by API field name (the section headings come from <c>Field.*</c>).</summary>
    public IEnumerable<(string Field, string Text)> LongTexts() =>
        Text.Texts().Where(text => text.Field is not ("title" or "summary") && !string.IsNullOrWhiteSpace(text.Text));
}
