using System.Diagnostics;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Migrations.Sqlite;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Import;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Benchmarks;

internal sealed record GeneratedProjects(int Projects, int Joint, int Updates, IReadOnlyDictionary<ProjectStatus, int> ByStatus,
    IReadOnlyDictionary<PublicationStatus, int> ByPublication, TimeSpan Elapsed, Guid SamplePublicProjectId);

/// <summary>
/// Fills a migrated database with the whole country's development projects, deterministically from a seed, through the
/// real import handlers: each project with its participants, team and milestones acting for its owner
/// (<see cref="ImportProjectHandler"/>), then each taking-part municipality's contribution and status updates acting for
/// that municipality. About 30 % are joint, mostly with neighbours in the same region; one transaction per owner.
/// </summary>
internal static class ProjectGenerator
{
    private static readonly DateOnly FirstStart = new(2018, 1, 1);

    public static async Task<GeneratedProjects> GenerateAsync(string databasePath, int count, int seed)
    {
        var connectionString = $"Data Source={databasePath}";
        var municipalities = await CountryGenerator.ReadMunicipalitiesAsync(connectionString);
        var byRegion = municipalities.GroupBy(row => row.RegionCode).ToDictionary(group => group.Key, group => group.ToArray());
        var random = new Random(seed + 1);
        var texts = new PracticeTexts(random);
        var counts = CountryGenerator.Spread(count, municipalities.Count, random);
        var validator = new ImportProjectValidator(TimeProvider.System);
        var byStatus = Enum.GetValues<ProjectStatus>().ToDictionary(status => status, _ => 0);
        var byPublication = Enum.GetValues<PublicationStatus>().ToDictionary(status => status, _ => 0);
        var (joint, updates) = (0, 0);
        Guid? sample = null;

        var options = new DbContextOptionsBuilder<ProjectsDbContext>();
        SqliteProvider.Configure(options, connectionString, new ModuleDatabase(ProjectsDbContext.ModuleName, typeof(ProjectsDbContext)));
        var stopwatch = Stopwatch.StartNew();
        for (var index = 0; index < municipalities.Count; index++)
        {
            var owner = municipalities[index];
            var tenant = new TenantContext();
            using var acting = tenant.Change(owner.Id);
            await using var db = new ProjectsDbContext(options.Options, tenant);
            var reader = new AnonymousReader();
            var importProject = new ImportProjectHandler(new ContentImport<DevelopmentProject, ProjectContent>(
                new ContentDb<DevelopmentProject>(db), new ProjectContentType(), reader, tenant));
            var participantImports = new ParticipantImports(db, reader, tenant);
            var importUpdate = new ImportProjectUpdateHandler(db, participantImports, tenant);
            var importContribution = new ImportProjectContributionHandler(db, participantImports);
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var item = 0; item < counts[index]; item++)
            {
                var project = NewProject(random, texts, owner, byRegion[owner.RegionCode], municipalities);
                validator.ValidateAndThrow(project.Command);
                await importProject.Handle(project.Command, CancellationToken.None);
                db.ChangeTracker.Clear();
                foreach (var (municipality, person) in project.TakingPart)
                {
                    using var forParticipant = tenant.Change(municipality);
                    await importContribution.Handle(new ImportProjectContribution(project.Command.Id, texts.Prose(6).TrimEnd('.'), texts.Prose(15),
                        person, project.Command.CreatedAt.AddDays(7)), CancellationToken.None);
                    foreach (var posted in project.UpdateTimes.Where(_ => random.Next(project.TakingPart.Count) == 0))
                    {
                        await importUpdate.Handle(new ImportProjectUpdate(project.Command.Id, NewGuid(random), person, posted, texts.Prose(random.Next(15, 60))),
                            CancellationToken.None);
                        updates++;
                    }

                    db.ChangeTracker.Clear();
                }

                byStatus[project.Command.Content.Status]++;
                byPublication[project.Command.Status]++;
                joint += project.TakingPart.Count > 1 ? 1 : 0;
                if (sample is null && project.Command.Status == PublicationStatus.Published && project.Command.Content.Audience == Audience.Public
                    && project.TakingPart.Count > 1)
                {
                    sample = project.Command.Id;
                }
            }

            await transaction.CommitAsync();
        }

        return new GeneratedProjects(counts.Sum(), joint, updates, byStatus, byPublication, stopwatch.Elapsed,
            sample ?? throw new InvalidOperationException("No public joint project was generated."));
    }

    private sealed record NewProjectRows(ImportProject Command, IReadOnlyList<(Guid Municipality, Guid Person)> TakingPart, IReadOnlyList<DateTimeOffset> UpdateTimes);

    private static NewProjectRows NewProject(Random random, PracticeTexts texts, MunicipalityRow owner, MunicipalityRow[] region, IReadOnlyList<MunicipalityRow> country)
    {
        var status = CountryGenerator.Weighted(random, (ProjectStatus.Planned, 15), (ProjectStatus.Ongoing, 35), (ProjectStatus.Completed, 42), (ProjectStatus.Cancelled, 8));
        var publication = CountryGenerator.Weighted(random, (PublicationStatus.Published, 80), (PublicationStatus.Archived, 5), (PublicationStatus.InReview, 5), (PublicationStatus.Draft, 10));
        var audience = CountryGenerator.Weighted(random, (Audience.Public, 55), (Audience.Network, 35), (Audience.Internal, 10));
        var language = CountryGenerator.Weighted(random, ("fi", 90), ("sv", 8), ("en", 2));
        var themes = Enumerable.Range(0, CountryGenerator.Weighted(random, (1, 40), (2, 40), (3, 20)))
            .Select(_ => Enum.GetValues<Theme>()[random.Next(Enum.GetValues<Theme>().Length)]).Distinct().ToList();

        // Dates: a planned project starts after the history's end; the others started 2018–2026 and ran 6–36 months.
        var end = DateOnly.FromDateTime(CountryGenerator.End.UtcDateTime);
        var start = status == ProjectStatus.Planned
            ? end.AddDays(random.Next(30, 365))
            : FirstStart.AddDays((int)((end.DayNumber - FirstStart.DayNumber - 30) * Math.Sqrt(random.NextDouble())));
        var finish = start.AddMonths(random.Next(6, 37));
        if (status == ProjectStatus.Ongoing && finish <= end)
        {
            finish = end.AddMonths(random.Next(1, 24));
        }
        else if (status is ProjectStatus.Completed or ProjectStatus.Cancelled && finish > end)
        {
            finish = end.AddDays(-random.Next(1, 60));
            start = start < finish ? start : finish.AddMonths(-6);
        }

        var created = Min(At(start.AddDays(-random.Next(14, 90))), CountryGenerator.End.AddDays(-2));
        DateTimeOffset? published = publication is PublicationStatus.Published or PublicationStatus.Archived
            ? Min(created.AddDays(random.Next(1, 60)), CountryGenerator.End.AddDays(-1))
            : null;
        DateTimeOffset? archived = publication == PublicationStatus.Archived ? Min(published!.Value.AddDays(random.Next(30, 400)), CountryGenerator.End) : null;
        DateTimeOffset? moved = publication == PublicationStatus.InReview ? Min(created.AddDays(random.Next(1, 30)), CountryGenerator.End) : null;

        // About 30 % joint: 1–4 invited, mostly from the region; most accept, some are still invited, declined or left.
        var ownerPerson = NewGuid(random);
        var participants = new List<ImportedParticipant>();
        var takingPart = new List<(Guid Municipality, Guid Person)> { (owner.Id, ownerPerson) };
        var team = new List<ImportedTeamMember> { new(ownerPerson, owner.Id, true, created) };
        if (random.Next(100) < 30)
        {
            var pool = region.Length > 3 ? region : [.. country];
            foreach (var invited in Enumerable.Range(0, random.Next(1, 5)).Select(_ => pool[random.Next(pool.Length)]).Where(row => row.Id != owner.Id).DistinctBy(row => row.Id))
            {
                var state = CountryGenerator.Weighted(random, (ParticipantState.Accepted, 75), (ParticipantState.Invited, 10), (ParticipantState.Declined, 10), (ParticipantState.Left, 5));
                var invitedAt = created.AddDays(random.Next(0, 7));
                participants.Add(new ImportedParticipant(invited.Id, state, invitedAt, state == ParticipantState.Invited ? null : invitedAt.AddDays(random.Next(1, 14))));
                if (state is ParticipantState.Accepted or ParticipantState.Left)
                {
                    var person = NewGuid(random);
                    takingPart.Add((invited.Id, person));
                    if (state == ParticipantState.Accepted)
                    {
                        team.Add(new ImportedTeamMember(person, invited.Id, false, invitedAt.AddDays(14)));
                    }
                }
            }
        }

        var milestones = new List<ImportedMilestone>();
        var span = Math.Max(1, finish.DayNumber - start.DayNumber);
        for (var index = random.Next(2, 7); index > 0; index--)
        {
            var due = start.AddDays(random.Next(span));
            var (responsible, person) = takingPart[random.Next(takingPart.Count)];
            var done = due < end && (status == ProjectStatus.Completed || random.Next(100) < 85);
            milestones.Add(new ImportedMilestone(NewGuid(random), texts.Prose(5).TrimEnd('.'), due, responsible,
                done ? Min(At(due), CountryGenerator.End) : null, done ? person : null));
        }

        var content = new ProjectContent(
            texts.Title(owner.Name), texts.Prose(random.Next(25, 60)), texts.Markdown(random.Next(40, 90)), texts.Markdown(random.Next(60, 140)),
            status == ProjectStatus.Planned ? string.Empty : texts.Markdown(random.Next(30, 80)), status, start,
            status == ProjectStatus.Planned && random.Next(2) == 0 ? null : finish, language, audience, themes,
            random.Next(3) == 0 ? [] : [new PartnerOrganisation(Partners[random.Next(Partners.Length)], PartnerKind.University)],
            [new FundingSource("Kunnan talousarvio", random.Next(10, 500) * 1000m)],
            [texts.Contact(owner.Name)], [.. Enumerable.Range(0, random.Next(3)).Select(_ => texts.Link(owner.Name))], []);
        var command = new ImportProject(NewGuid(random), content, publication, ownerPerson, created, published, archived, null,
            participants, team, milestones, ownerPerson, moved);
        var updateTimes = status == ProjectStatus.Planned
            ? []
            : Enumerable.Range(0, random.Next(0, 5)).Select(_ => Min(At(start.AddDays(random.Next(span))), CountryGenerator.End)).Order().ToList();
        return new NewProjectRows(command, takingPart, updateTimes);
    }

    private static readonly string[] Partners =
        ["Laurea-ammattikorkeakoulu", "Hyria Koulutus", "Tampereen ammattikorkeakoulu", "Oulun yliopisto", "LAB-ammattikorkeakoulu", "Åbo Akademi"];

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

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
