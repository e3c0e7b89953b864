using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Localization;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// fi (default), sv and en. The language comes from the member's preference, else the language switch's
/// cookie, else the browser's Accept-Language, else Finnish.
/// </summary>
internal static class Localization
{
    public const string CookieName = ".PracticeNetwork.Culture";
    public const string PreferredLanguageClaim = "locale";

    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    public static IServiceCollection AddPracticeNetworkLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture("fi");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult(FromMemberPreference(context.User))),
                new CookieRequestCultureProvider { CookieName = CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static bool IsSupported(string? language) => language is not null && Languages.Contains(language);

    public static string CookieValue(string language) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language));

    private static ProviderCultureResult? FromMemberPreference(ClaimsPrincipal user)
    {
        var preferred = user.FindFirstValue(PreferredLanguageClaim);
        return IsSupported(preferred) ? new ProviderCultureResult(preferred) : null;
    }
}
