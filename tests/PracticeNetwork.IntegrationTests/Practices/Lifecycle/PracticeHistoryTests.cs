using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The history page: published revisions with word diffs for every reader of the practice, the change log for its own municipality's writers only.</summary>
public sealed class PracticeHistoryTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task Revisions_come_newest_first_each_with_its_changed_fields_and_word_diffs()
    {
        var author = await factory.ActorAsync("433", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("433", MunicipalityRoles.Reviewer);
        var content = Practices.SampleContent(Audience.Public, "Lopen kyläkoulut");
        var (id, version) = await factory.PracticeAsync(author, reviewer, content);
        // Draft edits before the first publication are not revisions.
        version = await factory.SendAsync(author, new UpdatePractice(id, content with { Summary = "Luonnoksen tiivistelmä." }, version));
        version = await factory.SendAsync(author, new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, version));
        version = await factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Publish, version));

        var second = content with { Summary = "Luonnoksen tiivistelmä.", Title = "Lopen kyläkoulut yhdessä", Stage = PracticeStage.Established };
        version = await factory.SendAsync(reviewer, new UpdatePractice(id, second, version));
        var third = second with { NeedAndGoals = "Tarve: oppilaita on vähän, ja matkat ovat pitkiä." };
        await factory.SendAsync(reviewer, new UpdatePractice(id, third, version));

        var history = await factory.SendAsync(null, new GetPracticeHistory(id));

        Assert.Equal("Lopen kyläkoulut yhdessä", history!.Title);
        Assert.Equal([3, 2, 1], history.Revisions.Select(revision => revision.Number));
        Assert.Equal(["Lopen kyläkoulut yhdessä", "Lopen kyläkoulut yhdessä", "Lopen kyläkoulut"], history.Revisions.Select(revision => revision.Title));
        Assert.True(history.Revisions[0].PublishedAt >= history.Revisions[1].PublishedAt && history.Revisions[1].PublishedAt >= history.Revisions[2].PublishedAt);
        Assert.All(history.Revisions, revision => Assert.Equal(reviewer.PersonId, revision.PublishedBy));

        Assert.Equal(["needAndGoals"], history.Revisions[0].ChangedFields);
        var needs = Assert.Single(history.Revisions[0].TextDiffs);
        Assert.Equal("needAndGoals", needs.Field);
        Assert.Equal(third.NeedAndGoals, string.Concat(needs.Segments.Where(segment => segment.Change != TextChange.Deleted).Select(segment => segment.Text)));
        Assert.Equal(content.NeedAndGoals, string.Concat(needs.Segments.Where(segment => segment.Change != TextChange.Inserted).Select(segment => segment.Text)));

        Assert.Equal(["title", "stage"], history.Revisions[1].ChangedFields);
        var title = Assert.Single(history.Revisions[1].TextDiffs);
        Assert.Equal(
            [new TextDiffSegment(TextChange.Unchanged, "Lopen kyläkoulut"), new TextDiffSegment(TextChange.Inserted, " yhdessä")],
            title.Segments);

        Assert.Empty(history.Revisions[2].ChangedFields);
        Assert.Empty(history.Revisions[2].TextDiffs);
    }

    public enum Who
    {
        Anonymous,
        Viewer,
        CreatingAuthor,
        OtherAuthor,
        Reviewer,
        MunicipalityAdmin,
        ForeignAuthor,
        ForeignReviewer,
    }

    private enum Sees
    {
        Nothing,
        Revisions,
        RevisionsAndChanges,
    }

    [Fact]
    public async Task The_change_log_goes_only_to_the_owning_municipalitys_authors_and_reviewers_and_nothing_to_readers_who_may_not_open_it()
    {
        var readers = new Dictionary<Who, Actor?>
        {
            [Who.Anonymous] = null,
            [Who.Viewer] = await factory.ActorAsync("086", MunicipalityRoles.Viewer),
            [Who.CreatingAuthor] = await factory.ActorAsync("086", MunicipalityRoles.Author),
            [Who.OtherAuthor] = await factory.ActorAsync("086", MunicipalityRoles.Author),
            [Who.Reviewer] = await factory.ActorAsync("086", MunicipalityRoles.Reviewer),
            [Who.MunicipalityAdmin] = await factory.ActorAsync("086", MunicipalityRoles.MunicipalityAdmin),
            [Who.ForeignAuthor] = await factory.ActorAsync("694", MunicipalityRoles.Author),
            [Who.ForeignReviewer] = await factory.ActorAsync("694", MunicipalityRoles.Reviewer),
        };
        var author = readers[Who.CreatingAuthor]!;
        var reviewer = readers[Who.Reviewer]!;
        var items = new Dictionary<string, Guid>
        {
            ["draft"] = (await factory.PracticeAsync(author, reviewer, Practices.SampleContent(), WorkflowStep.SubmitForReview, WorkflowStep.ReturnToAuthor)).Id,
            ["internal"] = (await factory.PracticeAsync(author, reviewer, Practices.SampleContent(Audience.Internal), WorkflowStep.SubmitForReview, WorkflowStep.Publish)).Id,
            ["network"] = (await factory.PracticeAsync(author, reviewer, Practices.SampleContent(Audience.Network), WorkflowStep.SubmitForReview, WorkflowStep.Publish)).Id,
            ["public"] = (await factory.PracticeAsync(author, reviewer, Practices.SampleContent(Audience.Public), WorkflowStep.SubmitForReview, WorkflowStep.Publish)).Id,
        };

        const Sees N = Sees.Nothing, R = Sees.Revisions, C = Sees.RevisionsAndChanges;
        // Columns follow Who: anonymous, viewer, creating author, other author, reviewer, municipality admin, foreign author, foreign reviewer.
        var expected = new Dictionary<string, Sees[]>
        {
            ["draft"] = [N, N, C, N, C, C, N, N],
            ["internal"] = [N, R, C, C, C, C, N, N],
            ["network"] = [N, R, C, C, C, C, R, R],
            ["public"] = [R, R, C, C, C, C, R, R],
        };

        var mismatches = new List<string>();
        foreach (var (item, id) in items)
        {
            foreach (var (who, reader) in readers)
            {
                var history = await factory.SendAsync(reader, new GetPracticeHistory(id));
                var seen = history is null ? Sees.Nothing : history.Changes.Count > 0 ? Sees.RevisionsAndChanges : Sees.Revisions;
                if (seen != expected[item][(int)who])
                {
                    mismatches.Add($"{who} on {item}: {seen}, expected {expected[item][(int)who]}");
                }

                if (history is not null)
                {
                    Assert.Equal(item == "draft" ? 0 : 1, history.Revisions.Count);
                }

                if (seen == Sees.RevisionsAndChanges && item == "draft")
                {
                    Assert.Contains(history!.Changes, change => change.Kind == ContentChangeKind.ReturnedToAuthor && change.Comment == "Täydennä tuloksia.");
                }
            }
        }

        Assert.Empty(mismatches);
    }
}
