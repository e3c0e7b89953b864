using Microsoft.AspNetCore.Http.HttpResults;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Web.Api;

namespace PracticeNetwork.Modules.Notifications.Api;

/// <summary>
/// /api/v1/digest/unsubscribe: the one-click unsubscribe of RFC 8058, the address in every digest's List-Unsubscribe
/// header. A mail client posts <c>List-Unsubscribe=One-Click</c> to it without signing in and without a form token;
/// the signed token in the address names the member, and the digest is turned off. People following the link in
/// the message's text land on the page <c>/tilaus/peru</c> instead, which also offers weekly in place of daily.
/// </summary>
internal static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/digest/unsubscribe", UnsubscribeAsync).WithTags("Digest").WithName("UnsubscribeFromDigest")
            .WithMetadata(ApiConventions.TokenOptional)
            .WithSummary("One-click unsubscribe (RFC 8058): turns the digest off for the member the signed token names")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnsubscribeAsync(
        string? t, UnsubscribeTokens tokens, DigestSettingsWork settings, CancellationToken cancellationToken)
    {
        if (tokens.Read(t) is not { } person)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such subscription.");
        }

        var current = (await settings.GetAsync(person, cancellationToken)).Preference;
        await settings.SetAsync(person, current with { Frequency = DigestFrequency.Off }, cancellationToken);
        return TypedResults.NoContent();
    }
}
