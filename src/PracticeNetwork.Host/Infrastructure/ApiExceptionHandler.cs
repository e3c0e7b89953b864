using Microsoft.AspNetCore.Diagnostics;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// Turns exceptions in API requests into RFC 9457 problem details: field errors for invalid input (400),
/// conflicts (409, with the conflict's <c>code</c> and the item's <c>currentVersion</c> as extensions when known),
/// malformed or oversized requests (their own 4xx), and a plain 500 without internals for everything else.
/// Pages fall through to the error page.
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            RequestValidationException validation => TypedResults.ValidationProblem(
                validation.Errors.ToDictionary(pair => pair.Key, pair => pair.Value), title: "One or more fields are invalid."),
            ForbiddenException forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: forbidden.Message),
            NotFoundException notFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: notFound.Message),
            ConflictException conflict => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: conflict.Message, extensions: ExtensionsOf(conflict)),
            BadHttpRequestException badRequest => TypedResults.Problem(
                statusCode: badRequest.StatusCode, title: TitleFor(badRequest.StatusCode), detail: badRequest.Message),
            _ => (IResult?)null,
        };

        if (result is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            result = TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "An unexpected error occurred.");
        }

        // By now the request path is the error page's; the feature keeps the path that failed.
        var failedPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (failedPath?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return false;
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>What a client needs to recover from a conflict: a stable code, and for a stale edit the version to reload.</summary>
    private static Dictionary<string, object?> ExtensionsOf(ConflictException conflict)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (conflict.Code is { } code)
        {
            extensions["code"] = code;
        }

        if (conflict.CurrentVersion is { } version)
        {
            extensions["currentVersion"] = version;
        }

        return extensions;
    }

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body has an unsupported content type.",
        _ => "The request is malformed.",
    };
}
