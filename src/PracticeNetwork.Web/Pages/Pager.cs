namespace PracticeNetwork.Web.Pages;

/// <summary>Prev/next and page-number links that keep the list's filters (<see cref="UrlFor"/>).</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> UrlFor)
{
    private const int Around = 2;

    public bool HasPrevious => Page > 1 && Page <= PageCount + 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The page numbers to link: the first, the last and two around the current one; null marks a gap.</summary>
    public IReadOnlyList<int?> Numbers()
    {
        var shown = new SortedSet<int> { 1, PageCount };
        for (var number = Page - Around; number <= Page + Around; number++)
        {
            if (number >= 1 && number <= PageCount)
            {
                shown.Add(number);
            }
        }

        var numbers = new List<int?>();
        var previous = 0;
        foreach (var number in shown)
        {
            if (number > previous + 1)
            {
                numbers.Add(null);
            }

            numbers.Add(number);
            previous = number;
        }

        return numbers;
    }
}
