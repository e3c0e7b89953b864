using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Host.Oidc;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Pages.Network.Clients;

/// <summary>The OpenID Connect clients, for network admins: list and delete. Secrets are never shown here.</summary>
[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class IndexModel(ClientRegistrations registrations, CurrentMember member, ISender sender) : PageModel
{
    public IReadOnlyList<RegisteredClient> Clients { get; private set; } = [];

    public string? Deleted { get; private set; }

    public async Task OnGetAsync(string? deleted, CancellationToken cancellationToken)
    {
        Deleted = deleted;
        Clients = await registrations.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(clientId) || !await registrations.DeleteAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        await sender.Send(new RecordAudit(AuditActions.ClientDeleted, member.PersonId, clientId), cancellationToken);
        return RedirectToPage(new { deleted = clientId });
    }
}
