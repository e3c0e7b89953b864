using Mediator;

namespace PracticeNetwork.Modules.Notifications.Contracts;

/// <summary>
/// The signed-in member follows a target. The key is the target's stable text form: an id ("D" format) for an item,
/// a network KPI or a municipality, a region code, a theme's name. Following again changes nothing.
/// </summary>
public sealed record Follow(FollowKind Kind, string Key) : ICommand;

/// <summary>The signed-in member stops following; remembered, so an item's own follow is not added back.</summary>
public sealed record Unfollow(FollowKind Kind, string Key) : ICommand;

/// <summary>Whether the signed-in member follows the target (false for anonymous).</summary>
public sealed record IsFollowing(FollowKind Kind, string Key) : IQuery<bool>;

/// <summary>Everything the signed-in member follows, newest first.</summary>
public sealed record ListMyFollows : IQuery<IReadOnlyList<FollowSummary>>;

/// <param name="Automatic">Followed without asking (the member's own item).</param>
public sealed record FollowSummary(FollowKind Kind, string Key, bool Automatic, DateTimeOffset Since);

/// <summary>
/// The follow button on a page of another module, a view component invoked by name:
/// <c>@await Component.InvokeAsync(FollowButton.ViewComponent, new { button = new FollowButton(...) })</c>.
/// It renders a no-JavaScript form for members and nothing for anonymous readers.
/// </summary>
/// <param name="Label">What is followed, in words, for the button's accessible name ("Seuraa: Espoo").</param>
public sealed record FollowButton(FollowKind Kind, string Key, string Label)
{
    public const string ViewComponent = "FollowButton";
}
