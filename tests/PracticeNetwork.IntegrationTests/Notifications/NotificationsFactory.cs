using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PracticeNetwork.Modules.Identity.Data;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Dispatch;
using PracticeNetwork.Modules.Notifications.Reading;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.IntegrationTests.Notifications;

/// <summary>
/// A host whose clock the test moves (Wednesday 2 December 2026, 14:00 in Helsinki, at the start) and whose dispatcher
/// and digest run only when the test runs them, as the Hangfire jobs would.
/// </summary>
public sealed class NotificationsFactory : PracticeNetworkFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:Schedule", "false");
        builder.UseSetting("App:PublicBaseUrl", "https://verkosto.test.example");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

internal static class NotificationSteps
{
    public static Task<DispatchReport> DispatchAsync(this PracticeNetworkFactory factory, Func<OutboxMessage, bool>? failWhen = null) =>
        factory.InScopeAsync(null, async services =>
        {
            var dispatcher = services.GetRequiredService<OutboxDispatcher>();
            dispatcher.FailWhen = failWhen;
            return await dispatcher.RunAsync(CancellationToken.None);
        });

    /// <summary>What the recurring digest job does: plan, then every batch (as the enqueued jobs would).</summary>
    public static async Task<DigestBatchReport> RunDigestsAsync(this PracticeNetworkFactory factory)
    {
        var batches = await factory.InScopeAsync(null, services => services.GetRequiredService<DigestSender>().PlanAsync(CancellationToken.None));
        var total = new DigestBatchReport();
        foreach (var batch in batches)
        {
            var report = await factory.InScopeAsync(null, services => services.GetRequiredService<DigestSender>().SendBatchAsync(batch, CancellationToken.None));
            total.Sent += report.Sent;
            total.Skipped += report.Skipped;
            total.Failed += report.Failed;
            total.NotClaimed += report.NotClaimed;
        }

        return total;
    }

    public static Task FollowAsync(this PracticeNetworkFactory factory, Actor actor, FollowKind kind, string key) =>
        factory.SendAsync(actor, new Follow(kind, key));

    /// <summary>The notifications <paramref name="actor"/> sees now (their visibility, newest first).</summary>
    public static Task<IReadOnlyList<ShownNotification>> InboxAsync(this PracticeNetworkFactory factory, Actor actor) =>
        factory.InScopeAsync(actor.MunicipalityId, async services =>
        {
            services.GetRequiredService<PracticeNetwork.Web.Authorization.CurrentMember>().Resolve(
                actor.PersonId, displayName: null, isNetworkAdmin: false,
                [new PracticeNetwork.Modules.Tenancy.Contracts.MembershipSummary(actor.MunicipalityId, "000", actor.Roles)], actor.MunicipalityId);
            return await services.GetRequiredService<Inbox>().LatestAsync(CancellationToken.None);
        });

    /// <summary>The paths of the items <paramref name="personId"/>'s next digest would hold if it were composed now.</summary>
    public static Task<IReadOnlyList<string>> DigestPathsAsync(this PracticeNetworkFactory factory, Guid personId) =>
        factory.InScopeAsync<IReadOnlyList<string>>(null, async services =>
        {
            var preview = await services.GetRequiredService<DigestPreview>().ForAsync(personId, CancellationToken.None);
            return [.. preview!.Content.Groups.SelectMany(group => group.Lines).Select(line => line.Path)];
        });

    public static Task<int> UnreadAsync(this PracticeNetworkFactory factory, Actor actor) =>
        factory.SendAsync(actor, new CountMyUnreadNotifications());

    public static Task<T> NotificationTablesAsync<T>(this PracticeNetworkFactory factory, Func<NotificationsDbContext, Task<T>> read) =>
        factory.InScopeAsync(null, services => read(services.GetRequiredService<NotificationsDbContext>()));

    public static Task SetLanguageAsync(this PracticeNetworkFactory factory, Guid personId, string language) =>
        factory.InScopeAsync<int>(null, async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            var account = await db.Users.SingleAsync(user => user.Id == personId);
            account.PreferredLanguage = language;
            return await db.SaveChangesAsync();
        });

    /// <summary>A client of a network admin (the test scheme's role claim, as the sign-in gives it).</summary>
    public static async Task<HttpClient> NetworkAdminClientAsync(this PracticeNetworkFactory factory)
    {
        var admin = await factory.NewMemberAsync("091", PracticeNetwork.Modules.Tenancy.Contracts.MunicipalityRoles.Viewer);
        var client = factory.ClientFor(admin.PersonId, admin.MunicipalityId);
        client.DefaultRequestHeaders.Add(TestAuthentication.RoleHeader, PracticeNetwork.Modules.Identity.Contracts.NetworkRoles.NetworkAdmin);
        return client;
    }

    /// <summary>A member's client that does not follow redirects, so a test sees where a form sends the member.</summary>
    public static HttpClient ClientOf(this PracticeNetworkFactory factory, Actor actor)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthentication.PersonHeader, actor.PersonId.ToString());
        client.DefaultRequestHeaders.Add(TestAuthentication.MunicipalityHeader, actor.MunicipalityId.ToString());
        return client;
    }
}
