using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Host.Oidc;

using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Pages.Network.Clients;

/// <summary>
/// Registers an OpenID Connect client. The generated secret of a confidential client is shown once, in the
/// response to the form (never stored readable, never in a redirect or a cookie).
/// </summary>
[Authorize(Policy = Policies.NetworkAdmin)]
public sealed class CreateModel(
    ClientRegistrations registrations, CurrentMember member, IStringLocalizer<OidcResource> localizer, ISender sender) : PageModel
{
    public const int MaxDisplayNameLength = 100;

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public ClientKind Kind { get; set; } = ClientKind.Confidential;

    [BindProperty]
    public bool ClientCredentials { get; set; }

    [BindProperty]
    public bool CodeFlow { get; set; }

    [BindProperty]
    public string? RedirectUris { get; set; }

    [BindProperty]
    public string? PostLogoutRedirectUris { get; set; }

    public string? CreatedClientId { get; private set; }

    public string? CreatedSecret { get; private set; }

    /// <summary>An unticked checkbox posts nothing, so the default (an integration) is set here, not on the property.</summary>
    public void OnGet() => ClientCredentials = true;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Only our own messages, in the reader's language: drop the model binder's (e.g. an unknown client type).
        ModelState.Clear();
        var request = Validate();
        if (request is null)
        {
            return Page();
        }

        var (clientId, secret) = await registrations.CreateAsync(request, cancellationToken);
        await sender.Send(new RecordAudit(AuditActions.ClientCreated, member.PersonId, clientId,
            Details: $"{request.Kind}; code flow {request.UsesCodeFlow}; client credentials {request.UsesClientCredentials}"), cancellationToken);
        CreatedClientId = clientId;
        CreatedSecret = secret;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private ClientRequest? Validate()
    {
        var name = DisplayName?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(DisplayName), localizer["ErrorDisplayNameRequired"]);
        }
        else if (name.Length > MaxDisplayNameLength)
        {
            ModelState.AddModelError(nameof(DisplayName), localizer["ErrorDisplayNameTooLong", MaxDisplayNameLength]);
        }
        else if (!TextRules.IsSingleLine(name))
        {
            ModelState.AddModelError(nameof(DisplayName), localizer["ErrorDisplayNameSingleLine"]);
        }

        if (!Enum.IsDefined(Kind))
        {
            Kind = ClientKind.Confidential;
        }

        var usesCodeFlow = Kind == ClientKind.Public || CodeFlow;
        if (Kind == ClientKind.Confidential && !ClientCredentials && !CodeFlow)
        {
            ModelState.AddModelError(nameof(ClientCredentials), localizer["ErrorNoFlow"]);
        }

        var redirects = ParseUris(nameof(RedirectUris), RedirectUris);
        var postLogout = ParseUris(nameof(PostLogoutRedirectUris), PostLogoutRedirectUris);
        if (usesCodeFlow && redirects is { Count: 0 } && ModelState[nameof(RedirectUris)] is null)
        {
            ModelState.AddModelError(nameof(RedirectUris), localizer["ErrorRedirectRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        return new ClientRequest(name, Kind, ClientCredentials, CodeFlow,
            usesCodeFlow ? redirects! : [], usesCodeFlow ? postLogout! : []);
    }

    private IReadOnlyList<Uri>? ParseUris(string field, string? text)
    {
        var (uris, problem, line) = RedirectUriValidator.Parse(text);
        if (problem == RedirectUriValidator.Problem.None)
        {
            return uris;
        }

        ModelState.AddModelError(field, problem switch
        {
            RedirectUriValidator.Problem.NotAbsolute => localizer["ErrorUriNotAbsolute", line!],
            RedirectUriValidator.Problem.SchemeNotAllowed or RedirectUriValidator.Problem.HttpNotLoopback => localizer["ErrorUriScheme", line!],
            RedirectUriValidator.Problem.HasFragment => localizer["ErrorUriFragment", line!],
            RedirectUriValidator.Problem.HasUserInfo => localizer["ErrorUriUserInfo", line!],
            RedirectUriValidator.Problem.TooLong => localizer["ErrorUriTooLong", RedirectUriValidator.MaxLength],
            _ => localizer["ErrorUriTooMany", RedirectUriValidator.MaxUris],
        });
        return null;
    }
}
