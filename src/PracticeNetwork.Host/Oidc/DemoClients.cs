using OpenIddict.Abstractions;
using PracticeNetwork.Host.Infrastructure;

namespace PracticeNetwork.Host.Oidc;

/// <summary>
/// The demo clients of the embedded default (with the demo people, <c>Demo:Enabled</c>): an integration that
/// calls the API for itself (client credentials; its secret made at the first start and kept in the data folder
/// like the demo password) and a browser app (code + PKCE, refresh tokens) on loopback port 7890.
/// Idempotent: run at every start, it creates what is missing and puts the secret back in line with the file.
/// </summary>
internal sealed class DemoClients(IOpenIddictApplicationManager applications, StorageSettings storage, ILogger<DemoClients> logger)
{
    public const string IntegrationClientId = "practicenetwork-integration";
    public const string SpaClientId = "practicenetwork-spa";
    public const string SecretFileName = "demo-integration-secret.txt";

    public static readonly ClientRequest Integration = new(
        "PracticeNetwork demo integration", ClientKind.Confidential, ClientCredentials: true, CodeFlow: false, [], []);

    public static readonly ClientRequest Spa = new(
        "PracticeNetwork demo browser app", ClientKind.Public, ClientCredentials: false, CodeFlow: true,
        [new Uri("http://127.0.0.1:7890/callback"), new Uri("http://localhost:7890/callback")],
        [new Uri("http://127.0.0.1:7890/")]);

    public string SecretFile => Path.Combine(storage.DataFolder, SecretFileName);

    /// <summary>Seeds both clients; returns the integration client's secret.</summary>
    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        var secret = await SecretAsync(cancellationToken);
        var integration = await applications.FindByClientIdAsync(IntegrationClientId, cancellationToken);
        if (integration is null)
        {
            await applications.CreateAsync(ClientRegistrations.Describe(IntegrationClientId, Integration, secret), cancellationToken);
            logger.LogInformation("Demo client {ClientId} created", IntegrationClientId);
        }
        else if (!await applications.ValidateClientSecretAsync(integration, secret, cancellationToken))
        {
            // The secret file was replaced or removed: the file wins.
            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, integration, cancellationToken);
            descriptor.ClientSecret = secret;
            await applications.UpdateAsync(integration, descriptor, cancellationToken);
            logger.LogInformation("Demo client {ClientId}: secret reset to the one in {File}", IntegrationClientId, SecretFile);
        }

        if (await applications.FindByClientIdAsync(SpaClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(ClientRegistrations.Describe(SpaClientId, Spa, secret: null), cancellationToken);
            logger.LogInformation("Demo client {ClientId} created", SpaClientId);
        }

        return secret;
    }

    /// <summary>The lines printed at start beside the demo people.</summary>
    public static IEnumerable<string> Describe(string secret) =>
    [
        "Demo OpenID Connect clients (discovery at /.well-known/openid-configuration):",
        $"  {IntegrationClientId,-42} client credentials, secret: {secret}",
        $"  {SpaClientId,-42} code + PKCE, redirect http://127.0.0.1:7890/callback",
    ];

    private async Task<string> SecretAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(SecretFile))
        {
            return (await File.ReadAllTextAsync(SecretFile, cancellationToken)).Trim();
        }

        var secret = ClientRegistrations.NewSecret();
        await SecretFiles.WriteAsync(SecretFile, secret, cancellationToken);
        return secret;
    }
}
