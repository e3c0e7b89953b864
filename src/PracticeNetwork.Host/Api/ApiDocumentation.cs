using System.Buffers.Text;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PracticeNetwork.Host.Infrastructure;
using PracticeNetwork.Host.Oidc;
using PracticeNetwork.Web.Api;
using Scalar.AspNetCore;

namespace PracticeNetwork.Host.Api;

/// <summary>
/// The OpenAPI description of /api/v1 at <see cref="OpenApiPath"/> (with the OAuth2 authorization-code scheme of our
/// own server), and the Scalar reference at <see cref="DocsPath"/>, its scripts served from the package itself.
/// Both are public.
/// </summary>
internal static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string OpenApiPattern = "/openapi/{documentName}.json";
    public const string OpenApiPath = "/openapi/v1.json";
    public const string DocsPath = "/api/docs";
    public const string OAuthScheme = "oauth2";

    public static IServiceCollection AddPracticeNetworkApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            // HEAD is each GET again without the body (HeadRequests); describing it would repeat every read operation.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true
                && description.HttpMethod != HttpMethods.Head;
            options.AddDocumentTransformer(DescribeDocumentAsync);
            options.AddOperationTransformer(DescribeSecurityAsync);
            options.AddOperationTransformer(DescribeQueryEnumsAsync);
            options.AddOperationTransformer(DescribeRequestBodyAsync);
        });

    /// <summary>
    /// Documents the body an endpoint reads itself (<see cref="JsonBody"/>, a form), so that routing does not match on
    /// content type: a caller without rights hears 401/403 first, and a wrong content type is a problem from the endpoint.
    /// </summary>
    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi(OpenApiPattern).AllowAnonymous();
        app.MapScalarApiReference(DocsPath, (options, context) =>
        {
            options.WithTitle("PracticeNetwork API")
                .WithOpenApiRoutePattern(OpenApiPattern)
                .AddDocument(DocumentName)
                // No request leaves for outside servers: no web fonts, telemetry, proxy or AI agent.
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .AddPreferredSecuritySchemes(OAuthScheme)
                .AddAuthorizationCodeFlow(OAuthScheme, flow =>
                {
                    flow.ClientId = app.Configuration["Api:DocsClientId"];
                    flow.Pkce = Pkce.Sha256;
                    flow.SelectedScopes = ["openid", OidcScopes.Api];
                });
            // The page starts Scalar with an inline module script: it and the bundled scripts carry a fresh nonce, and the
            // CSP of this response allows exactly that nonce. The bundle injects its stylesheet as style elements, which
            // needs inline styles on this page only (see SecurityHeadersMiddleware.InlineStylesItem).
            var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
            options.WithNonce(nonce);
            context.Items[SecurityHeadersMiddleware.ScriptNonceItem] = nonce;
            context.Items[SecurityHeadersMiddleware.InlineStylesItem] = true;
        }).AllowAnonymous();
        return app;
    }

    private static Task DescribeDocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "PracticeNetwork API",
            Version = DocumentName,
            Description =
                "Good practices and development projects of Finland's municipalities. Reads are open: each caller sees what they may open. Writes take an " +
                "access token (scope practicenetwork.api) of a member acting for a municipality. Changes to an existing item send " +
                "its ETag in If-Match (428 without it, 409 with code and currentVersion when it is stale). Errors are RFC 9457 " +
                "problem details, with field errors for invalid input.",
        };
        var urls = context.ApplicationServices.GetRequiredService<PublicUrls>();
        var tokenUrl = ServerUrl(urls, OidcPaths.AbsoluteToken);
        document.AddComponent<IOpenApiSecurityScheme>(OAuthScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Authorization code with PKCE (S256) against this server's OpenID Connect endpoints.",
            Flows = new OpenApiOAuthFlows
            {
                AuthorizationCode = new OpenApiOAuthFlow
                {
                    AuthorizationUrl = ServerUrl(urls, OidcPaths.AbsoluteAuthorize),
                    TokenUrl = tokenUrl,
                    RefreshUrl = tokenUrl,
                    Scopes = new Dictionary<string, string>
                    {
                        [OidcScopes.Api] = "Call the API as yourself, for the municipality you act for.",
                        ["openid"] = "Sign in.",
                        ["offline_access"] = "Keep access with a refresh token.",
                    },
                },
            },
        });
        return Task.CompletedTask;
    }

    private static Task DescribeSecurityAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var required = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (!required && !metadata.Contains(ApiConventions.TokenOptional))
        {
            return Task.CompletedTask;
        }

        var token = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OAuthScheme, context.Document)] = [OidcScopes.Api] };
        // An empty requirement makes the token optional.
        operation.Security = required ? [token] : [token, new OpenApiSecurityRequirement()];
        return Task.CompletedTask;
    }

    /// <summary>Text query parameters that take an enum's names (<see cref="QueryEnumAttribute"/>) are documented with those names.</summary>
    private static Task DescribeQueryEnumsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions)
        {
            var enumType = (description.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo
                .GetCustomAttribute<QueryEnumAttribute>()?.EnumType;
            if (enumType is not null
                && operation.Parameters?.FirstOrDefault(parameter => parameter.Name == description.Name) is OpenApiParameter parameter)
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [.. Enum.GetNames(enumType).Select(name => (JsonNode)JsonValue.Create(name))],
                };
            }
        }

        return Task.CompletedTask;
    }

    private static async Task DescribeRequestBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiConventions.DocumentedRequestBody>().FirstOrDefault() is not { } body)
        {
            return;
        }

        IOpenApiSchema schema = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken);
        if (body.ContentType == "application/json" && context.Document is { } document)
        {
            // A named JSON body is a component, as the generated ones are.
            if (document.Components?.Schemas?.ContainsKey(body.Type.Name) != true)
            {
                document.AddComponent(body.Type.Name, schema);
            }

            schema = new OpenApiSchemaReference(body.Type.Name, document);
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { [body.ContentType] = new() { Schema = schema } },
        };
    }

    private static Uri ServerUrl(PublicUrls urls, string path)
    {
        try
        {
            return new Uri(urls.Absolute(path), UriKind.Absolute);
        }
        catch (InvalidOperationException)
        {
            // Generated outside a request without App:PublicBaseUrl: relative to the API's server.
            return new Uri(path, UriKind.Relative);
        }
    }


}
