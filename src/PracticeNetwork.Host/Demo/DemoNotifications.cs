using Mediator;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Digest;
using PracticeNetwork.Modules.Notifications.Dispatch;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The demo network's follows and its first digest. Riikka (Riihimäki) follows Espoo, the quarterly closing KPI of the
/// network catalogue and the finance theme, as a member comparing finance processes would. Imported demo content has
/// no events, so on the first start two people then do what members do, through the same commands as the pages:
/// Eija records Espoo's next quarterly closing time and Lauri posts an update to the joint information management
/// project (both sample data). The sales invoice KPI is left to the journey tests, which record its next month. The events are dispatched and Riikka's digest is written at once (to
/// <c>data/mail</c> on the embedded default).
/// </summary>
internal sealed class DemoNotifications(
    IServiceScopeFactory scopes, Microsoft.AspNetCore.Identity.UserManager<Account> users, ILogger<DemoNotifications> logger)
{
    public const string Follower = "riikka.lukija@riihimaki.example";

    private const string KpiRecorder = "eija.tarkastaja@espoo.example";

    private const string UpdatePoster = "lauri.projektipaallikko@loppi.example";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(Follower) is not { } riikka)
        {
            return;
        }

        var firstStart = false;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            using var acting = await ActAsAsync(scope, riikka, cancellationToken);
            firstStart = (await sender.Send(new ListMyFollows(), cancellationToken)).Count == 0;
            if (firstStart)
            {
                var espoo = (await sender.Send(new GetMunicipality("049"), cancellationToken))!.Municipality.Id;
                await sender.Send(new Follow(FollowKind.Municipality, espoo.ToString()), cancellationToken);
                await sender.Send(new Follow(FollowKind.NetworkKpi, NetworkKpiCatalogue.QuarterlyClosingTime.Id.ToString()), cancellationToken);
                await sender.Send(new Follow(FollowKind.Theme, nameof(Content.Contracts.Theme.FinanceAndAdministration)), cancellationToken);
            }
        }

        if (firstStart)
        {
            await RecordNextQuarterlyClosingTimeAsync(cancellationToken);
            await PostInformationManagementUpdateAsync(cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var dispatched = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunAsync(cancellationToken);
            var digest = await scope.ServiceProvider.GetRequiredService<DigestSender>().SendNowAsync(riikka.Id, cancellationToken);
            logger.LogInformation("Demo: {Events} event(s) dispatched; {Sent} digest written for {Email}", dispatched.Events, digest.Sent, Follower);
        }
    }

    /// <summary>The quarter after Espoo's last sample value of the quarterly closing time, a little better.</summary>
    private async Task RecordNextQuarterlyClosingTimeAsync(CancellationToken cancellationToken)
    {
        var process = DemoCatalog.Processes.Single(item => item.Key == "espoo-quarterly-closing");
        var kpi = process.Kpis.Single(item => item.NetworkKpi == NetworkKpiCatalogue.QuarterlyClosingTime.Code);
        var last = kpi.Values()[^1];
        await AsAsync(KpiRecorder, (sender, token) => sender.Send(
            new RecordMeasurement(process.Id, process.KpiId(kpi), last.Period.Next(), last.Value - 0.2m, "Esimerkkiarvo (demo)"), token).AsTask(),
            cancellationToken);
    }

    private async Task PostInformationManagementUpdateAsync(CancellationToken cancellationToken)
    {
        var project = DemoCatalog.Projects.Single(item => item.Key == "loppi-information-management");
        await AsAsync(UpdatePoster, (sender, token) => sender.Send(new PostProjectUpdate(project.Id,
            "Tiedonhallintamallin luonnos on nyt kaikkien osallistujakuntien kommentoitavana kuun loppuun asti. "
            + "Kommentit kootaan seuraavaan ohjausryhmän kokoukseen. (Esimerkkipäivitys demoa varten.)"), token).AsTask(),
            cancellationToken);
    }

    /// <summary>Runs a command as a demo person acting for their first municipality, as their signed-in request would.</summary>
    private async Task AsAsync(string email, Func<ISender, CancellationToken, Task> command, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is not { } account)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        using var acting = await ActAsAsync(scope, account, cancellationToken);
        try
        {
            await command(scope.ServiceProvider.GetRequiredService<ISender>(), cancellationToken);
        }
        catch (SharedKernel.Validation.ConflictException conflict)
        {
            // Done on an earlier start whose follows were all removed since: the demo goes on without it.
            logger.LogInformation("Demo step by {Email} skipped: {Reason}", email, conflict.Message);
        }
    }

    private static async Task<IDisposable> ActAsAsync(AsyncServiceScope scope, Account account, CancellationToken cancellationToken)
    {
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var person = DemoNetwork.People.Single(item => string.Equals(item.Email, account.Email, StringComparison.OrdinalIgnoreCase));
        var memberships = new List<MembershipSummary>();
        foreach (var (code, roles) in person.Memberships)
        {
            var municipality = (await sender.Send(new GetMunicipality(code), cancellationToken))!.Municipality.Id;
            memberships.Add(new MembershipSummary(municipality, code, roles));
        }

        var acting = memberships[0].MunicipalityId;
        scope.ServiceProvider.GetRequiredService<CurrentMember>().Resolve(account.Id, account.DisplayName, person.NetworkAdmin, memberships, acting);
        return scope.ServiceProvider.GetRequiredService<ITenantContext>().Change(acting);
    }
}
