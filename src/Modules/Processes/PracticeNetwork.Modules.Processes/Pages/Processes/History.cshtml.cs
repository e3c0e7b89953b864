using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Processes.Pages.Processes;

/// <summary>A process's revisions and change log (the web kit's history page).</summary>
public sealed class HistoryModel(ISender sender) : HistoryPageModel(sender)
{
    protected override async Task<ContentHistory?> LoadHistoryAsync(Guid id, CancellationToken cancellationToken) =>
        await Sender.Send(new GetProcessHistory(id), cancellationToken);

    protected override async Task<string?> LoadLanguageAsync(Guid id, CancellationToken cancellationToken) =>
        (await Sender.Send(new GetProcess(id), cancellationToken))?.Content.Language;
}
