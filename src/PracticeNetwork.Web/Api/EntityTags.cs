using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace PracticeNetwork.Web.Api;

/// <summary>
/// Optimistic concurrency over HTTP for versioned content: the strong ETag <c>"{version}"</c> on reads, and
/// <c>If-Match</c> required on writes, so an edit made over an old copy is a conflict and never a lost update.
/// </summary>
public static class EntityTags
{
    public static string ForVersion(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static void Set(HttpResponse response, int version)
    {
        response.Headers.ETag = ForVersion(version);
        // Each caller sees its own permissions and audience: caches may keep the answer only for this caller, and must ask again.
        response.Headers.CacheControl = "private, no-cache";
    }

    /// <summary>Whether <c>If-None-Match</c> names the current version (or is <c>*</c>): the client's copy is current, answer 304.</summary>
    public static bool ClientHasCurrent(HttpRequest request, int version)
    {
        var current = new EntityTagHeaderValue(ForVersion(version));
        return request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags
            && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

    /// <summary>
    /// The version a write is based on, from <c>If-Match</c>: a single strong ETag as sent on reads. Missing is
    /// 428 Precondition Required; anything else (a weak tag, <c>*</c>, a list, not a version) is 400.
    /// </summary>
    public static bool TryReadIfMatch(HttpRequest request, out int version, out IResult problem)
    {
        version = 0;
        problem = null!;
        var header = request.Headers.IfMatch;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()))
        {
            problem = TypedResults.Problem(
                statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required.",
                detail: "Send the ETag of the version you changed in If-Match, so that nobody's change is overwritten unseen.");
            return false;
        }

        if (header.Count == 1
            && EntityTagHeaderValue.TryParse(header.ToString().Trim(), out var tag)
            && !tag.IsWeak
            && int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out version))
        {
            return true;
        }

        problem = TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["If-Match"] = ["Give one strong ETag as sent by GET, for example \"3\"."] },
            title: "One or more fields are invalid.");
        return false;
    }
}
