using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Host.Demo;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The demo network's practices on a fresh database: alive on every page, the same on every start.</summary>
public sealed class DemoPracticesTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string KarkolaAuthor = "kaisa.kirjoittaja@karkola.example";
    private const string KarkolaReviewer = "matti.paakayttaja@karkola.example";
    private const string KarkolaTeamWorking = "karkola-team-working";

    /// <summary>The three practices the Kärkölä office services project produced.</summary>
    private static readonly string[] KarkolaProjectPractices = [KarkolaTeamWorking, "karkola-work-life-balance", "karkola-process-streamlining"];

    [Fact]
    public async Task The_demo_network_shows_every_status_language_and_year_and_a_second_start_changes_nothing()
    {
        await SeedAsync();
        var afterFirstStart = await StoredAsync();
        Assert.Equal(0, await SeedAsync());
        Assert.Equal(afterFirstStart, await StoredAsync());

        Assert.Equal(DemoCatalog.Practices.Count, afterFirstStart.Practices.Count);
        Assert.Equal(0, afterFirstStart.Events);
        var attachments = DemoCatalog.Practices.Sum(practice => practice.Files.Count);
        Assert.Equal((attachments, attachments), (afterFirstStart.Attachments, afterFirstStart.Files));
        Assert.Equal(Enum.GetValues<PublicationStatus>(), afterFirstStart.Practices.Select(practice => practice.Status).Distinct().Order());

        var visible = await AllVisibleAnonymouslyAsync();
        Assert.All(visible, practice => Assert.Equal(Audience.Public, practice.Audience));
        Assert.True(visible.Select(practice => practice.MunicipalityId).Distinct().Count() >= 30, "published practices from at least 30 municipalities");
        Assert.True(visible.Count(practice => practice.Language == "sv") >= 8, "at least 8 in Swedish");
        Assert.True(visible.Count(practice => practice.Language == "en") >= 3, "at least 3 in English");
        Assert.True(visible.Count(practice => practice.Language == "fi") >= 30, "mostly in Finnish");
        Assert.Equal(Enumerable.Range(2019, 8), visible.Select(practice => practice.PublishedAt!.Value.Year).Distinct().Order());
        Assert.Equal(Enum.GetValues<PracticeStage>(), visible.Select(practice => practice.Stage).Distinct().Order());
        Assert.Equal(Enum.GetValues<Theme>(), visible.SelectMany(practice => practice.Themes).Distinct().Order());
    }

    [Fact]
    public async Task The_Karkola_office_services_practices_are_public_findable_by_theme_and_written_by_the_Karkola_author()
    {
        await SeedAsync();
        var karkola = await factory.MunicipalityIdAsync("316");
        var kaisa = await AccountIdAsync(KarkolaAuthor);

        foreach (var key in KarkolaProjectPractices)
        {
            var id = DemoItem.StableId("practice", key);
            var practice = await factory.AnonymouslyAsync(sender => sender.Send(new GetPractice(id)).AsTask());
            Assert.NotNull(practice);
            Assert.Equal((karkola, PublicationStatus.Published, Audience.Public, kaisa, 1), (practice.MunicipalityId, practice.Status, practice.Content.Audience, practice.CreatedBy, practice.RevisionNumber));
            Assert.NotEmpty(practice.Content.Contacts);
            Assert.NotEmpty(practice.Content.Links);
            foreach (var theme in practice.Content.Themes)
            {
                var found = await factory.AnonymouslyAsync(sender => sender.Send(new ListPractices(new PracticeFilter([karkola], theme), PageSize: 100)).AsTask());
                Assert.Contains(found.Items, item => item.Id == id);
            }
        }

        var teamWorking = await factory.AnonymouslyAsync(sender => sender.Send(new GetPractice(DemoItem.StableId("practice", KarkolaTeamWorking))).AsTask());
        Assert.Contains(teamWorking!.Content.Awards, award => award.Year == 2021);
        var peopleAndLeadership = await factory.AnonymouslyAsync(sender =>
            sender.Send(new ListPractices(new PracticeFilter([karkola], Theme.PeopleAndLeadership), PageSize: 100)).AsTask());
        Assert.DoesNotContain(peopleAndLeadership.Items, item => item.Title == "Etätyön pelisäännöt toimistopalveluissa");
    }

    [Fact]
    public async Task The_team_working_practice_has_a_real_one_page_PDF_that_anyone_can_download()
    {
        await SeedAsync();
        var practiceId = DemoItem.StableId("practice", KarkolaTeamWorking);
        var practice = await factory.AnonymouslyAsync(sender => sender.Send(new GetPractice(practiceId)).AsTask());
        var info = Assert.Single(practice!.Attachments);
        Assert.Equal(("tiimimalli-yhdella-sivulla.pdf", "application/pdf"), (info.FileName, info.ContentType));

        var file = await factory.AnonymouslyAsync(sender => sender.Send(new OpenPracticeAttachment(practiceId, info.Id)).AsTask());
        using var bytes = new MemoryStream();
        await using (file!.Content)
        {
            await file.Content.CopyToAsync(bytes);
        }

        // What a PDF reader relies on: the header, startxref pointing at the table, and every table entry at its object.
        var pdf = System.Text.Encoding.Latin1.GetString(bytes.ToArray());
        Assert.StartsWith("%PDF-1.4\n", pdf);
        Assert.EndsWith("%%EOF\n", pdf);
        var startXref = int.Parse(pdf[(pdf.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 6\n", pdf[startXref..]);
        var entries = pdf[startXref..].Split('\n').Skip(3).Take(5).ToList();
        for (var number = 1; number <= 5; number++)
        {
            var offset = int.Parse(entries[number - 1][..10], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"{number} 0 obj", pdf[offset..]);
        }

        Assert.Contains("(Kärkölän toimistopalvelut: tiimimalli yhdellä sivulla) Tj", pdf);
    }

    [Fact]
    public async Task The_Karkola_author_and_reviewer_find_work_waiting_for_them()
    {
        await SeedAsync();
        var karkola = await factory.MunicipalityIdAsync("316");
        var kaisa = (await AccountIdAsync(KarkolaAuthor), karkola);
        var matti = (await AccountIdAsync(KarkolaReviewer), karkola);

        var drafts = await factory.AsMemberAsync(kaisa, MunicipalityRoles.Author, sender => sender.Send(new ListMunicipalityPractices(PublicationStatus.Draft)).AsTask());
        var returned = Assert.Single(drafts.Items, item => item.Title == "Chat-neuvonta kunnan asiakaspalvelussa");
        var details = await factory.AsMemberAsync(kaisa, MunicipalityRoles.Author, sender => sender.Send(new GetPractice(returned.Id)).AsTask());
        Assert.False(string.IsNullOrWhiteSpace(details!.ReviewComment));
        Assert.True(details.Permissions.CanEdit);

        var reviewerRoles = MunicipalityRoles.MunicipalityAdmin | MunicipalityRoles.Reviewer;
        var inReview = await factory.AsMemberAsync(matti, reviewerRoles, sender => sender.Send(new ListMunicipalityPractices(PublicationStatus.InReview)).AsTask());
        var waiting = Assert.Single(inReview.Items);
        var toReview = await factory.AsMemberAsync(matti, reviewerRoles, sender => sender.Send(new GetPractice(waiting.Id)).AsTask());
        Assert.Contains(WorkflowStep.Publish, toReview!.Permissions.Steps);
        Assert.Null(await factory.AnonymouslyAsync(sender => sender.Send(new GetPractice(waiting.Id)).AsTask()));

        var internalOnly = await factory.AsMemberAsync(matti, reviewerRoles, sender => sender.Send(new ListPractices(new PracticeFilter([karkola]), PageSize: 100)).AsTask());
        Assert.Contains(internalOnly.Items, item => item.Audience == Audience.Internal);
    }

    private Task<int> SeedAsync() => factory.InScopeAsync(null, async services =>
    {
        await services.GetRequiredService<DemoNetwork>().SeedAsync(CancellationToken.None);
        return await services.GetRequiredService<DemoPractices>().SeedAsync(CancellationToken.None);
    });

    private Task<Guid> AccountIdAsync(string email) => factory.InScopeAsync(null, async services =>
        (await services.GetRequiredService<UserManager<Account>>().FindByEmailAsync(email))!.Id);

    private async Task<List<PracticeSummary>> AllVisibleAnonymouslyAsync()
    {
        var all = new List<PracticeSummary>();
        for (var page = 1; ; page++)
        {
            var result = await factory.AnonymouslyAsync(sender => sender.Send(new ListPractices(new PracticeFilter(), page, 100)).AsTask());
            all.AddRange(result.Items);
            if (page >= result.PageCount)
            {
                return all;
            }
        }
    }

    /// <summary>Everything the seeding writes, in a comparable form: practices with their versions and dates, revisions, changes, events, attachments and stored files.</summary>
    private Task<Stored> StoredAsync() => factory.InScopeAsync(null, async services =>
    {
        var db = services.GetRequiredService<PracticesDbContext>();
        var practices = await db.Practices.IgnoreQueryFilters().AsNoTracking()
            .Select(practice => new StoredPractice(practice.Id, practice.MunicipalityId, practice.Status, practice.Version, practice.UpdatedAt, practice.PublishedAt))
            .ToListAsync();
        var filesFolder = services.GetRequiredService<PracticeNetwork.Host.Infrastructure.StorageSettings>().FilesFolder;
        return new Stored(
            [.. practices.OrderBy(practice => practice.Id)],
            await db.Revisions.IgnoreQueryFilters().CountAsync(),
            await db.Changes.IgnoreQueryFilters().CountAsync(),
            await db.Outbox.IgnoreQueryFilters().CountAsync(message => message.ProcessedAt == null),
            await db.Attachments.IgnoreQueryFilters().CountAsync(),
            Directory.Exists(filesFolder) ? Directory.GetFiles(filesFolder, "*", SearchOption.AllDirectories).Length : 0);
    });

    private sealed record StoredPractice(Guid Id, Guid MunicipalityId, PublicationStatus Status, int Version, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt);

    private sealed record Stored(IReadOnlyList<StoredPractice> Practices, int Revisions, int Changes, int Events, int Attachments, int Files)
    {
        public bool Equals(Stored? other) =>
            other is not null && Practices.SequenceEqual(other.Practices)
            && (Revisions, Changes, Events, Attachments, Files) == (other.Revisions, other.Changes, other.Events, other.Attachments, other.Files);

        public override int GetHashCode() => HashCode.Combine(Practices.Count, Revisions, Changes, Events, Attachments, Files);
    }
}
