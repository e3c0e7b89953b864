using Mediator;

namespace PracticeNetwork.Modules.Search.Contracts;

/// <summary>
/// Items of other municipalities whose texts are most like the item's (more-like-this on the index), best first,
/// only of what the current reader may open; null when the reader may not open the item itself (a draft, or deleted).
/// </summary>
public sealed record FindRelatedItems(Guid ItemId, int Max = RelatedItems.DefaultCount) : IQuery<IReadOnlyList<SearchHit>?>;

/// <summary>
/// "Similar in other municipalities" on an item page of another module, a view component invoked by name:
/// <c>@await Component.InvokeAsync(RelatedItems.ViewComponent, new { related = new RelatedItems(item.Id) })</c>.
/// It renders nothing when there is nothing to show.
/// </summary>
public sealed record RelatedItems(Guid ItemId)
{
    public const string ViewComponent = "RelatedItems";
    public const int DefaultCount = 5;
}
