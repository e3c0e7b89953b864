using Mediator;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Reading;

namespace PracticeNetwork.Modules.Notifications.Features.Notifications;

internal sealed class CountMyUnreadNotificationsHandler(Inbox inbox) : IQueryHandler<CountMyUnreadNotifications, int>
{
    public async ValueTask<int> Handle(CountMyUnreadNotifications query, CancellationToken cancellationToken) =>
        await inbox.CountUnreadAsync(CountMyUnreadNotifications.Cap, cancellationToken);
}
