using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>A host whose clock starts in 2023 and only moves forward, so that practices can be published in different years.</summary>
public sealed class PublishingYearsFactory : PracticeNetworkFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2023, 1, 2, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Browsing the network: the filters of <see cref="ListPractices"/>, its sort orders, and paging with the right counts.</summary>
public sealed class PracticeBrowsingTests(PublishingYearsFactory factory) : IClassFixture<PublishingYearsFactory>
{
    private static PracticeContent Content(string title, PracticeStage stage, params Theme[] themes) =>
        Practices.SampleContent(Audience.Public, title) with { Stage = stage, Themes = themes };

    /// <summary>Moves the clock forward to <paramref name="month"/> of the year <paramref name="yearsAhead"/> after the current one.</summary>
    private void MoveTo(int yearsAhead, int month, int day = 1) =>
        factory.Clock.SetUtcNow(new DateTimeOffset(factory.Clock.GetUtcNow().Year + yearsAhead, month, day, 12, 0, 0, TimeSpan.Zero));

    private async Task<Guid> PublishedAsync(Actor author, Actor reviewer, PracticeContent content) =>
        (await factory.PracticeAsync(author, reviewer, content, WorkflowStep.SubmitForReview, WorkflowStep.Publish)).Id;

    private async Task<string[]> TitlesAsync(PracticeFilter filter)
    {
        var page = await factory.SendAsync(null, new ListPractices(filter, PageSize: 100));
        Assert.Equal(page.Total, page.Items.Count);
        return [.. page.Items.Select(item => item.Title)];
    }

    [Fact]
    public async Task Municipality_theme_stage_year_and_archive_filters_narrow_the_list_and_its_count()
    {
        var (alajarviAuthor, alajarviReviewer) = (await factory.ActorAsync("005", MunicipalityRoles.Author), await factory.ActorAsync("005", MunicipalityRoles.Reviewer));
        var (alavieskaAuthor, alavieskaReviewer) = (await factory.ActorAsync("009", MunicipalityRoles.Author), await factory.ActorAsync("009", MunicipalityRoles.Reviewer));
        var (alavusAuthor, alavusReviewer) = (await factory.ActorAsync("010", MunicipalityRoles.Author), await factory.ActorAsync("010", MunicipalityRoles.Reviewer));
        var all = new[] { alajarviAuthor.MunicipalityId, alavieskaAuthor.MunicipalityId, alavusAuthor.MunicipalityId };

        MoveTo(1, 5);
        var first = factory.Clock.GetUtcNow().Year;
        var alpha = await factory.PracticeAsync(alajarviAuthor, alajarviReviewer, Content("alpha", PracticeStage.Piloted, Theme.Transport),
            WorkflowStep.SubmitForReview, WorkflowStep.Publish);
        MoveTo(1, 2);
        await PublishedAsync(alajarviAuthor, alajarviReviewer, Content("bravo", PracticeStage.InUse, Theme.Education, Theme.Transport));
        MoveTo(0, 12, 31);
        await PublishedAsync(alavieskaAuthor, alavieskaReviewer, Content("charlie", PracticeStage.InUse, Theme.Education));
        var archived = await factory.PracticeAsync(alavusAuthor, alavusReviewer, Content("foxtrot", PracticeStage.InUse, Theme.Transport),
            WorkflowStep.SubmitForReview, WorkflowStep.Publish, WorkflowStep.Archive);
        MoveTo(1, 1);
        await PublishedAsync(alavieskaAuthor, alavieskaReviewer, Content("delta", PracticeStage.Piloted, Theme.Transport));
        await factory.PracticeAsync(alavusAuthor, alavusReviewer, Content("echo", PracticeStage.Piloted, Theme.Transport), WorkflowStep.SubmitForReview);
        // Archived and restored, and edited, later in the third year: still a practice first published in the first year.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var version = await factory.SendAsync(alajarviReviewer, new ChangePracticeStatus(alpha.Id, WorkflowStep.Archive, alpha.Version));
        version = await factory.SendAsync(alajarviReviewer, new ChangePracticeStatus(alpha.Id, WorkflowStep.Restore, version));
        await factory.SendAsync(alajarviReviewer, new UpdatePractice(alpha.Id, Content("alpha", PracticeStage.Piloted, Theme.Transport) with { Summary = "Uusi." }, version));

        Assert.Equal(["alpha", "bravo"], (await TitlesAsync(new PracticeFilter([alajarviAuthor.MunicipalityId], Sort: PracticeSort.Title))));
        Assert.Equal(["alpha", "bravo", "charlie", "delta"], await TitlesAsync(new PracticeFilter(all, Sort: PracticeSort.Title)));
        Assert.Equal(["alpha", "bravo", "charlie", "delta", "foxtrot"], await TitlesAsync(new PracticeFilter(all, IncludeArchived: true, Sort: PracticeSort.Title)));
        Assert.Empty(await TitlesAsync(new PracticeFilter([])));
        Assert.Equal(["alpha", "bravo", "delta"], await TitlesAsync(new PracticeFilter(all, Theme: Theme.Transport, Sort: PracticeSort.Title)));
        Assert.Equal(["alpha", "bravo", "delta", "foxtrot"], await TitlesAsync(new PracticeFilter(all, Theme: Theme.Transport, IncludeArchived: true, Sort: PracticeSort.Title)));
        Assert.Equal(["alpha", "delta"], await TitlesAsync(new PracticeFilter(all, Stage: PracticeStage.Piloted, Sort: PracticeSort.Title)));
        Assert.Equal(["alpha"], await TitlesAsync(new PracticeFilter(all, Year: first)));
        Assert.Equal(["bravo", "charlie"], await TitlesAsync(new PracticeFilter(all, Year: first + 1, Sort: PracticeSort.Title)));
        Assert.Equal(["bravo", "charlie", "foxtrot"], await TitlesAsync(new PracticeFilter(all, Year: first + 1, IncludeArchived: true, Sort: PracticeSort.Title)));
        Assert.Equal(["delta"], await TitlesAsync(new PracticeFilter(all, Year: first + 2)));
        Assert.Equal(["charlie"], await TitlesAsync(new PracticeFilter([alavieskaAuthor.MunicipalityId], Theme.Education, PracticeStage.InUse, first + 1)));
        Assert.Empty(await TitlesAsync(new PracticeFilter(all, Theme: Theme.Safety)));

        Assert.Equal(["delta", "charlie", "bravo", "alpha"], await TitlesAsync(new PracticeFilter(all)));
        Assert.Equal(["alpha", "delta", "charlie", "bravo"], await TitlesAsync(new PracticeFilter(all, Sort: PracticeSort.Updated)));
        Assert.Equal(PublicationStatus.Archived, (await factory.OpenAsync(null, archived.Id))!.Status);
    }

    [Fact]
    public async Task Pages_split_the_list_without_gaps_or_overlap_and_sizes_are_clamped()
    {
        var author = await factory.ActorAsync("018", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("018", MunicipalityRoles.Reviewer);
        foreach (var title in new[] { "kilo", "lima", "mike", "november", "oscar" })
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(5));
            await PublishedAsync(author, reviewer, Content(title, PracticeStage.InUse, Theme.Procurement));
        }

        var filter = new PracticeFilter([author.MunicipalityId], Sort: PracticeSort.Title);
        var pages = new List<ContentPage<PracticeSummary>>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await factory.SendAsync(null, new ListPractices(filter, page, 2)));
        }

        Assert.All(pages, page => Assert.Equal((5, 3, 2), (page.Total, page.PageCount, page.PageSize)));
        Assert.Equal([2, 2, 1, 0], pages.Select(page => page.Items.Count));
        Assert.Equal(["kilo", "lima", "mike", "november", "oscar"], pages.SelectMany(page => page.Items).Select(item => item.Title));

        var tooSmall = await factory.SendAsync(null, new ListPractices(filter, Page: 0, PageSize: 0));
        Assert.Equal((1, 1, 5, 5, "kilo"), (tooSmall.Page, tooSmall.PageSize, tooSmall.Total, tooSmall.PageCount, Assert.Single(tooSmall.Items).Title));
        var negative = await factory.SendAsync(null, new ListPractices(filter, Page: -3, PageSize: -1));
        Assert.Equal((1, 1), (negative.Page, negative.PageSize));
        var tooLarge = await factory.SendAsync(null, new ListPractices(filter, PageSize: 100_000));
        Assert.Equal((100, 5, 1), (tooLarge.PageSize, tooLarge.Items.Count, tooLarge.PageCount));

        var ownPage = await factory.SendAsync(reviewer, new ListMunicipalityPractices(PublicationStatus.Published, Page: 2, PageSize: 3));
        Assert.Equal((5, 2, 2), (ownPage.Total, ownPage.PageCount, ownPage.Items.Count));
        Assert.Equal(["lima", "kilo"], ownPage.Items.Select(item => item.Title));
        var ownClamped = await factory.SendAsync(reviewer, new ListMunicipalityPractices(PageSize: 0));
        Assert.Equal((1, 5), (ownClamped.PageSize, ownClamped.PageCount));
    }

    [Fact]
    public async Task An_empty_result_is_one_empty_page()
    {
        var page = await factory.SendAsync(null, new ListPractices(new PracticeFilter(Theme: Theme.Integration, Year: 1999)));

        Assert.Equal((0, 1, 0), (page.Total, page.PageCount, page.Items.Count));
    }
}
