using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Pages.Network;

/// <summary>The audit trail, newest first, filterable by event. Network admins only.</summary>
[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class AuditLogModel(ISender sender) : PageModel
{
    public static readonly IReadOnlyList<string> Actions = typeof(AuditActions).GetFields()
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    [BindProperty(SupportsGet = true, Name = "tapahtuma")]
    public string? Action { get; set; }

    public IReadOnlyList<AuditEntrySummary> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var action = Actions.Contains(Action) ? Action : null;
        Entries = await sender.Send(new ListAuditEntries(200, action), cancellationToken);
    }
}
