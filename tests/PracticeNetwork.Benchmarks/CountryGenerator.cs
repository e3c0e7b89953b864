using System.Diagnostics;
using FluentValidation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Migrations.Sqlite;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.Modules.Practices.Features.Import;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Benchmarks;

internal sealed record MunicipalityRow(Guid Id, string Code, string Name, string RegionCode);

internal sealed record GeneratedCountry(int Practices, int Municipalities, IReadOnlyDictionary<PublicationStatus, int> ByStatus,
    TimeSpan Elapsed, Guid SamplePublicPracticeId);

/// <summary>
/// Fills a migrated database with the whole country's good practices, deterministically from a seed: every item goes
/// through the real import handler (the domain's workflow steps, change log and first revision), in one transaction per
/// municipality while acting for it, after the import validator has accepted it.
/// </summary>
internal static class CountryGenerator
{
    /// <summary>The generated history ends here, so that the same seed gives the same database on any day.</summary>
    public static readonly DateTimeOffset End = new(2026, 10, 31, 12, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Start = new(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<GeneratedCountry> GenerateAsync(string databasePath, int practices, int seed)
    {
        var connectionString = $"Data Source={databasePath}";
        var municipalities = await ReadMunicipalitiesAsync(connectionString);
        var random = new Random(seed);
        var texts = new PracticeTexts(random);
        var counts = Spread(practices, municipalities.Count, random);
        var validator = new ImportPracticeValidator(TimeProvider.System);
        var byStatus = Enum.GetValues<PublicationStatus>().ToDictionary(status => status, _ => 0);
        Guid? sample = null;

        var options = new DbContextOptionsBuilder<PracticesDbContext>();
        SqliteProvider.Configure(options, connectionString, new ModuleDatabase(PracticesDbContext.ModuleName, typeof(PracticesDbContext)));
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < municipalities.Count; index++)
        {
            var municipality = municipalities[index];
            var tenant = new TenantContext();
            using var acting = tenant.Change(municipality.Id);
            await using var db = new PracticesDbContext(options.Options, tenant);
            var import = new ContentImport<GoodPractice, PracticeContent>(new ContentDb<GoodPractice>(db), new PracticeContentType(), new AnonymousReader(), tenant);
            var handler = new ImportPracticeHandler(import);
            var people = Enumerable.Range(0, 3 + random.Next(15)).Select(_ => NewGuid(random)).ToArray();
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var item = 0; item < counts[index]; item++)
            {
                var command = NewPractice(random, texts, municipality, people);
                validator.ValidateAndThrow(command);
                await handler.Handle(command, CancellationToken.None);
                db.ChangeTracker.Clear();
                byStatus[command.Status]++;
                if (sample is null && command.Status == PublicationStatus.Published && command.Content.Audience == Audience.Public)
                {
                    sample = command.Id;
                }
            }

            await transaction.CommitAsync();
        }

        return new GeneratedCountry(counts.Sum(), municipalities.Count, byStatus, stopwatch.Elapsed,
            sample ?? throw new InvalidOperationException("No public practice was generated."));
    }

    public static async Task<IReadOnlyList<MunicipalityRow>> ReadMunicipalitiesAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, Code, NameFi, RegionCode FROM Municipalities ORDER BY Code";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<MunicipalityRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new MunicipalityRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }

    /// <summary>Big municipalities share much, small ones little: log-normal weights, every municipality at least one item.</summary>
    public static int[] Spread(int total, int municipalities, Random random)
    {
        var weights = Enumerable.Range(0, municipalities).Select(_ => Math.Exp(1.1 * Gaussian(random))).ToArray();
        var sum = weights.Sum();
        var counts = weights.Select(weight => Math.Max(1, (int)(total * weight / sum))).ToArray();
        for (var index = 0; counts.Sum() < total; index = (index + 1) % municipalities)
        {
            counts[index]++;
        }

        return counts;
    }

    private static ImportPractice NewPractice(Random random, PracticeTexts texts, MunicipalityRow municipality, Guid[] people)
    {
        var status = Weighted(random, (PublicationStatus.Published, 78), (PublicationStatus.Archived, 5), (PublicationStatus.InReview, 5), (PublicationStatus.Draft, 12));
        var audience = Weighted(random, (Audience.Public, 55), (Audience.Network, 35), (Audience.Internal, 10));
        var stage = Weighted(random, (PracticeStage.Idea, 8), (PracticeStage.Piloted, 25), (PracticeStage.InUse, 40),
            (PracticeStage.Established, 22), (PracticeStage.Discontinued, 5));
        var evidence = Weighted(random, (EvidenceLevel.Anecdotal, 40), (EvidenceLevel.Measured, 35), (EvidenceLevel.Evaluated, 20), (EvidenceLevel.Researched, 5));
        var language = Weighted(random, ("fi", 90), ("sv", 8), ("en", 2));
        var themes = Enumerable.Range(0, Weighted(random, (1, 45), (2, 35), (3, 15), (4, 5)))
            .Select(_ => Enum.GetValues<Theme>()[random.Next(Enum.GetValues<Theme>().Length)]).Distinct().ToList();
        var groups = Enumerable.Range(0, random.Next(1, 3))
            .Select(_ => Enum.GetValues<TargetGroup>()[random.Next(Enum.GetValues<TargetGroup>().Length)]).Distinct().ToList();
        var content = new PracticeContent(
            texts.Title(municipality.Name), texts.Prose(random.Next(25, 60)), texts.Markdown(random.Next(40, 90)),
            texts.Markdown(random.Next(60, 140)), texts.Markdown(random.Next(30, 80)), texts.Prose(random.Next(15, 40)),
            texts.Prose(random.Next(15, 40)), stage, evidence, language, audience, themes, texts.Tags(), groups,
            [texts.Contact(municipality.Name)], [.. Enumerable.Range(0, random.Next(3)).Select(_ => texts.Link(municipality.Name))],
            random.Next(40) == 0 ? [new Award("Kuntaliiton innovaatiopalkinto", random.Next(2019, 2026), "Kuntaliitto")] : []);

        // Skewed towards recent years, as a growing network is.
        var span = (End - Start).TotalDays;
        var createdAt = Start.AddDays(Math.Floor(span * Math.Sqrt(random.NextDouble()))).AddMinutes(random.Next(8 * 60, 16 * 60));
        createdAt = Min(createdAt, End.AddDays(-1));
        var author = people[random.Next(people.Length)];
        var reviewer = people[0];
        DateTimeOffset? publishedAt = status is PublicationStatus.Published or PublicationStatus.Archived ? Min(createdAt.AddDays(random.Next(1, 60)), End) : null;
        DateTimeOffset? archivedAt = status == PublicationStatus.Archived ? Min(publishedAt!.Value.AddDays(random.Next(30, 700)), End) : null;
        var returned = status == PublicationStatus.Draft && random.Next(5) == 0;
        string? comment = returned ? "Täydennä tuloksia ja kustannuksia, kiitos." : null;
        DateTimeOffset? movedAt = status == PublicationStatus.InReview || returned ? Min(createdAt.AddDays(random.Next(1, 30)), End) : null;
        return new ImportPractice(NewGuid(random), content, status, author, createdAt, publishedAt, archivedAt, comment,
            status == PublicationStatus.Draft && !returned ? null : reviewer, movedAt);
    }

    public static T Weighted<T>(Random random, params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(choice => choice.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        throw new UnreachableException();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static DateTimeOffset Min(DateTimeOffset first, DateTimeOffset second) => first < second ? first : second;

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
