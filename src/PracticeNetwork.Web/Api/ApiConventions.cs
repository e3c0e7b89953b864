namespace PracticeNetwork.Web.Api;

/// <summary>What every module's API endpoints share with the Host's API setup and its OpenAPI description.</summary>
public static class ApiConventions
{
    /// <summary>A bearer token granted the API scope, of a person acting for a municipality they are a member of.</summary>
    public const string MemberPolicy = "ApiMember";

    /// <summary>Endpoint metadata: anonymous callers are welcome, a bearer token only widens what they see.</summary>
    public static readonly object TokenOptional = new TokenOptionalMetadata();

    /// <summary>Describes the request body in OpenAPI, for endpoints that read it themselves (JSON with field errors, multipart).</summary>
    public static RouteHandlerBuilder WithRequestBody<T>(this RouteHandlerBuilder endpoint, string contentType) =>
        endpoint.WithMetadata(new DocumentedRequestBody(typeof(T), contentType));

    /// <summary>The problems of a write: invalid input, no token, no right, not there (or another's), a conflict.</summary>
    public static RouteHandlerBuilder WithWriteProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>A write that names its version in If-Match: also 428 without it.</summary>
    public static RouteHandlerBuilder WithVersionedWriteProblems(this RouteHandlerBuilder endpoint) => endpoint
        .WithWriteProblems()
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public sealed record DocumentedRequestBody(Type Type, string ContentType);

    private sealed class TokenOptionalMetadata;
}
