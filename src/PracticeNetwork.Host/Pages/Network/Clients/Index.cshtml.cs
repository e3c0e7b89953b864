using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Host.Oidc;

namespace PracticeNetwork.Host.Pages.Network.Clients;

/// <summary>The OpenID Connect clients, for network admins: list and delete. Secrets are never shown here.</summary>
[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class IndexModel(ClientRegistrations registrations, CurrentMember member, ILogger<IndexModel> logger) : PageModel
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

        logger.LogInformation("Audit: {PersonId} deleted OpenID Connect client {ClientId}", member.PersonId, clientId);
        return RedirectToPage(new { deleted = clientId });
    }
}
