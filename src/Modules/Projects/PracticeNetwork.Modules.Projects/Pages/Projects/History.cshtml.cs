using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>A project's revisions and change log (the web kit's history page).</summary>
public sealed class HistoryModel(ISender sender) : HistoryPageModel(sender)
{
    protected override async Task<ContentHistory?> LoadHistoryAsync(Guid id, CancellationToken cancellationToken) =>
        await Sender.Send(new GetProjectHistory(id), cancellationToken);

    protected override async Task<string?> LoadLanguageAsync(Guid id, CancellationToken cancellationToken) =>
        (await Sender.Send(new GetProject(id), cancellationToken))?.Content.Language;
}
