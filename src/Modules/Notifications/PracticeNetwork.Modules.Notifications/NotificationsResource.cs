namespace PracticeNetwork.Modules.Notifications;

/// <summary>The texts of the notifications module's pages and of the digest (Resources/NotificationsResource.*.resx).</summary>
public sealed class NotificationsResource;
