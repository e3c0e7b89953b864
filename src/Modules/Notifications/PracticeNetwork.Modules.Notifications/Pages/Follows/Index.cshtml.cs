using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Notifications.Reading;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Modules.Notifications.Pages.Follows;

/// <param name="Name">The target's name now; null for an item the reader may no longer open (shown as unavailable).</param>
public sealed record FollowRow(FollowSummary Follow, string? Name, string? Href);

/// <summary>"What I follow": everything the member follows, by kind, each with its unfollow button.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(ISender sender, FollowLabels labels, VisibleNotifications visible, IReaderContext reader) : PageModel
{
    public IReadOnlyList<IGrouping<FollowKind, FollowRow>> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var follows = await sender.Send(new ListMyFollows(), cancellationToken);
        var itemIds = follows.Where(follow => follow.Kind == FollowKind.Item).Select(follow => Guid.Parse(follow.Key)).ToList();
        var items = await visible.OpenableAsync([reader.Current], itemIds, cancellationToken);
        var rows = new List<FollowRow>();
        foreach (var follow in follows)
        {
            if (follow.Kind == FollowKind.Item)
            {
                var item = items.GetValueOrDefault(Guid.Parse(follow.Key));
                rows.Add(new FollowRow(follow, item?.Title, item?.Path));
                continue;
            }

            var name = follow.Kind == FollowKind.Search
                ? await labels.SearchAsync(follow.Key, cancellationToken)
                : await labels.NameAsync(new FollowTarget(follow.Kind, follow.Key), cancellationToken);
            rows.Add(new FollowRow(follow, name, HrefOf(follow)));
        }

        Groups = [.. rows.GroupBy(row => row.Follow.Kind).OrderBy(group => group.Key)];
    }

    private static string? HrefOf(FollowSummary follow) => follow.Kind switch
    {
        FollowKind.Theme => $"/kaytannot?teema={follow.Key}",
        FollowKind.Region => $"/kaytannot?maakunta={follow.Key}",
        FollowKind.Search => Search.Contracts.SavedSearch.PageOf(follow.Key),
        _ => null,
    };
}
