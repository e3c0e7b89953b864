using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>One practice through its whole life: draft, review and return, publication, a reviewer's edit, archive and restore.</summary>
public sealed class PracticeLifecycleTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_practice_goes_from_draft_through_review_publication_revision_archive_and_restore()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("316", MunicipalityRoles.Reviewer);
        var viewer = await factory.ActorAsync("316", MunicipalityRoles.Viewer);
        var espoo = await factory.ActorAsync("049", MunicipalityRoles.Reviewer);
        var content = Practices.SampleContent(Audience.Public);

        var id = await factory.SendAsync(author, new CreatePractice(content));
        var version = await factory.SendAsync(author, new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, 0));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            factory.SendAsync(author, new UpdatePractice(id, content with { Summary = "Kirjoittaja korjaa kesken arvioinnin." }, version)));

        // Returned with a comment: the author sees it, nobody outside the draft's circle does.
        version = await factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.ReturnToAuthor, version, "  Lisää mitatut tulokset.  "));
        var returned = await factory.OpenAsync(author, id);
        Assert.Equal((PublicationStatus.Draft, "Lisää mitatut tulokset."), (returned!.Status, returned.ReviewComment));
        Assert.True(returned.Permissions.CanEdit);
        Assert.Null(await factory.OpenAsync(viewer, id));
        Assert.Null(await factory.OpenAsync(espoo, id));
        Assert.Null(await factory.OpenAsync(null, id));
        Assert.Null(await factory.SendAsync(viewer, new GetPracticeHistory(id)));
        Assert.Null(await factory.SendAsync(espoo, new GetPracticeHistory(id)));

        version = await factory.SendAsync(author, new UpdatePractice(id, content with { ResultsAndEvidence = "Tulokset: sijaistukset hoituvat päivässä." }, version));
        version = await factory.SendAsync(author, new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, version));
        version = await factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Publish, version));

        var published = await factory.OpenAsync(author, id);
        Assert.Equal((PublicationStatus.Published, 1, (string?)null), (published!.Status, published.RevisionNumber, published.ReviewComment));
        Assert.NotNull(published.PublishedAt);
        Assert.False(published.Permissions.CanEdit);
        Assert.Null((await factory.OpenAsync(viewer, id))!.ReviewComment);
        Assert.Null((await factory.OpenAsync(espoo, id))!.ReviewComment);
        Assert.Equal("Tulokset: sijaistukset hoituvat päivässä.", (await factory.OpenAsync(null, id))!.Content.ResultsAndEvidence);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            factory.SendAsync(author, new UpdatePractice(id, content with { Summary = "Kirjoittaja korjaa julkaistua." }, version)));

        // A reviewer's edit of the published practice is the second revision at once.
        var edited = published.Content with { Solution = "Ratkaisu: **pienet tiimit** ja jaettu työjono." };
        version = await factory.SendAsync(reviewer, new UpdatePractice(id, edited, version));
        var revised = await factory.OpenAsync(null, id);
        Assert.Equal((2, "Ratkaisu: **pienet tiimit** ja jaettu työjono."), (revised!.RevisionNumber, revised.Content.Solution));
        var history = await factory.SendAsync(null, new GetPracticeHistory(id));
        Assert.Equal([2, 1], history!.Revisions.Select(revision => revision.Number));
        Assert.Equal(["solution"], history.Revisions[0].ChangedFields);
        var diff = Assert.Single(history.Revisions[0].TextDiffs);
        Assert.Equal("solution", diff.Field);
        Assert.Contains(diff.Segments, segment => segment.Change == TextChange.Inserted && segment.Text.Contains("pienet", StringComparison.Ordinal));
        Assert.Contains(diff.Segments, segment => segment.Change == TextChange.Deleted && segment.Text.Contains("yhteinen", StringComparison.Ordinal));
        Assert.Contains(diff.Segments, segment => segment.Change == TextChange.Inserted && segment.Text.Contains("jaettu", StringComparison.Ordinal));

        // Archived: still readable, read-only for everyone, until a reviewer restores it.
        version = await factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Archive, version));
        var archived = await factory.OpenAsync(espoo, id);
        Assert.Equal(PublicationStatus.Archived, archived!.Status);
        Assert.False((await factory.OpenAsync(reviewer, id))!.Permissions.CanEdit);
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(reviewer, new UpdatePractice(id, edited with { Summary = "Muokkaus arkistossa." }, version)));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(author, new UpdatePractice(id, edited with { Summary = "Muokkaus arkistossa." }, version)));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            factory.SendAsync(reviewer, new AddPracticeAttachment(id, "muistio.txt", new MemoryStream("Muistio"u8.ToArray()))));

        version = await factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Restore, version));
        var restored = await factory.OpenAsync(reviewer, id);
        Assert.Equal((PublicationStatus.Published, 2, version, edited.Solution),
            (restored!.Status, restored.RevisionNumber, restored.Version, restored.Content.Solution));
        Assert.True(restored.Permissions.CanEdit);
        Assert.Equal(
            [ContentChangeKind.Restored, ContentChangeKind.Archived, ContentChangeKind.Edited, ContentChangeKind.Published, ContentChangeKind.SubmittedForReview,
                ContentChangeKind.Edited, ContentChangeKind.ReturnedToAuthor, ContentChangeKind.SubmittedForReview, ContentChangeKind.Created],
            (await factory.SendAsync(author, new GetPracticeHistory(id)))!.Changes.Select(change => change.Kind));
    }

    [Fact]
    public async Task Authors_edit_only_their_own_drafts_and_submit_but_never_publish_return_or_archive()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var otherAuthor = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("316", MunicipalityRoles.Reviewer);
        var content = Practices.SampleContent();
        var (id, version) = await factory.PracticeAsync(author, reviewer, content);

        Assert.Null(await factory.OpenAsync(otherAuthor, id));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(otherAuthor, new UpdatePractice(id, content with { Title = "Toisen muokkaus" }, version)));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(author, new ChangePracticeStatus(id, WorkflowStep.Publish, version)));
        version = await factory.SendAsync(author, new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, version));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(author, new ChangePracticeStatus(id, WorkflowStep.ReturnToAuthor, version, "Itse palautan.")));
        version = await factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Publish, version));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(author, new ChangePracticeStatus(id, WorkflowStep.Archive, version)));

        Assert.Equal(PublicationStatus.Published, (await factory.OpenAsync(otherAuthor, id))!.Status);
    }

    [Fact]
    public async Task A_step_that_does_not_fit_the_status_is_a_conflict_and_a_return_needs_a_comment()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("316", MunicipalityRoles.Reviewer);
        var (id, version) = await factory.PracticeAsync(author, reviewer, Practices.SampleContent(), WorkflowStep.SubmitForReview);

        var missing = await Assert.ThrowsAsync<RequestValidationException>(() =>
            factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.ReturnToAuthor, version, " ")));
        var wrong = await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Restore, version)));

        Assert.Contains("comment", missing.Errors.Keys);
        Assert.Equal(("WrongStep", version), (wrong.Code, wrong.CurrentVersion));
        Assert.Equal((PublicationStatus.InReview, version), ((await factory.OpenAsync(reviewer, id))!.Status, (await factory.OpenAsync(reviewer, id))!.Version));
    }
}
