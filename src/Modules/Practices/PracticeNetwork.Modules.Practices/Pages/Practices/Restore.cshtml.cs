using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>Brings a practice back from the municipality's bin, as it was (municipality admins).</summary>
[Authorize(Policy = Policies.CanAdministerMunicipality)]
public sealed class RestoreModel(ISender sender, IStringLocalizer<PracticeEditorResource> texts) : PageModel, IShowsConflicts
{
    /// <summary>The practice the posted restore was for.</summary>
    private Guid _id;

    public PracticeDetails Practice { get; private set; } = null!;

    public bool NotDeleted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var practice = await sender.Send(new GetPractice(id), cancellationToken);
        if (practice is null)
        {
            return NotFound();
        }

        Practice = practice;
        if (!practice.IsDeleted)
        {
            return NotInBin();
        }

        return practice.Permissions.CanRestore ? Page() : StatusCode(StatusCodes.Status403Forbidden);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        _id = id;
        await sender.Send(new RestoreDeletedPractice(id), cancellationToken);
        var practice = await sender.Send(new GetPractice(id), cancellationToken);
        TempData[PracticeEditorPageModel.PracticeMessageKey] = texts["Restored", practice?.Content.Title ?? string.Empty].Value;
        return Redirect($"/kaytannot/{id}");
    }

    /// <summary>Someone restored it first (or it was never deleted): say so on the practice's own terms.</summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        if (await sender.Send(new GetPractice(_id), HttpContext.RequestAborted) is not { } practice)
        {
            return NotFound();
        }

        Practice = practice;
        return NotInBin();
    }

    private PageResult NotInBin()
    {
        NotDeleted = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
