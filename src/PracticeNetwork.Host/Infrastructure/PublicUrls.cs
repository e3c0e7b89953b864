namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// Absolute links for emails. <c>App:PublicBaseUrl</c>, required outside Development, so a forged Host header can
/// never put someone else's address into a password-reset or invitation link; in Development the request's origin.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor http, Microsoft.AspNetCore.Hosting.Server.IServer server)
    : PracticeNetwork.SharedKernel.Email.IMailLinks
{
    private const string KestrelDefaultAddress = "http://localhost:5000";

    public string Absolute(string pathAndQuery)
    {
        var configured = configuration["App:PublicBaseUrl"];
        if (!string.IsNullOrEmpty(configured))
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }

        var request = http.HttpContext?.Request;
        if (request is null)
        {
            // A background job in Development (the embedded default): the address this server listens on, or before
            // it listens (the demo's first digest, written at start) the address it was told to listen on, and when it
            // was told none, Kestrel's own default.
            var listening = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
                ?? KestrelDefaultAddress;
            return listening.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).TrimEnd('/') + pathAndQuery;
        }

        return $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndQuery}";
    }
}
