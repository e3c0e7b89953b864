using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Web.Api;

/// <summary>One page of a list; <see cref="Next"/> and <see cref="Prev"/> are also in the <c>Link</c> header.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, int PageCount, string? Next, string? Prev);

public static class ListPage
{
    /// <summary>The page of <paramref name="result"/> with its items as resources, and its links in the body and the <c>Link</c> header.</summary>
    public static ListPage<TResource> Of<TItem, TResource>(HttpContext context, ContentPage<TItem> result, Func<TItem, TResource> resource)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(resource);
        var (next, prev) = PageLinks.Write(context, result.Page, result.PageCount);
        return new ListPage<TResource>([.. result.Items.Select(resource)], result.Total, result.Page, result.PageSize, result.PageCount, next, prev);
    }
}
