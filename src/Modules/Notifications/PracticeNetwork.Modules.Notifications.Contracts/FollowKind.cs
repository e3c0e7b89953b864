namespace PracticeNetwork.Modules.Notifications.Contracts;

/// <summary>What a member can follow, from the most specific to the broadest: "why you got this" names the first.</summary>
public enum FollowKind
{
    Item = 1,
    NetworkKpi = 2,
    Municipality = 3,
    Region = 4,
    Theme = 5,

    /// <summary>A saved search: its key is the search page's query string (see the search module's <c>SavedSearch</c>).</summary>
    Search = 6,
}
