using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Modules.Practices.Pages.Municipality;

/// <summary>The acting municipality's bin: deleted practices, newest first, each with a restore button (municipality admins).</summary>
[Authorize(Policy = Policies.CanAdministerMunicipality)]
public sealed class DeletedPracticesModel(ISender sender) : PageModel
{
    public IReadOnlyList<PracticeSummary> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await sender.Send(new ListDeletedPractices(), cancellationToken);
}
