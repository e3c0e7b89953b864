using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
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
        if (!IsUtf8Json(request.ContentType))
        {
            throw new BadHttpRequestException(
                "Send the body as application/json in UTF-8 (no charset, or charset=utf-8).", StatusCodes.Status415UnsupportedMediaType);
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            // Read as UTF-8 ourselves: the charset is checked above, and the framework's reader trips over a quoted one.
            return await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken)
                ?? throw Invalid(BodyField, "The body must be a JSON object.");
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

    /// <summary>
    /// <c>application/json</c> or <c>application/*+json</c>, with no charset or UTF-8 (any case, quoted or not): JSON
    /// between systems is UTF-8 (RFC 8259). No content type at all is not JSON.
    /// </summary>
    public static bool IsUtf8Json(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || (mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
                    && mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset);
        return charset.Length == 0 || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><c>$.links[0].url</c> → <c>links[0].url</c>; the root or an unknown place → <c>body</c>.</summary>
    public static string FieldOf(string? jsonPath) =>
        jsonPath is null || jsonPath.Length <= 2 || !jsonPath.StartsWith("$.", StringComparison.Ordinal) ? BodyField : jsonPath[2..];

    private static RequestValidationException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
