using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The first slice of good practices: drafts, review, publication and who may open what, on the real database.</summary>
public sealed class PracticeWorkflowTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private static PracticeContent Text(Audience audience) => Practices.SampleContent(audience);

    [Fact]
    public async Task A_draft_is_seen_by_its_author_and_own_reviewers_only_and_is_stamped_with_the_municipality()
    {
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        var viewer = await factory.NewMemberAsync("316", MunicipalityRoles.Viewer);
        var espoo = await factory.NewMemberAsync("049", MunicipalityRoles.Reviewer);

        var id = await AsAsync(author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Text(Audience.Public))).AsTask());

        Assert.NotNull(await OpenAsync(author, MunicipalityRoles.Author, id));
        Assert.NotNull(await OpenAsync(reviewer, MunicipalityRoles.Reviewer, id));
        Assert.Null(await OpenAsync(viewer, MunicipalityRoles.Viewer, id));
        Assert.Null(await OpenAsync(espoo, MunicipalityRoles.Reviewer, id));
        Assert.Null(await OpenAnonymouslyAsync(id));
        var owner = await factory.InScopeAsync(null, services =>
            services.GetRequiredService<PracticesDbContext>().Practices.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => p.MunicipalityId).SingleAsync());
        Assert.Equal(author.MunicipalityId, owner);
    }

    [Fact]
    public async Task A_reviewer_publishes_and_the_audience_decides_who_opens_it()
    {
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        var espoo = await factory.NewMemberAsync("049", MunicipalityRoles.Viewer);
        var networkOnly = await AsAsync(author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Text(Audience.Network))).AsTask());
        var everyone = await AsAsync(author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Text(Audience.Public))).AsTask());

        foreach (var id in new[] { networkOnly, everyone })
        {
            await AsAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, 0)).AsTask());
            await AsAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.Publish, 1)).AsTask());
        }

        Assert.Equal(PublicationStatus.Published, (await OpenAsync(espoo, MunicipalityRoles.Viewer, networkOnly))!.Status);
        Assert.Null(await OpenAnonymouslyAsync(networkOnly));
        Assert.NotNull(await OpenAnonymouslyAsync(everyone));
    }

    [Fact]
    public async Task Authors_cannot_publish_viewers_cannot_write_and_other_municipalities_cannot_touch()
    {
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var viewer = await factory.NewMemberAsync("316", MunicipalityRoles.Viewer);
        var espooReviewer = await factory.NewMemberAsync("049", MunicipalityRoles.Reviewer);
        var id = await AsAsync(author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Text(Audience.Public))).AsTask());

        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.Publish, 0)).AsTask()));
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(viewer, MunicipalityRoles.Viewer, sender => sender.Send(new CreatePractice(Text(Audience.Public))).AsTask()));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync(espooReviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.Publish, 0)).AsTask()));
        await Assert.ThrowsAsync<ConflictException>(() => AsAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, 7)).AsTask()));
    }

    [Fact]
    public async Task Invalid_text_is_a_validation_failure_with_field_names()
    {
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var invalid = Text(Audience.Public) with { Title = " ", Language = "de" };

        var failure = await Assert.ThrowsAsync<RequestValidationException>(() =>
            AsAsync(author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(invalid)).AsTask()));

        Assert.Contains("title", failure.Errors.Keys);
        Assert.Contains("language", failure.Errors.Keys);
    }

    private Task<T> AsAsync<T>((Guid PersonId, Guid MunicipalityId) who, MunicipalityRoles roles, Func<ISender, Task<T>> work) =>
        factory.AsMemberAsync(who, roles, work);

    private Task<PracticeDetails?> OpenAsync((Guid PersonId, Guid MunicipalityId) who, MunicipalityRoles roles, Guid id) =>
        AsAsync(who, roles, sender => sender.Send(new GetPractice(id)).AsTask());

    private Task<PracticeDetails?> OpenAnonymouslyAsync(Guid id) =>
        factory.InScopeAsync(null, async services => await services.GetRequiredService<ISender>().Send(new GetPractice(id)));
}
