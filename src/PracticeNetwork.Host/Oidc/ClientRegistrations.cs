using System.Security.Cryptography;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PracticeNetwork.Host.Oidc;

/// <summary>Confidential clients hold a secret (servers, integrations); public clients cannot (browser apps, native apps).</summary>
public enum ClientKind
{
    Confidential,
    Public,
}

/// <summary>What a network admin asks for. Public clients always use the code flow with PKCE.</summary>
public sealed record ClientRequest(
    string DisplayName,
    ClientKind Kind,
    bool ClientCredentials,
    bool CodeFlow,
    IReadOnlyList<Uri> RedirectUris,
    IReadOnlyList<Uri> PostLogoutRedirectUris)
{
    public bool UsesCodeFlow => Kind == ClientKind.Public || CodeFlow;

    public bool UsesClientCredentials => Kind == ClientKind.Confidential && ClientCredentials;
}

/// <summary>A client as the admin list shows it (never its secret: only a hash is stored).</summary>
public sealed record RegisteredClient(
    string ClientId, string DisplayName, ClientKind Kind, bool CodeFlow, bool ClientCredentials, IReadOnlyList<string> RedirectUris);

/// <summary>
/// Registers, lists and deletes OpenID Connect clients (OpenIddict applications). Client ids and secrets are
/// generated here: a secret is returned once and stored only as OpenIddict's hash of it.
/// </summary>
public sealed class ClientRegistrations(IOpenIddictApplicationManager applications)
{
    public async Task<IReadOnlyList<RegisteredClient>> ListAsync(CancellationToken cancellationToken)
    {
        var clients = new List<RegisteredClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
            clients.Add(new RegisteredClient(
                await applications.GetClientIdAsync(application, cancellationToken) ?? string.Empty,
                await applications.GetDisplayNameAsync(application, cancellationToken) ?? string.Empty,
                await applications.HasClientTypeAsync(application, ClientTypes.Public, cancellationToken) ? ClientKind.Public : ClientKind.Confidential,
                permissions.Contains(Permissions.GrantTypes.AuthorizationCode),
                permissions.Contains(Permissions.GrantTypes.ClientCredentials),
                [.. (await applications.GetRedirectUrisAsync(application, cancellationToken)).Select(uri => uri.ToString())]));
        }

        return [.. clients.OrderBy(client => client.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Creates the client; returns its generated id and, for a confidential client, its secret (shown once).</summary>
    public async Task<(string ClientId, string? Secret)> CreateAsync(ClientRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clientId = "pn-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = request.Kind == ClientKind.Confidential ? NewSecret() : null;
        await applications.CreateAsync(Describe(clientId, request, secret), cancellationToken);
        return (clientId, secret);
    }

    /// <summary>Deletes the client with its authorizations and tokens (the EF Core store removes them together).</summary>
    public async Task<bool> DeleteAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        await applications.DeleteAsync(application, cancellationToken);
        return true;
    }

    /// <summary>256 random bits, base64url.</summary>
    public static string NewSecret() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The OpenIddict registration for <paramref name="request"/>: endpoints, grant types and scopes it may use.</summary>
    public static OpenIddictApplicationDescriptor Describe(string clientId, ClientRequest request, string? secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = request.Kind == ClientKind.Public ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = request.DisplayName,
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.Prefixes.Scope + OidcScopes.Api]);
        if (request.Kind == ClientKind.Confidential)
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }

        if (request.UsesClientCredentials)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        if (request.UsesCodeFlow)
        {
            descriptor.Permissions.UnionWith(
            [
                Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
            ]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(request.RedirectUris);
            descriptor.PostLogoutRedirectUris.UnionWith(request.PostLogoutRedirectUris);
        }

        return descriptor;
    }
}
