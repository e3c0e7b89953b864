using PracticeNetwork.Modules.Notifications.Api;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Dispatch;
using PracticeNetwork.Modules.Notifications.Reading;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.Web.Composition;

namespace PracticeNetwork.Modules.Notifications;

public static class NotificationsModule
{
    /// <summary>Follows, the outbox dispatcher, in-app notifications and the digest, with their pages.</summary>
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(DigestOptions.From(configuration));
        services.AddModuleDbContext<NotificationsDbContext>(NotificationsDbContext.ModuleName);
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<VisibleNotifications>();
        services.AddScoped<FollowLabels>();
        services.AddScoped<Inbox>();
        services.AddScoped<DigestPlanner>();
        services.AddScoped<DigestComposer>();
        services.AddScoped<DigestMail>();
        services.AddScoped<DigestSender>();
        services.AddScoped<DigestPreview>();
        services.AddScoped<Digest.DigestSettingsWork>();
        services.AddScoped<Digest.NotificationOperations>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddModuleApi(api => api.MapNotificationsApi());
        Pages.NotificationsWeb.AddNotificationPages(services);
        return services;
    }
}
