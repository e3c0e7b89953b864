using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Host.Demo;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.Modules.Processes.Features.Import;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The demo network's process descriptions on a fresh database: Espoo finance services' four processes as the 2020
/// Laurea training story tells them, each measured for two years with a network KPI, and the same KPIs elsewhere to compare.
/// </summary>
public sealed class DemoProcessesTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string Eija = "eija.tarkastaja@espoo.example";

    /// <summary>Each Espoo process, its network KPI, how many values two years make, and the range a reader would believe.</summary>
    public static TheoryData<string, string, int, decimal, decimal> EspooProcesses() => new()
    {
        { "espoo-sales-invoices", NetworkKpiCatalogue.SalesInvoiceProcessingTime.Code, 24, 3m, 12m },
        { "espoo-order-receipt", NetworkKpiCatalogue.OrderReceiptProcessingTime.Code, 24, 1m, 6m },
        { "espoo-quarterly-closing", NetworkKpiCatalogue.QuarterlyClosingTime.Code, 8, 3m, 10m },
        { "espoo-customer-service", NetworkKpiCatalogue.CustomerServiceFirstContactResolution.Code, 24, 50m, 95m },
    };

    [Fact]
    public void Every_demo_process_file_reads_and_passes_the_import_rules()
    {
        var processes = DemoCatalog.Processes;

        Assert.Equal(DemoContentFiles.In(DemoProcess.Kind.Folder).Count, processes.Count);
        Assert.Equal(processes.Count, processes.Select(process => process.Id).Distinct().Count());
        var validator = new ImportProcessValidator();
        var errors = processes
            .Select(process => (process.Source, Result: validator.Validate(new ImportProcess(process.Id, process.Content, process.Status, Guid.NewGuid(),
                process.Created, process.Published,
                [.. process.Kpis.Select(kpi => new ImportedKpi(process.KpiId(kpi), kpi.Fields,
                    [.. kpi.Values().Select(value => new ImportedMeasurement(value.Period, value.Value, Guid.NewGuid(), value.RecordedAt))]))],
                Guid.NewGuid()))))
            .SelectMany(item => item.Result.Errors.Select(error => $"{item.Source}: {error.PropertyName}: {error.ErrorMessage}"));
        Assert.Empty(errors);
        Assert.All(processes, process => Assert.True(process.SampleFigures, $"{process.Source} says its figures are sample data"));
    }

    [Theory]
    [MemberData(nameof(EspooProcesses))]
    public async Task An_Espoo_finance_process_has_its_steps_in_lanes_and_a_network_KPI_measured_for_two_years(
        string key, string networkKpi, int periods, decimal lowest, decimal highest)
    {
        await SeedAsync();
        var espoo = await factory.MunicipalityIdAsync("049");
        var eija = await AccountIdAsync(Eija);

        // Public and published: anyone opens it.
        var process = await factory.AnonymouslyAsync(sender => sender.Send(new GetProcess(DemoItem.StableId("process", key))).AsTask());

        Assert.NotNull(process);
        Assert.Equal((espoo, PublicationStatus.Published, Audience.Public, eija, "fi"),
            (process.MunicipalityId, process.PublicationStatus, process.Content.Audience, process.CreatedBy, process.Content.Language));
        Assert.Contains("Laurea", process.Content.Purpose, StringComparison.Ordinal);
        Assert.Contains("Digitaalisen talousohjauksen kehittäminen palvelumuotoilun keinoin", process.Content.Purpose, StringComparison.Ordinal);
        Assert.EndsWith("Luvut ovat esimerkkiaineistoa.", process.Content.Summary, StringComparison.Ordinal);
        Assert.Contains(DemoItem.StableId("project", "espoo-finance-service-design"), process.Content.RelatedProjects);
        Assert.InRange(process.Content.Steps.Count, 4, 7);
        Assert.InRange(process.Content.Lanes().Count, 2, 4);
        Assert.All(process.Content.Steps, step => Assert.False(string.IsNullOrWhiteSpace(step.System), step.Name));
        Assert.InRange(process.Content.Bottlenecks.Count, 1, 2);
        var stepIds = process.Content.Steps.Select(step => step.Id).ToHashSet();
        Assert.All(process.Content.Bottlenecks, bottleneck => Assert.NotEmpty(bottleneck.StepIds));
        Assert.All(process.Content.Bottlenecks.SelectMany(bottleneck => bottleneck.StepIds), id => Assert.Contains(id, stepIds));
        Assert.NotEmpty(process.Content.Contacts);

        var kpi = Assert.Single(process.Kpis);
        Assert.Equal(networkKpi, kpi.NetworkKpi?.Code);
        Assert.Equal((kpi.NetworkKpi!.Unit, kpi.NetworkKpi.Direction, kpi.NetworkKpi.Frequency), (kpi.Fields.Unit, kpi.Fields.Direction, kpi.Fields.Frequency));
        Assert.NotNull(kpi.Fields.Baseline);
        Assert.NotNull(kpi.Fields.Target);
        Assert.False(string.IsNullOrWhiteSpace(kpi.Fields.DataSource));
        Assert.False(string.IsNullOrWhiteSpace(kpi.Fields.Owner));

        // Two years, one value a period with none missing, recorded by the author after each period ended.
        var first = KpiPeriod.Containing(new DateOnly(2021, 1, 1), kpi.Fields.Frequency);
        Assert.Equal(periods, kpi.Measurements.Count);
        Assert.Equal(Enumerable.Range(0, periods).Select(index => first.PeriodsUntil(kpi.Measurements[index].Period)), Enumerable.Range(0, periods));
        Assert.All(kpi.Measurements, value => Assert.InRange(value.Value, lowest, highest));
        Assert.All(kpi.Measurements, value => Assert.Equal(value.Value, decimal.Round(value.Value, 1)));
        Assert.All(kpi.Measurements, value => Assert.True(value.RecordedBy == eija && DateOnly.FromDateTime(value.RecordedAt.UtcDateTime) >= value.Period.End));

        // Believable: it moves from month to month, and the second year is better than the first.
        Assert.True(kpi.Measurements.Select(value => value.Value).Distinct().Count() > periods / 2, "the values vary");
        var firstYear = kpi.Measurements.Take(periods / 2).Average(value => value.Value);
        var secondYear = kpi.Measurements.Skip(periods / 2).Average(value => value.Value);
        Assert.True(kpi.Fields.Direction == KpiDirection.LowerIsBetter ? secondYear < firstYear : secondYear > firstYear,
            $"{key}: the first year averages {firstYear}, the second {secondYear}");
    }

    [Fact]
    public async Task The_sales_invoice_and_quarterly_closing_processes_link_to_the_Espoo_practices_that_came_from_them()
    {
        await SeedAsync();

        var invoices = await factory.AnonymouslyAsync(sender => sender.Send(new GetProcess(DemoItem.StableId("process", "espoo-sales-invoices"))).AsTask());
        var closing = await factory.AnonymouslyAsync(sender => sender.Send(new GetProcess(DemoItem.StableId("process", "espoo-quarterly-closing"))).AsTask());

        Assert.Equal([DemoItem.StableId("practice", "espoo-sales-invoice-quality")], invoices!.Content.RelatedPractices);
        Assert.Equal([DemoItem.StableId("practice", "espoo-quarterly-closing")], closing!.Content.RelatedPractices);
    }

    [Fact]
    public async Task The_stored_values_are_the_ones_the_files_generate_on_every_read()
    {
        await SeedAsync();

        foreach (var demo in DemoCatalog.Processes)
        {
            var reread = DemoItemReader.Read<DemoProcess>(DemoContentFiles.In(DemoProcess.Kind.Folder).Single(file => file.Name == demo.Key));
            var stored = await factory.ProcessTablesAsync(db => db.Measurements.IgnoreQueryFilters().AsNoTracking()
                .Where(measurement => measurement.ProcessId == demo.Id).ToListAsync());
            foreach (var kpi in reread.Kpis)
            {
                var values = kpi.Values();
                Assert.Equal(values, kpi.Values());
                Assert.Equal(values.Select(value => (value.Period.ToString(), value.Value)),
                    stored.Where(row => row.KpiId == reread.KpiId(kpi)).OrderBy(row => row.PeriodStart).Select(row => (row.Period, row.Value)));
            }
        }
    }

    [Fact]
    public async Task A_second_start_changes_nothing_and_the_import_writes_no_events()
    {
        await SeedAsync();
        var afterFirstStart = await StoredAsync();

        Assert.Equal(0, await SeedAsync());

        Assert.Equal(afterFirstStart, await StoredAsync());
        Assert.Equal(DemoCatalog.Processes.Count, afterFirstStart.Processes.Count);
        Assert.Equal(DemoCatalog.Processes.Sum(process => process.Kpis.Sum(kpi => kpi.Values().Count)), afterFirstStart.Measurements);
        Assert.Equal(0, afterFirstStart.Events);
    }

    [Fact]
    public async Task The_comparison_shows_other_municipalities_measuring_the_same_KPI_as_far_as_the_reader_may_open_them()
    {
        await SeedAsync();
        var sales = NetworkKpiCatalogue.SalesInvoiceProcessingTime.Id;
        var closing = NetworkKpiCatalogue.QuarterlyClosingTime.Id;
        var vantaaViewer = await factory.ActorAsync("092", MunicipalityRoles.Viewer);
        var tampereViewer = await factory.ActorAsync("837", MunicipalityRoles.Viewer);

        async Task<string[]> Seen(Actor? reader, Guid networkKpi) =>
        [
            .. (await factory.SendAsync(reader, new CompareNetworkKpi(networkKpi)))!.Series
                .Select(series => DemoCatalog.Processes.SingleOrDefault(process => process.Id == series.ProcessId)?.Key)
                .OfType<string>().Order(StringComparer.Ordinal),
        ];

        Assert.Equal(["espoo-sales-invoices", "turku-sales-invoicing"], await Seen(null, sales));
        Assert.Equal(["espoo-sales-invoices", "turku-sales-invoicing", "vantaa-order-to-invoice"], await Seen(vantaaViewer, sales));
        Assert.Equal(["espoo-quarterly-closing"], await Seen(vantaaViewer, closing));
        Assert.Equal(["espoo-quarterly-closing", "tampere-quarterly-closing"], await Seen(tampereViewer, closing));
        Assert.Equal(["espoo-customer-service", "oulu-customer-service"], await Seen(null, NetworkKpiCatalogue.CustomerServiceFirstContactResolution.Id));
        Assert.Equal(["espoo-order-receipt", "vantaa-order-to-invoice"], await Seen(vantaaViewer, NetworkKpiCatalogue.OrderReceiptProcessingTime.Id));

        var comparison = await factory.SendAsync(vantaaViewer, new CompareNetworkKpi(sales));
        Assert.All(comparison!.Series.Where(series => DemoCatalog.Processes.Any(process => process.Id == series.ProcessId)),
            series => Assert.Equal(24, series.Measurements.Count));
    }

    [Fact]
    public async Task The_other_municipalities_processes_are_written_by_their_fictional_demo_authors()
    {
        await SeedAsync();
        var turku = DemoCatalog.Processes.Single(process => process.Key == "turku-sales-invoicing");

        var process = await factory.AnonymouslyAsync(sender => sender.Send(new GetProcess(turku.Id)).AsTask());

        Assert.Equal(DemoItem.StableId("author", "853"), process!.CreatedBy);
        Assert.Equal(await factory.MunicipalityIdAsync("853"), process.MunicipalityId);
    }

    private Task<int> SeedAsync() => factory.InScopeAsync(null, async services =>
    {
        await services.GetRequiredService<DemoNetwork>().SeedAsync(CancellationToken.None);
        await services.GetRequiredService<DemoPractices>().SeedAsync(CancellationToken.None);
        await services.GetRequiredService<DemoProjects>().SeedAsync(CancellationToken.None);
        return await services.GetRequiredService<DemoProcesses>().SeedAsync(CancellationToken.None);
    });

    private Task<Guid> AccountIdAsync(string email) => factory.InScopeAsync(null, async services =>
        (await services.GetRequiredService<UserManager<Account>>().FindByEmailAsync(email))!.Id);

    /// <summary>Everything the seeding writes, in a comparable form.</summary>
    private Task<Stored> StoredAsync() => factory.InScopeAsync(null, async services =>
    {
        var db = services.GetRequiredService<ProcessesDbContext>();
        var processes = await db.Processes.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        return new Stored(
            [.. processes.OrderBy(process => process.Id).Select(process => new StoredProcess(process.Id, process.MunicipalityId, process.Status,
                process.Version, process.UpdatedAt, process.Kpis.Count))],
            await db.Measurements.IgnoreQueryFilters().CountAsync(),
            await db.Revisions.IgnoreQueryFilters().CountAsync(),
            await db.Changes.IgnoreQueryFilters().CountAsync(),
            await db.Outbox.IgnoreQueryFilters().CountAsync(message => message.ProcessedAt == null));
    });

    private sealed record StoredProcess(Guid Id, Guid MunicipalityId, PublicationStatus Status, int Version, DateTimeOffset UpdatedAt, int Kpis);

    private sealed record Stored(IReadOnlyList<StoredProcess> Processes, int Measurements, int Revisions, int Changes, int Events)
    {
        public bool Equals(Stored? other) =>
            other is not null && Processes.SequenceEqual(other.Processes)
            && (Measurements, Revisions, Changes, Events) == (other.Measurements, other.Revisions, other.Changes, other.Events);

        public override int GetHashCode() => HashCode.Combine(Processes.Count, Measurements, Revisions, Changes, Events);
    }
}
