namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// Absolute links for emails. <c>App:PublicBaseUrl</c>, required outside Development, so a forged Host header can
/// never put someone else's address into a password-reset or invitation link; in Development the request's origin.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor http)
{
    public string Absolute(string pathAndQuery)
    {
        var configured = configuration["App:PublicBaseUrl"];
        if (!string.IsNullOrEmpty(configured))
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }

        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("No request to take the origin from; set App:PublicBaseUrl.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
    }
}
