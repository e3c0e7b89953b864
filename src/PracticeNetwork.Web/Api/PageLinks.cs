using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace PracticeNetwork.Web.Api;

/// <summary>
/// Links to the next and previous page of a list: the same request (path and filters) with another <c>page</c>,
/// in the body and in an RFC 8288 <c>Link</c> header.
/// </summary>
public static class PageLinks
{
    public static (string? Next, string? Prev) Write(HttpContext context, int page, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(context);
        var next = page < pageCount ? For(context.Request, page + 1) : null;
        var prev = page > 1 ? For(context.Request, Math.Min(page - 1, pageCount)) : null;
        var links = new List<string>();
        if (next is not null)
        {
            links.Add($"<{next}>; rel=\"next\"");
        }

        if (prev is not null)
        {
            links.Add($"<{prev}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            context.Response.Headers.Link = string.Join(", ", links);
        }

        return (next, prev);
    }

    private static string For(HttpRequest request, int page)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in QueryHelpers.ParseQuery(request.QueryString.Value))
        {
            if (!key.Equals("page", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in values)
                {
                    query.Add(key, value ?? string.Empty);
                }
            }
        }

        query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
