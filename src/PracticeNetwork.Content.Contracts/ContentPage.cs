namespace PracticeNetwork.Content.Contracts;

/// <summary>One page of a list; <see cref="Total"/> counts only what the reader may open.</summary>
public sealed record ContentPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
