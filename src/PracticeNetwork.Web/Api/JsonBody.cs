using System.Text.Json;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Web.Api;

/// <summary>
/// Reads a JSON request body with the API's options (camelCase, enums as strings). A body that is not JSON, or has a
/// value of the wrong type or an unknown enum name, is a validation failure naming the field (from the JSON path,
/// e.g. <c>links[0].url</c>), never a 500.
/// </summary>
public static class JsonBody
{
    public const string BodyField = "body";

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Send the body as application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            return await request.ReadFromJsonAsync<T>(cancellationToken) ?? throw Invalid(BodyField, "The body must be a JSON object.");
        }
        catch (JsonException exception) when (exception.InnerException is JsonException)
        {
            // The reader's own error: the text is not JSON at all, wherever it broke off.
            throw Invalid(BodyField, "The body is not valid JSON.");
        }
        catch (JsonException exception)
        {
            var field = FieldOf(exception.Path);
            throw Invalid(field, field == BodyField
                ? "The body must be a JSON object with the documented fields."
                : "This value has the wrong type, or is not one of the allowed values.");
        }
    }

    /// <summary><c>$.links[0].url</c> → <c>links[0].url</c>; the root or an unknown place → <c>body</c>.</summary>
    public static string FieldOf(string? jsonPath) =>
        jsonPath is null || jsonPath.Length <= 2 || !jsonPath.StartsWith("$.", StringComparison.Ordinal) ? BodyField : jsonPath[2..];

    private static RequestValidationException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
