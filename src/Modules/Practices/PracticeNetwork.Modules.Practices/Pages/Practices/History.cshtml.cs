using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>A practice's revisions and change log (the web kit's history page).</summary>
public sealed class HistoryModel(ISender sender) : HistoryPageModel(sender)
{
    protected override async Task<ContentHistory?> LoadHistoryAsync(Guid id, CancellationToken cancellationToken) =>
        await Sender.Send(new GetPracticeHistory(id), cancellationToken);

    protected override async Task<string?> LoadLanguageAsync(Guid id, CancellationToken cancellationToken) =>
        (await Sender.Send(new GetPractice(id), cancellationToken))?.Content.Language;
}
