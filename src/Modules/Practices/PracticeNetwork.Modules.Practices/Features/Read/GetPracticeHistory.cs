using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.Read;

/// <summary>The practice's revisions and, for its own municipality's writers, its change log (<see cref="ContentHistoryReader{TItem, TContent}"/>).</summary>
internal sealed class GetPracticeHistoryHandler(ContentHistoryReader<GoodPractice, PracticeContent> history) : IQueryHandler<GetPracticeHistory, ContentHistory?>
{
    public async ValueTask<ContentHistory?> Handle(GetPracticeHistory query, CancellationToken cancellationToken) =>
        await history.ReadAsync(query.PracticeId, cancellationToken).ConfigureAwait(false);
}
