using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Two people editing the same practice: the later save over an old version is a conflict, never a lost update.</summary>
public sealed class PracticeConcurrencyTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    [Fact]
    public async Task A_save_over_a_stale_version_is_a_conflict_with_the_current_version_and_the_earlier_save_stays()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("316", MunicipalityRoles.Reviewer);
        var content = Practices.SampleContent();
        var (id, loaded) = await factory.PracticeAsync(author, reviewer, content);

        var saved = await factory.SendAsync(author, new UpdatePractice(id, content with { Summary = "Kirjoittajan tiivistelmä." }, loaded));
        var conflict = await Assert.ThrowsAsync<ConflictException>(() =>
            factory.SendAsync(reviewer, new UpdatePractice(id, content with { Solution = "Arvioijan ratkaisu." }, loaded)));

        Assert.Equal(("StalePractice", saved), (conflict.Code, conflict.CurrentVersion));
        var details = await factory.OpenAsync(reviewer, id);
        Assert.Equal((saved, "Kirjoittajan tiivistelmä.", content.Solution), (details!.Version, details.Content.Summary, details.Content.Solution));

        // Reloaded, the reviewer's change goes on top of the author's.
        var merged = await factory.SendAsync(reviewer, new UpdatePractice(id, details.Content with { Solution = "Arvioijan ratkaisu." }, conflict.CurrentVersion!.Value));
        var after = await factory.OpenAsync(author, id);
        Assert.Equal((merged, "Kirjoittajan tiivistelmä.", "Arvioijan ratkaisu."), (after!.Version, after.Content.Summary, after.Content.Solution));
    }

    [Fact]
    public async Task A_workflow_step_or_delete_over_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("316", MunicipalityRoles.Reviewer);
        var content = Practices.SampleContent();
        var (id, loaded) = await factory.PracticeAsync(author, reviewer, content, WorkflowStep.SubmitForReview);
        var saved = await factory.SendAsync(reviewer, new UpdatePractice(id, content with { Title = "Arvioijan otsikko" }, loaded));

        var publish = await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(reviewer, new ChangePracticeStatus(id, WorkflowStep.Publish, loaded)));
        var delete = await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(reviewer, new DeletePractice(id, loaded)));

        Assert.Equal((saved, saved), (publish.CurrentVersion, delete.CurrentVersion));
        var details = await factory.OpenAsync(reviewer, id);
        Assert.Equal((PublicationStatus.InReview, false, saved, "Arvioijan otsikko"), (details!.Status, details.IsDeleted, details.Version, details.Content.Title));
    }

    [Fact]
    public async Task Saving_the_same_content_again_keeps_the_version_so_a_double_submit_is_harmless()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var content = Practices.SampleContent();
        var (id, loaded) = await factory.PracticeAsync(author, reviewer: null, content);
        var edited = content with { Summary = "Sama muutos kahdesti." };

        var first = await factory.SendAsync(author, new UpdatePractice(id, edited, loaded));
        var second = await factory.SendAsync(author, new UpdatePractice(id, edited, first));

        Assert.Equal(first, second);
        Assert.Equal(first, (await factory.OpenAsync(author, id))!.Version);
    }
}
