using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Web.Pages.Editing;

/// <summary>
/// Lets an attachment of up to <c>Attachments:MaxBytes</c> (plus a margin for the rest of the form) through Kestrel
/// and the form reader, whatever their defaults. It runs before antiforgery, which reads the form: an upload that
/// announces a larger body is not read at all but sent back to the edit page, which says the file is too large;
/// one within the margin reaches the module, whose size check the page explains the same way. <see cref="Anchor"/>
/// is the id of the page's file section, where the answer scrolls to.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AttachmentUploadLimitAttribute : Attribute, IFilterFactory, IOrderedFilter
{
    /// <summary>The query value the edit page reads to show "too large" on the file input.</summary>
    public const string TooLargeQuery = "liite=liian-suuri";

    public const long FormMargin = 1024 * 1024;

    /// <summary>Before the antiforgery filter (order 1000).</summary>
    public int Order => 900;

    public bool IsReusable => true;

    public string Anchor { get; set; } = "liitteet";

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        new LimitFilter(serviceProvider.GetRequiredService<AttachmentLimits>().MaxBytes + FormMargin, Anchor);

    private sealed class LimitFilter(long limit, string anchor) : IAuthorizationFilter, IOrderedFilter
    {
        public int Order => 900;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            var http = context.HttpContext;
            var request = http.Request;
            if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
            {
                return;
            }

            if (request.ContentLength > limit)
            {
                context.Result = new RedirectResult($"{request.PathBase}{request.Path}?{TooLargeQuery}#{anchor}");
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            {
                bodySize.MaxRequestBodySize = limit;
            }

            if (http.Features.Get<IFormFeature>()?.Form is null)
            {
                http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));
            }
        }
    }
}
