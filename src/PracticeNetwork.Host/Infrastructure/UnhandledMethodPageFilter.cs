using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// A request that none of its page's handlers takes never renders the page (whose model would be half-built, since
/// no OnGet ran): a method the page has no handler for is 405 with an <c>Allow</c> header naming those it has (GET and
/// HEAD for OnGet, or for a page without a model; POST for OnPost*, and so on); a method it has, but only behind named
/// handlers the request does not name, is 400. OPTIONS is answered with the same <c>Allow</c> and 204. Registered for
/// every page, after antiforgery and authorization.
/// </summary>
internal sealed class UnhandledMethodPageFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is not null || IsErrorPageReExecution(context.HttpContext))
        {
            return;
        }

        var allowed = AllowedMethods(context.ActionDescriptor);
        if (allowed.Contains(context.HttpContext.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            // A page without a model has no handlers and renders for GET; a form that names no handler is malformed.
            if (context.ActionDescriptor.HandlerMethods.Count > 0)
            {
                context.Result = new BadRequestResult();
            }

            return;
        }

        context.HttpContext.Response.Headers.Allow = string.Join(", ", allowed);
        context.Result = HttpMethods.IsOptions(context.HttpContext.Request.Method)
            ? new NoContentResult()
            : new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    /// <summary>The methods the page's handlers take; HEAD wherever GET is, as Razor Pages runs OnGet for it.</summary>
    public static IReadOnlyList<string> AllowedMethods(CompiledPageActionDescriptor page)
    {
        ArgumentNullException.ThrowIfNull(page);
        List<string> methods = page.HandlerMethods.Count == 0
            ? [HttpMethods.Get]
            : [.. page.HandlerMethods.Select(handler => handler.HttpMethod.ToUpperInvariant()).Distinct()];
        if (methods.Contains(HttpMethods.Get))
        {
            methods.Add(HttpMethods.Head);
        }

        return [.. methods.Distinct().OrderBy(Rank).ThenBy(method => method, StringComparer.Ordinal)];
    }

    /// <summary>The error page shows itself for whatever method failed, so it is left alone when re-executed for an error.</summary>
    private static bool IsErrorPageReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    private static int Rank(string method) => Array.IndexOf(Conventional, method) is var index and >= 0 ? index : Conventional.Length;

    private static readonly string[] Conventional =
        [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];
}
