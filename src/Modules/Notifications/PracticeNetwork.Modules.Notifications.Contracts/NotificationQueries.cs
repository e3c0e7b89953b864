using Mediator;

namespace PracticeNetwork.Modules.Notifications.Contracts;

/// <summary>
/// The signed-in member's unread notifications that they may still open (at most <see cref="Cap"/> are counted:
/// the header shows "99+").
/// </summary>
public sealed record CountMyUnreadNotifications : IQuery<int>
{
    public const int Cap = 100;
}
