using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Web.Api;

/// <summary>
/// Reads a form body (multipart or urlencoded) for an API endpoint. A body the form reader cannot parse (a boundary
/// that does not match the header, no closing boundary, a broken part, too many parts) is a validation failure on
/// <c>body</c> (400), never a 500. A body over the endpoint's size limit stays the server's 413.
/// </summary>
public static class FormBody
{
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new BadHttpRequestException("Send the body as multipart/form-data.", StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            // The reader's IOException means the body ended before the form did; a client that went away cancels the token.
            throw new RequestValidationException(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [JsonBody.BodyField] = ["The body is not well-formed multipart/form-data: check the boundary and that the last part is closed."],
            });
        }
    }
}
