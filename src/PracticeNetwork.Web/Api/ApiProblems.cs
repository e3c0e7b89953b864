namespace PracticeNetwork.Web.Api;

/// <summary>The problem details an endpoint answers itself (the module's exceptions go through the Host's handler).</summary>
public static class ApiProblems
{
    public static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    /// <summary>A validation problem with one field error, the shape of every 400 with <c>errors</c>.</summary>
    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "One or more fields are invalid.");
}
