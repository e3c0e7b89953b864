using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>Brings a practice back from the municipality's bin, as it was (municipality admins).</summary>
[Authorize(Policy = Policies.CanAdministerMunicipality)]
public sealed class RestoreModel(ISender sender, IStringLocalizer<PracticeEditorResource> texts) : PageModel
{
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
        try
        {
            await sender.Send(new RestoreDeletedPractice(id), cancellationToken);
            var practice = await sender.Send(new GetPractice(id), cancellationToken);
            TempData[PracticeEditorPageModel.PracticeMessageKey] = texts["Restored", practice?.Content.Title ?? string.Empty].Value;
            return Redirect($"/kaytannot/{id}");
        }
        catch (ConflictException)
        {
            var practice = await sender.Send(new GetPractice(id), cancellationToken);
            if (practice is null)
            {
                return NotFound();
            }

            Practice = practice;
            return NotInBin();
        }
        catch (ForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private PageResult NotInBin()
    {
        NotDeleted = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
