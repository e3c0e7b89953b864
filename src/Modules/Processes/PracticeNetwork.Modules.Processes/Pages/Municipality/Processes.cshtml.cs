using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Processes.Pages.Municipality;

/// <summary>The acting municipality's own process descriptions, drafts and reviews included, grouped by where they stand.</summary>
[Authorize(Policy = Policies.MemberOfMunicipality)]
public sealed class ProcessesModel(ISender sender, CurrentMember member) : PageModel
{
    private static readonly PublicationStatus[] Order =
        [PublicationStatus.InReview, PublicationStatus.Draft, PublicationStatus.Published, PublicationStatus.Archived];

    public IReadOnlyList<(PublicationStatus Status, IReadOnlyList<ProcessCard> Cards)> Groups { get; private set; } = [];

    public string MunicipalityName { get; private set; } = string.Empty;

    public string? Message { get; private set; }

    public bool CanWrite => member.HasAnyRole(ProcessesWeb.Writers);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var directory = await MunicipalityLookup.LoadAsync(sender, cancellationToken);
        var mine = await sender.Send(new ListMunicipalityProcesses(), cancellationToken);
        Groups = [.. Order
            .Select(status => (status, (IReadOnlyList<ProcessCard>)[.. mine
                .Where(process => process.Status == status)
                .OrderByDescending(process => process.UpdatedAt)
                .Select(process => new ProcessCard(process, directory.ById(process.MunicipalityId), ShowPublication: true))]))
            .Where(group => group.Item2.Count > 0)];
        MunicipalityName = member.ActingMunicipalityId is { } acting ? directory.NameOf(acting) : string.Empty;
        Message = TempData[ProcessPages.MessageKey] as string;
    }
}
