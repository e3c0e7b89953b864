using Mediator;

namespace PracticeNetwork.Modules.Search.Contracts;

/// <summary>
/// A saved search is the search page's query string without the sort and the page ("q=laskutus&amp;teema=…", page
/// parameter names) as the search page writes it: values in a fixed order, so the same search saved twice is one.
/// </summary>
public static class SavedSearch
{
    public const int MaxLength = 1000;

    /// <summary>The search page showing the saved search.</summary>
    public static string PageOf(string search) => "/haku?" + search;
}

/// <summary>
/// Which of <paramref name="Searches"/> find each of <paramref name="ItemIds"/> in the index now, whoever reads (the
/// notifications that follow are trimmed to what each member may open when shown). Items found by none are left out.
/// </summary>
public sealed record FindSavedSearchMatches(IReadOnlyCollection<Guid> ItemIds, IReadOnlyCollection<string> Searches)
    : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<string>>>;

/// <summary>A saved search in words, in the UI language: "”laskutus”, Talous ja hallinto, Uusimaa".</summary>
public sealed record DescribeSearch(string Search) : IQuery<string>;
