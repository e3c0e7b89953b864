using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Web;

namespace PracticeNetwork.Host.Pages;

/// <summary>The page shown for errors and error status codes; never shows internals, only a reference to quote.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    /// <summary>Shown for whatever method failed (a PUT re-executes this page as a PUT), so it has no handlers of its own.</summary>
    [NonHandler]
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Describe(int.TryParse(RouteData.Values["statusCode"]?.ToString(), out var status) ? status : null);
    }

    private void Describe(int? statusCode)
    {
        switch (statusCode)
        {
            case null or StatusCodes.Status500InternalServerError:
                Title = localizer["ErrorTitle"];
                Text = localizer["ErrorText", Activity.Current?.Id ?? HttpContext.TraceIdentifier];
                break;
            case StatusCodes.Status403Forbidden:
                Title = localizer["ForbiddenTitle"];
                Text = localizer["ForbiddenText"];
                break;
            case StatusCodes.Status429TooManyRequests:
                Title = localizer["TooManyRequestsTitle"];
                Text = localizer["TooManyRequestsText"];
                break;
            case StatusCodes.Status404NotFound:
                Title = localizer["NotFoundTitle"];
                Text = localizer["NotFoundText"];
                break;
            default:
                Title = localizer["StatusCodeTitle"];
                Text = localizer["StatusCodeText", statusCode.Value];
                break;
        }
    }
}
