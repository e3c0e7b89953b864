using System.Diagnostics;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Migrations.Sqlite;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.Modules.Processes.Features.Import;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Benchmarks;

internal sealed record GeneratedProcesses(int Processes, int Kpis, int NetworkKpis, int Measurements, IReadOnlyDictionary<PublicationStatus, int> ByPublication,
    TimeSpan Elapsed, Guid SampleProcessId, Guid SampleKpiId);

/// <summary>
/// Fills a migrated database with the whole country's process descriptions, deterministically from a seed, through the
/// real import handler (<see cref="ImportProcessHandler"/>, after its validator): about six in ten with KPIs, most of
/// those linked to the network catalogue so that the comparison has many series, each KPI with two years of values
/// (24 months, or 8 quarters) ending with the generated history. One transaction per municipality, acting for it.
/// </summary>
internal static class ProcessGenerator
{
    private static readonly string[] Lanes =
        ["Asiakaspalvelusihteeri", "Laskuttaja", "Kirjanpitäjä", "Controller", "Esihenkilö", "Palkanlaskija", "Hankinta-asiantuntija", "Asiantuntija"];

    private static readonly string?[] Systems = ["SAP", "Basware", "Verkkolaskuoperaattori", "Teams", "Sähköinen lomake", "Raportointiportaali", null];

    private static readonly string[] StepNames =
    [
        "Vastaanotto", "Kirjaus", "Tarkistus", "Täydennyspyyntö", "Hyväksyntä", "Käsittely", "Lähetys", "Arkistointi", "Raportointi",
        "Täsmäytys", "Ohjaus käsittelijälle", "Vahvistus asiakkaalle",
    ];

    private static readonly string[] ProcessNames =
    [
        "Myyntilaskutus", "Ostolaskujen käsittely", "Tilausten vastaanotto", "Kvartaalitilinpäätös", "Talouspalvelujen asiakaspalvelu",
        "Palkanlaskenta", "Matkalaskujen käsittely", "Käyttöomaisuuden kirjanpito", "Perintä", "Budjetin laadinta",
    ];

    /// <summary>A KPI of the municipality's own, not in the catalogue: name, unit, direction, typical start and end.</summary>
    private static readonly (string Name, string Unit, KpiDirection Direction, decimal From, decimal To)[] OwnKpis =
    [
        ("Asiakastyytyväisyys", "ka 1–5", KpiDirection.HigherIsBetter, 3.6m, 4.2m),
        ("Virheellisten laskujen osuus", "%", KpiDirection.LowerIsBetter, 4.0m, 2.0m),
        ("Käsiteltyjä tapauksia henkilötyöpäivää kohden", "kpl", KpiDirection.HigherIsBetter, 30m, 38m),
    ];

    /// <summary>A believable start and end for each network KPI, in its unit.</summary>
    private static readonly Dictionary<Guid, (decimal From, decimal To)> NetworkRanges = new()
    {
        [NetworkKpiCatalogue.SalesInvoiceProcessingTime.Id] = (9m, 5.5m),
        [NetworkKpiCatalogue.OrderReceiptProcessingTime.Id] = (4.5m, 2.5m),
        [NetworkKpiCatalogue.QuarterlyClosingTime.Id] = (9m, 6m),
        [NetworkKpiCatalogue.CustomerServiceFirstContactResolution.Id] = (64m, 78m),
        [NetworkKpiCatalogue.PurchaseInvoiceProcessingTime.Id] = (11m, 6m),
    };

    private static readonly DateTimeOffset FirstCreated = new(2018, 1, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<GeneratedProcesses> GenerateAsync(string databasePath, int count, int seed)
    {
        var connectionString = $"Data Source={databasePath}";
        var municipalities = await CountryGenerator.ReadMunicipalitiesAsync(connectionString);
        var random = new Random(seed + 2);
        var texts = new PracticeTexts(random);
        var counts = CountryGenerator.Spread(count, municipalities.Count, random);
        var validator = new ImportProcessValidator();
        var byPublication = Enum.GetValues<PublicationStatus>().ToDictionary(status => status, _ => 0);
        var (kpis, linked, measurements) = (0, 0, 0);
        (Guid Process, Guid Kpi)? sample = null;

        var options = new DbContextOptionsBuilder<ProcessesDbContext>();
        SqliteProvider.Configure(options, connectionString, new ModuleDatabase(ProcessesDbContext.ModuleName, typeof(ProcessesDbContext)));
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < municipalities.Count; index++)
        {
            var owner = municipalities[index];
            var tenant = new TenantContext();
            using var acting = tenant.Change(owner.Id);
            await using var db = new ProcessesDbContext(options.Options, tenant);
            var handler = new ImportProcessHandler(new ContentImport<ProcessDescription, ProcessContent>(
                new ContentDb<ProcessDescription>(db), new ProcessContentType(), new AnonymousReader(), tenant), db);
            var people = Enumerable.Range(0, 2 + random.Next(6)).Select(_ => NewGuid(random)).ToArray();
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var item = 0; item < counts[index]; item++)
            {
                var command = NewProcess(random, texts, owner, people);
                validator.ValidateAndThrow(command);
                await handler.Handle(command, CancellationToken.None);
                db.ChangeTracker.Clear();
                byPublication[command.Status]++;
                kpis += command.Kpis.Count;
                linked += command.Kpis.Count(kpi => kpi.Fields.NetworkKpiId is not null);
                measurements += command.Kpis.Sum(kpi => kpi.Measurements.Count);
                if (sample is null && command.Status == PublicationStatus.Published && command.Content.Audience == Audience.Public
                    && command.Kpis.FirstOrDefault(kpi => kpi.Fields.NetworkKpiId == NetworkKpiCatalogue.SalesInvoiceProcessingTime.Id) is { } kpi)
                {
                    sample = (command.Id, kpi.Id);
                }
            }

            await transaction.CommitAsync();
        }

        var (process, sampleKpi) = sample ?? throw new InvalidOperationException("No public process measuring the sales invoice processing time was generated.");
        return new GeneratedProcesses(counts.Sum(), kpis, linked, measurements, byPublication, stopwatch.Elapsed, process, sampleKpi);
    }

    private static ImportProcess NewProcess(Random random, PracticeTexts texts, MunicipalityRow owner, Guid[] people)
    {
        // An archived import needs its archiving date, which a process import does not carry.
        var status = CountryGenerator.Weighted(random, (PublicationStatus.Published, 80), (PublicationStatus.InReview, 7), (PublicationStatus.Draft, 13));
        var audience = CountryGenerator.Weighted(random, (Audience.Public, 50), (Audience.Network, 40), (Audience.Internal, 10));
        var language = CountryGenerator.Weighted(random, ("fi", 92), ("sv", 7), ("en", 1));
        var lanes = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Lanes[random.Next(Lanes.Length)]).Distinct().ToArray();
        var steps = Enumerable.Range(0, random.Next(4, 9))
            .Select(_ => new ProcessStep(NewGuid(random), StepNames[random.Next(StepNames.Length)], texts.Prose(random.Next(8, 25)), lanes[random.Next(lanes.Length)],
                Systems[random.Next(Systems.Length)], $"{random.Next(1, 5)} pv"))
            .ToList();
        var bottlenecks = Enumerable.Range(0, random.Next(0, 3))
            .Select(_ => new Bottleneck(texts.Prose(random.Next(8, 20)), [steps[random.Next(steps.Count)].Id]))
            .ToList();
        var name = ProcessNames[random.Next(ProcessNames.Length)];
        var content = new ProcessContent(
            $"{name} – {owner.Name}", texts.Prose(random.Next(20, 45)), texts.Markdown(random.Next(40, 90)), "Talouspalvelut", "Talouspalvelupäällikkö",
            "Asia saapuu", "Asia on valmis", ["Aineisto"], ["Tulos"], ["Kunnan yksiköt", "Asukkaat"], steps, bottlenecks, [], [], language, audience,
            [Theme.FinanceAndAdministration], [texts.Contact(owner.Name)], []);

        var span = (CountryGenerator.End.AddDays(-60) - FirstCreated).TotalDays;
        var createdAt = FirstCreated.AddDays(Math.Floor(span * Math.Sqrt(random.NextDouble())));
        DateTimeOffset? publishedAt = status == PublicationStatus.Published ? createdAt.AddDays(random.Next(1, 45)) : null;
        var author = people[random.Next(people.Length)];
        var kpis = random.Next(10) < 6 ? Enumerable.Range(0, random.Next(1, 3)).Select(_ => NewKpi(random, author)).DistinctBy(kpi => kpi.Fields.NetworkKpiId ?? kpi.Id).ToList() : [];
        return new ImportProcess(NewGuid(random), content, status, author, createdAt, publishedAt, kpis, people[0]);
    }

    /// <summary>Three in four KPIs are the network's, the rest the municipality's own; two years of values up to the history's end.</summary>
    private static ImportedKpi NewKpi(Random random, Guid author)
    {
        KpiFields fields;
        (decimal From, decimal To) range;
        if (random.Next(4) > 0)
        {
            var network = NetworkKpiCatalogue.All[random.Next(NetworkKpiCatalogue.All.Count)];
            range = NetworkRanges[network.Id];
            fields = new KpiFields(network.NameFi, "Verkoston yhteinen määritelmä.", string.Empty, network.Unit, range.From, range.To, network.Direction,
                network.Frequency, "Taloushallinnon järjestelmän raportti", "Talouspalvelupäällikkö", network.Id);
        }
        else
        {
            var own = OwnKpis[random.Next(OwnKpis.Length)];
            range = (own.From, own.To);
            fields = new KpiFields(own.Name, "Kunnan oma mittari.", string.Empty, own.Unit, own.From, own.To, own.Direction, KpiFrequency.Monthly,
                "Oma seuranta", "Prosessin omistaja");
        }

        // Each municipality is somewhere else on the way: its own start, and how far it got.
        var spread = Math.Abs(range.To - range.From);
        var start = range.From + (spread * (decimal)(random.NextDouble() - 0.5) * 0.6m);
        var end = start + ((range.To - range.From) * (decimal)(0.2 + (random.NextDouble() * 0.9)));
        // The last period that ended at least a week before the history's end: its value has been recorded.
        var last = PreviousOf(KpiPeriod.Containing(DateOnly.FromDateTime(CountryGenerator.End.UtcDateTime).AddDays(-7), fields.Frequency));
        var periods = fields.Frequency == KpiFrequency.Quarterly ? 8 : 24;
        var period = last;
        for (var index = 1; index < periods; index++)
        {
            period = PreviousOf(period);
        }

        var values = new List<ImportedMeasurement>(periods);
        for (var index = 0; index < periods; index++, period = period.Next())
        {
            var trend = start + ((end - start) * index / (periods - 1));
            var noise = spread * 0.08m * (decimal)(random.NextDouble() + random.NextDouble() - 1.0);
            var value = Math.Max(0m, Math.Round(trend + noise, 1, MidpointRounding.AwayFromZero));
            var recordedAt = new DateTimeOffset(period.End.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddDays(random.Next(1, 8));
            values.Add(new ImportedMeasurement(period, fields.Unit == "%" ? Math.Min(100m, value) : value, author, recordedAt));
        }

        return new ImportedKpi(NewGuid(random), fields, values);
    }

    private static KpiPeriod PreviousOf(KpiPeriod period) => period.Frequency switch
    {
        KpiFrequency.Monthly => period.Number == 1 ? KpiPeriod.Month(period.Year - 1, 12) : KpiPeriod.Month(period.Year, period.Number - 1),
        KpiFrequency.Quarterly => period.Number == 1 ? KpiPeriod.Quarter(period.Year - 1, 4) : KpiPeriod.Quarter(period.Year, period.Number - 1),
        _ => KpiPeriod.OfYear(period.Year - 1),
    };

    private static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private sealed class AnonymousReader : IReaderContext
    {
        public Reader Current => Reader.Anonymous;
    }
}
