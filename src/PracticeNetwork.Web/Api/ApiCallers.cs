namespace PracticeNetwork.Web.Api;

public static class ApiCallers
{
    /// <summary>
    /// Reads are open to anonymous callers, but a caller who sends a token that is not valid (expired, revoked, for
    /// another audience) is told so with 401, instead of quietly getting the anonymous view.
    /// </summary>
    public static ValueTask<object?> RejectInvalidTokens(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        var context = invocation.HttpContext;
        return context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true
            ? ValueTask.FromResult<object?>(TypedResults.Challenge())
            : next(invocation);
    }
}
