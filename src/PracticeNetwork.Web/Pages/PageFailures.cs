using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Web.Pages;

/// <summary>
/// A page that shows invalid input again, with its field errors, rather than an error page. <paramref name="handler"/>
/// is the handler that failed (<c>null</c> for plain <c>OnPost</c>, else e.g. <c>"Upload"</c>).
/// </summary>
public interface IShowsFieldErrors
{
    Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid);
}

/// <summary>A page that explains a conflict (someone else changed the item) and keeps what the reader typed.</summary>
public interface IShowsConflicts
{
    Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict);
}

/// <summary>A page that answers a refusal itself (for example: the reader's input, read-only); null means a plain 403.</summary>
public interface IShowsRefusals
{
    IActionResult? ShowRefusal(string? handler, ForbiddenException forbidden);
}

/// <summary>
/// Pages fail like the API (<c>ApiExceptionHandler</c>): the one place that turns the use cases' failures into what
/// a page answers, so page models hold no catch blocks. Not found is 404 and forbidden 403 (both on the error page);
/// a conflict is 409, on the page itself when it implements <see cref="IShowsConflicts"/>; invalid input is the form
/// again with its field errors when the page implements <see cref="IShowsFieldErrors"/>, else 400.
/// </summary>
public sealed class PageFailureFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next().ConfigureAwait(true);
        if (executed.Exception is not { } exception || executed.ExceptionHandled)
        {
            return;
        }

        var handler = context.HandlerMethod?.Name;
        var page = context.HandlerInstance;
        IActionResult? result = exception switch
        {
            NotFoundException => new NotFoundResult(),
            ForbiddenException forbidden => (page as IShowsRefusals)?.ShowRefusal(handler, forbidden) ?? new StatusCodeResult(StatusCodes.Status403Forbidden),
            ConflictException conflict => page is IShowsConflicts shows
                ? WithStatus(await shows.ShowConflictAsync(handler, conflict).ConfigureAwait(true), StatusCodes.Status409Conflict)
                : new StatusCodeResult(StatusCodes.Status409Conflict),
            RequestValidationException invalid => page is IShowsFieldErrors shows
                ? await shows.ShowInvalidInputAsync(handler, invalid).ConfigureAwait(true)
                : new StatusCodeResult(StatusCodes.Status400BadRequest),
            _ => null,
        };
        if (result is not null)
        {
            executed.Result = result;
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>A page shown again after a failure says so in its status; a redirect or an error status stays as it is.</summary>
    private static IActionResult WithStatus(IActionResult result, int status)
    {
        if (result is PageResult { StatusCode: null } page)
        {
            page.StatusCode = status;
        }

        return result;
    }
}
