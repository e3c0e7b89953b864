using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Features;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Soft delete: a deleted practice is gone from every read until a municipality admin brings it back from the bin.</summary>
public sealed class PracticeBinTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private sealed record Cast(Actor Author, Actor Reviewer, Actor Viewer, Actor Admin, Actor ForeignReviewer, Actor ForeignAdmin);

    private async Task<Cast> CastAsync(string code) => new(
        await factory.ActorAsync(code, MunicipalityRoles.Author),
        await factory.ActorAsync(code, MunicipalityRoles.Reviewer),
        await factory.ActorAsync(code, MunicipalityRoles.Viewer),
        await factory.ActorAsync(code, MunicipalityRoles.MunicipalityAdmin),
        await factory.ActorAsync("049", MunicipalityRoles.Reviewer),
        await factory.ActorAsync("049", MunicipalityRoles.MunicipalityAdmin));

    [Fact]
    public async Task A_deleted_practice_vanishes_from_every_read_except_its_own_admins_bin_and_detail()
    {
        var cast = await CastAsync("316");
        var content = Practices.SampleContent(PracticeAudience.Public, "Poistettava käytäntö");
        var (id, version) = await factory.PracticeAsync(cast.Author, cast.Reviewer, content, PracticeStep.SubmitForReview, PracticeStep.Publish);
        var attachment = await factory.SendAsync(cast.Reviewer, new AddPracticeAttachment(id, "muistio.txt", new MemoryStream("Muistio"u8.ToArray())));
        Assert.NotNull(await factory.SendAsync(null, new OpenPracticeAttachment(id, attachment)));

        Assert.Equal(version + 1, (await factory.OpenAsync(cast.Reviewer, id))!.Version);
        await factory.SendAsync(cast.Reviewer, new DeletePractice(id, version + 1));

        foreach (var reader in new[] { null, cast.Author, cast.Reviewer, cast.Viewer, cast.ForeignReviewer, cast.ForeignAdmin })
        {
            Assert.Null(await factory.OpenAsync(reader, id));
            Assert.Null(await factory.SendAsync(reader, new GetPracticeHistory(id)));
            Assert.Null(await factory.SendAsync(reader, new OpenPracticeAttachment(id, attachment)));
            Assert.DoesNotContain(id, await ListedAsync(reader));
        }

        var seenByAdmin = await factory.OpenAsync(cast.Admin, id);
        Assert.Equal((true, PracticeStatus.Published), (seenByAdmin!.IsDeleted, seenByAdmin.Status));
        Assert.Equal(new PracticePermissions(CanEdit: false, CanDelete: false, CanRestore: true, []), seenByAdmin.Permissions with { Steps = [] });
        Assert.Empty(seenByAdmin.Permissions.Steps);
        Assert.Null(await factory.SendAsync(cast.Admin, new GetPracticeHistory(id)));
        Assert.Null(await factory.SendAsync(cast.Admin, new OpenPracticeAttachment(id, attachment)));
        Assert.DoesNotContain(id, await ListedAsync(cast.Admin));
        Assert.Contains(id, (await factory.SendAsync(cast.Admin, new ListDeletedPractices())).Select(item => item.Id));
        Assert.Equal([PracticeEvents.Published, PracticeEvents.Archived], (await factory.OutboxAsync(id)).Select(message => message.Type));
    }

    [Fact]
    public async Task Only_municipality_admins_see_the_bin_and_only_their_own()
    {
        var cast = await CastAsync("086");
        var (id, version) = await factory.PracticeAsync(cast.Author, cast.Reviewer, Practices.SampleContent());
        await factory.SendAsync(cast.Author, new DeletePractice(id, version));

        foreach (var reader in new[] { cast.Author, cast.Reviewer, cast.Viewer, cast.ForeignReviewer })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(reader, new ListDeletedPractices()));
        }

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(null, new ListDeletedPractices()));
        Assert.DoesNotContain(id, (await factory.SendAsync(cast.ForeignAdmin, new ListDeletedPractices())).Select(item => item.Id));
        var bin = await factory.SendAsync(cast.Admin, new ListDeletedPractices());
        Assert.Equal(PracticeStatus.Draft, Assert.Single(bin, item => item.Id == id).Status);
    }

    [Fact]
    public async Task An_admin_restores_a_deleted_practice_as_it_was_and_nobody_else_can()
    {
        var cast = await CastAsync("433");
        var content = Practices.SampleContent(PracticeAudience.Network, "Palautettava käytäntö");
        var (id, version) = await factory.PracticeAsync(cast.Author, cast.Reviewer, content, PracticeStep.SubmitForReview, PracticeStep.Publish);
        await factory.SendAsync(cast.Reviewer, new DeletePractice(id, version));

        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(cast.Reviewer, new RestoreDeletedPractice(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(cast.Author, new RestoreDeletedPractice(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(cast.ForeignAdmin, new RestoreDeletedPractice(id)));
        Assert.Null(await factory.OpenAsync(cast.Reviewer, id));

        await factory.SendAsync(cast.Admin, new RestoreDeletedPractice(id));

        var restored = await factory.OpenAsync(cast.ForeignReviewer, id);
        Assert.Equal((false, PracticeStatus.Published, "Palautettava käytäntö", 1), (restored!.IsDeleted, restored.Status, restored.Content.Title, restored.RevisionNumber));
        Assert.Contains(id, await ListedAsync(cast.ForeignReviewer));
        Assert.Contains(id, await ListedAsync(cast.Viewer));
        Assert.NotNull(await factory.SendAsync(cast.Viewer, new GetPracticeHistory(id)));
        Assert.DoesNotContain(id, (await factory.SendAsync(cast.Admin, new ListDeletedPractices())).Select(item => item.Id));
        await Assert.ThrowsAsync<ConflictException>(() => factory.SendAsync(cast.Admin, new RestoreDeletedPractice(id)));
        var changes = (await factory.SendAsync(cast.Reviewer, new GetPracticeHistory(id)))!.Changes;
        Assert.Equal([PracticeChangeKind.Undeleted, PracticeChangeKind.Deleted], changes.Take(2).Select(change => change.Kind));
    }

    [Fact]
    public async Task Authors_delete_only_their_own_drafts_reviewers_any_item_and_a_deleted_item_cannot_be_deleted_again()
    {
        var cast = await CastAsync("694");
        var otherAuthor = await factory.ActorAsync("694", MunicipalityRoles.Author);
        var (draft, draftVersion) = await factory.PracticeAsync(cast.Author, cast.Reviewer, Practices.SampleContent());
        var (inReview, inReviewVersion) = await factory.PracticeAsync(cast.Author, cast.Reviewer, Practices.SampleContent(), PracticeStep.SubmitForReview);

        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(otherAuthor, new DeletePractice(draft, draftVersion)));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(cast.Author, new DeletePractice(inReview, inReviewVersion)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(cast.ForeignReviewer, new DeletePractice(draft, draftVersion)));
        await factory.SendAsync(cast.Author, new DeletePractice(draft, draftVersion));
        await factory.SendAsync(cast.Reviewer, new DeletePractice(inReview, inReviewVersion));

        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(cast.Reviewer, new DeletePractice(draft, draftVersion + 1)));
        Assert.Equal(
            new[] { draft, inReview }.Order(),
            (await factory.SendAsync(cast.Admin, new ListDeletedPractices())).Select(item => item.Id).Order());
    }

    private async Task<IReadOnlyList<Guid>> ListedAsync(Actor? reader)
    {
        var network = await factory.SendAsync(reader, new ListPractices(new PracticeFilter(IncludeArchived: true), PageSize: 100));
        var own = await factory.SendAsync(reader, new ListMunicipalityPractices(PageSize: 100));
        Assert.Equal(network.Total, network.Items.Count);
        return [.. network.Items.Select(item => item.Id), .. own.Items.Select(item => item.Id)];
    }
}
