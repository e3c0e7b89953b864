using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Modules.Notifications.Pages;

/// <summary>The notifications module's pages and their place in the navigation.</summary>
public static class NotificationsWeb
{
    public const string Inbox = "/ilmoitukset";
    public const string Settings = "/ilmoitukset/asetukset";
    public const string Follows = "/seuratut";
    public const string FollowAction = "/seuraa";
    public const string Unsubscribe = "/tilaus/peru";
    public const string Admin = "/verkosto/tiedotteet";

    public static IServiceCollection AddNotificationPages(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddNavigationLink(new NavigationLink(58, Follows, typeof(NotificationsResource), "Nav.Follows")
        {
            ShowTo = member => member.IsSignedIn,
            IsCurrent = path => path.StartsWith(Follows, StringComparison.Ordinal),
        });
        services.AddNavigationLink(new NavigationLink(85, Admin, typeof(NotificationsResource), "Nav.Admin")
        {
            ShowTo = member => member.IsNetworkAdmin,
            IsCurrent = path => path.StartsWith(Admin, StringComparison.Ordinal),
        });
        return services;
    }

    /// <summary>A return address from a form, kept only when it is a path on this site.</summary>
    public static string LocalOr(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : fallback;
}
