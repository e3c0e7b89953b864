using Mediator;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Dispatch;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The demo network's follows and its first digest: Riikka (Riihimäki) follows Espoo, the sales invoice KPI of the
/// network catalogue and the finance theme, as a member comparing finance processes would; the demo's events are
/// dispatched at start and her digest is written at once (to <c>data/mail</c> on the embedded default).
/// </summary>
internal sealed class DemoNotifications(
    IServiceScopeFactory scopes, Microsoft.AspNetCore.Identity.UserManager<Account> users, ILogger<DemoNotifications> logger)
{
    public const string Follower = "riikka.lukija@riihimaki.example";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(Follower) is not { } riikka)
        {
            return;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            var riihimaki = (await sender.Send(new GetMunicipality("694"), cancellationToken))!.Municipality.Id;
            var espoo = (await sender.Send(new GetMunicipality("049"), cancellationToken))!.Municipality.Id;
            scope.ServiceProvider.GetRequiredService<CurrentMember>().Resolve(riikka.Id, riikka.DisplayName, isNetworkAdmin: false,
                [new MembershipSummary(riihimaki, "694", MunicipalityRoles.Viewer)], riihimaki);
            await sender.Send(new Follow(FollowKind.Municipality, espoo.ToString()), cancellationToken);
            await sender.Send(new Follow(FollowKind.NetworkKpi, NetworkKpiCatalogue.SalesInvoiceProcessingTime.Id.ToString()), cancellationToken);
            await sender.Send(new Follow(FollowKind.Theme, nameof(Content.Contracts.Theme.FinanceAndAdministration)), cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var dispatched = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunAsync(cancellationToken);
            var digest = await scope.ServiceProvider.GetRequiredService<DigestSender>().SendNowAsync(riikka.Id, cancellationToken);
            logger.LogInformation("Demo: {Events} event(s) dispatched; {Sent} digest written for {Email}", dispatched.Events, digest.Sent, Follower);
        }
    }
}
