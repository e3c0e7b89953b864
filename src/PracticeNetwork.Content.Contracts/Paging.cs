namespace PracticeNetwork.Content.Contracts;

/// <summary>The one paging limit of every list, for pages, the API and the queries behind them.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    /// <summary>Far beyond any real list, and small enough that the offset (page × size) stays small for the database.</summary>
    public const int MaxPage = 10_000;

    /// <summary>A page and size the database may be asked for, whatever a caller sent.</summary>
    public static (int Page, int PageSize) Clamp(int page, int pageSize) => (Math.Clamp(page, 1, MaxPage), Math.Clamp(pageSize, 1, MaxPageSize));
}
