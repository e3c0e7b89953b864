using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Duende.IdentityModel.OidcClient;
using Duende.IdentityModel.OidcClient.Results;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PracticeNetwork.EndToEndTests;

internal static class Jwt
{
    /// <summary>A JWT's payload, read without checking the signature (for asserting what a token carries).</summary>
    public static JsonElement Payload(string token)
    {
        var part = token.Split('.')[1];
        var padded = part.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (part.Length % 4)) % 4);
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(padded))).RootElement.Clone();
    }
}

/// <summary>
/// Checks identity tokens as a real client must: signature against the server's published JWKS, issuer,
/// audience (our client id) and lifetime.
/// </summary>
internal sealed class JwksIdentityTokenValidator(HttpClient http, Uri jwksUri) : IIdentityTokenValidator
{
    public int Validated { get; private set; }

    public async Task<IdentityTokenValidationResult> ValidateAsync(string identityToken, OidcClientOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var keys = new JsonWebKeySet(await http.GetStringAsync(jwksUri, cancellationToken)).GetSigningKeys();
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(identityToken, new TokenValidationParameters
        {
            ValidIssuer = options.ProviderInformation.IssuerName,
            ValidAudience = options.ClientId,
            IssuerSigningKeys = keys,
            ValidateLifetime = true,
        });
        if (!result.IsValid)
        {
            return new IdentityTokenValidationResult { Error = "invalid_id_token", ErrorDescription = result.Exception?.Message };
        }

        Validated++;
        return new IdentityTokenValidationResult
        {
            User = new ClaimsPrincipal(result.ClaimsIdentity),
            SignatureAlgorithm = ((JsonWebToken)result.SecurityToken).Alg,
        };
    }
}
