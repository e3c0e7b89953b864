using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Test data and shortcuts for process descriptions and their KPIs.</summary>
internal static class Processes
{
    public static readonly Guid Receive = new("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Check = new("00000000-0000-0000-0000-0000000000a2");
    public static readonly Guid Approve = new("00000000-0000-0000-0000-0000000000a3");
    public static readonly Guid Send = new("00000000-0000-0000-0000-0000000000a4");

    /// <summary>Espoo's sales invoice process, as the finance services described it (sample data).</summary>
    public static ProcessContent SampleContent(Audience audience = Audience.Network, string title = "Myyntilaskujen käsittely") => new(
        title, "Myyntilaskut laaditaan, tarkistetaan ja lähetetään asiakkaille.", "Laskutus on **oikea-aikaista** ja virheetöntä.",
        "Talouspalvelut", "Laskutuspalveluiden esihenkilö", "Tilaus on toimitettu", "Lasku on lähetetty",
        ["Toimitustiedot", "Hinnasto"], ["Myyntilasku"], ["Kaupungin asiakkaat"],
        [
            new ProcessStep(Receive, "Laskutusaineiston vastaanotto", "Aineisto tulee tilausjärjestelmästä.", "Laskuttaja", "SAP", "1 pv"),
            new ProcessStep(Check, "Tietojen tarkistus", "Hinnat ja asiakastiedot tarkistetaan.", "Laskuttaja", "SAP", "2 pv"),
            new ProcessStep(Approve, "Hyväksyntä", "Poikkeavat laskut hyväksytetään.", "Esihenkilö", null, "1 pv"),
            new ProcessStep(Send, "Lähetys", "Lasku lähetetään verkkolaskuna.", "Laskuttaja", "Verkkolaskuoperaattori", null),
        ],
        [new Bottleneck("Puutteelliset asiakastiedot palautuvat tilaajalle.", [Check])],
        [], [], "fi", audience, [Theme.FinanceAndAdministration], [], []);

    public static KpiFields SampleKpi(decimal? target = 5m, Guid? network = null) => new(
        "Myyntilaskun käsittelyaika", "Päivät toimituksesta laskun lähetykseen, kuukauden keskiarvo.", "Σ (lähetyspäivä − toimituspäivä) / laskujen määrä",
        "pv", 8m, target, KpiDirection.LowerIsBetter, KpiFrequency.Monthly, "SAP-raportti", "Laskutuspalveluiden esihenkilö",
        network ?? NetworkKpiCatalogue.SalesInvoiceProcessingTime.Id);

    public static KpiPeriod Month(int year, int month) => KpiPeriod.Month(year, month);

    public static Task<ProcessDetails?> OpenProcessAsync(this PracticeNetworkFactory factory, Actor? actor, Guid id) =>
        factory.SendAsync(actor, new GetProcess(id));

    /// <summary>A process of <paramref name="code"/> with one KPI, published when <paramref name="publish"/>: its author and reviewer.</summary>
    public static async Task<MeasuredProcess> MeasuredProcessAsync(
        this PracticeNetworkFactory factory, string code = "049", Audience audience = Audience.Network, bool publish = true, decimal? target = 5m)
    {
        var author = await factory.ActorAsync(code, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(code, MunicipalityRoles.Reviewer);
        var id = await factory.SendAsync(author, new CreateProcess(SampleContent(audience)));
        var version = 0;
        if (publish)
        {
            version = await factory.SendAsync(author, new TakeProcessStep(id, WorkflowStep.SubmitForReview, version));
            version = await factory.SendAsync(reviewer, new TakeProcessStep(id, WorkflowStep.Publish, version));
        }

        var kpi = await factory.SendAsync(author, new AddKpi(id, SampleKpi(target), version));
        return new MeasuredProcess(id, kpi.KpiId, kpi.Version, author, reviewer);
    }

    public static Task<T> ProcessTablesAsync<T>(this PracticeNetworkFactory factory, Func<ProcessesDbContext, Task<T>> read) =>
        factory.InScopeAsync(null, services => read(services.GetRequiredService<ProcessesDbContext>()));

    public static async Task<string[]> ProcessEventsAsync(this PracticeNetworkFactory factory, Guid processId) =>
        await factory.ProcessTablesAsync(db => db.Outbox.AsNoTracking().Where(message => !EF.Functions.Like(message.Type, OutboxMessage.IndexOnlyPrefix + "%") && message.SubjectId == processId)
            .OrderBy(message => message.OccurredAt).Select(message => message.Type).ToArrayAsync());

    public static Task<List<OutboxMessage>> ProcessOutboxAsync(this PracticeNetworkFactory factory, Guid processId) =>
        factory.ProcessTablesAsync(db => db.Outbox.AsNoTracking().Where(message => !EF.Functions.Like(message.Type, OutboxMessage.IndexOnlyPrefix + "%") && message.SubjectId == processId).OrderBy(message => message.OccurredAt).ToListAsync());
}

internal sealed record MeasuredProcess(Guid Id, Guid KpiId, int Version, Actor Author, Actor Reviewer);
