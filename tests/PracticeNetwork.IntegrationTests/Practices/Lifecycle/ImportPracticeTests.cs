using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Importing practices as they are (the demo network, later other systems): dates kept, audience obeyed, never twice, never by members.</summary>
public sealed class ImportPracticeTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private static readonly DateTimeOffset Created = new(2020, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Published = new(2020, 10, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Archived = new(2024, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_imported_published_practice_keeps_its_dates_and_opens_for_its_audience_only()
    {
        var karkola = await factory.MunicipalityIdAsync("316");
        var espoo = await factory.NewMemberAsync("049", MunicipalityRoles.Viewer);
        var publicId = Guid.NewGuid();
        var networkId = Guid.NewGuid();
        var internalId = Guid.NewGuid();
        foreach (var (id, audience) in new[] { (publicId, Audience.Public), (networkId, Audience.Network), (internalId, Audience.Internal) })
        {
            Assert.True(await ImportAsync(karkola, PublishedImport(id, audience)));
        }

        var opened = await OpenAnonymouslyAsync(publicId);
        Assert.NotNull(opened);
        Assert.Equal(karkola, opened.MunicipalityId);
        Assert.Equal(PublicationStatus.Published, opened.Status);
        Assert.Equal(1, opened.RevisionNumber);
        Assert.Equal(Created, opened.CreatedAt);
        Assert.Equal(Published, opened.PublishedAt);
        Assert.Equal(Published, opened.UpdatedAt);
        Assert.Equal("Tiimityö toimistopalveluissa", opened.Content.Title);

        Assert.Null(await OpenAnonymouslyAsync(networkId));
        Assert.NotNull(await factory.AsMemberAsync(espoo, MunicipalityRoles.Viewer, sender => sender.Send(new GetPractice(networkId)).AsTask()));
        Assert.Null(await factory.AsMemberAsync(espoo, MunicipalityRoles.Viewer, sender => sender.Send(new GetPractice(internalId)).AsTask()));

        var published2020 = await factory.AnonymouslyAsync(sender =>
            sender.Send(new ListPractices(new PracticeFilter([karkola], Year: 2020), PageSize: 100)).AsTask());
        Assert.Contains(published2020.Items, item => item.Id == publicId);
        Assert.DoesNotContain(published2020.Items, item => item.Id == networkId || item.Id == internalId);
    }

    [Fact]
    public async Task An_import_lands_in_the_acting_municipality_with_its_history_and_no_news()
    {
        var espoo = await factory.MunicipalityIdAsync("049");
        var author = await factory.NewMemberAsync("049", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("049", MunicipalityRoles.Reviewer);
        var id = Guid.NewGuid();

        Assert.True(await ImportAsync(espoo, PublishedImport(id, Audience.Public) with
        {
            Status = PublicationStatus.Archived, ArchivedAt = Archived, CreatedBy = author.PersonId, ReviewedBy = reviewer.PersonId,
        }));

        var history = await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new GetPracticeHistory(id)).AsTask());
        Assert.NotNull(history);
        Assert.Equal(
            [(ContentChangeKind.Archived, Archived, reviewer.PersonId), (ContentChangeKind.Published, Published, reviewer.PersonId), (ContentChangeKind.Created, Created, author.PersonId)],
            history.Changes.Select(change => (change.Kind, change.At, change.PersonId)));
        var revision = Assert.Single(history.Revisions);
        Assert.Equal((1, Published, reviewer.PersonId), (revision.Number, revision.PublishedAt, revision.PublishedBy));

        var stored = await factory.InScopeAsync(null, async services =>
        {
            var db = services.GetRequiredService<PracticesDbContext>();
            var owner = await db.Practices.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => p.MunicipalityId).SingleAsync();
            // No news: the only row tells the search indexes, and the dispatcher never reads it.
            var news = await db.Outbox.IgnoreQueryFilters().CountAsync(message => message.SubjectId == id && message.ProcessedAt == null);
            var forTheIndex = await db.Outbox.IgnoreQueryFilters().CountAsync(message => message.SubjectId == id && message.ProcessedAt != null);
            return (owner, news, forTheIndex);
        });
        Assert.Equal((espoo, 0, 1), stored);
        var archived = await OpenAnonymouslyAsync(id);
        Assert.Equal((espoo, PublicationStatus.Archived, Archived), (archived!.MunicipalityId, archived.Status, archived.UpdatedAt));
    }

    [Fact]
    public async Task Importing_the_same_id_again_changes_nothing()
    {
        var karkola = await factory.MunicipalityIdAsync("316");
        var id = Guid.NewGuid();
        Assert.True(await ImportAsync(karkola, PublishedImport(id, Audience.Public)));
        var before = await OpenAnonymouslyAsync(id);

        var again = PublishedImport(id, Audience.Public) with { Content = Practices.SampleContent(title: "Toinen otsikko") };
        Assert.False(await ImportAsync(karkola, again));

        var after = await OpenAnonymouslyAsync(id);
        Assert.Equal((before!.Version, before.Content.Title, before.UpdatedAt), (after!.Version, after.Content.Title, after.UpdatedAt));
        var espoo = await factory.MunicipalityIdAsync("049");
        var elsewhere = await Assert.ThrowsAsync<ConflictException>(() => ImportAsync(espoo, again));
        Assert.Equal("PracticeIdTaken", elsewhere.Code);
    }

    [Fact]
    public async Task Drafts_in_review_and_returned_drafts_are_seen_only_by_their_author_and_reviewers()
    {
        var karkola = await factory.MunicipalityIdAsync("316");
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        var inReview = Guid.NewGuid();
        var returned = Guid.NewGuid();
        var submitted = Created.AddDays(3);
        await ImportAsync(karkola, Draft(inReview, author.PersonId) with { Status = PublicationStatus.InReview, UpdatedAt = submitted });
        await ImportAsync(karkola, Draft(returned, author.PersonId) with { ReviewComment = "Lisää tulokset lukuina.", ReviewedBy = reviewer.PersonId, UpdatedAt = submitted });

        var waiting = await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new GetPractice(inReview)).AsTask());
        Assert.Equal((PublicationStatus.InReview, submitted), (waiting!.Status, waiting.UpdatedAt));
        Assert.Contains(WorkflowStep.Publish, waiting.Permissions.Steps);
        var back = await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new GetPractice(returned)).AsTask());
        Assert.Equal((PublicationStatus.Draft, "Lisää tulokset lukuina."), (back!.Status, back.ReviewComment));
        Assert.True(back.Permissions.CanEdit);
        Assert.Null(await OpenAnonymouslyAsync(inReview));
        Assert.Null(await OpenAnonymouslyAsync(returned));
    }

    [Fact]
    public async Task A_signed_in_member_cannot_import_even_as_an_admin()
    {
        var admin = await factory.NewMemberAsync("316", MunicipalityRoles.MunicipalityAdmin | MunicipalityRoles.Reviewer);
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<ForbiddenException>(() => factory.AsMemberAsync(admin, MunicipalityRoles.MunicipalityAdmin | MunicipalityRoles.Reviewer,
            sender => sender.Send(new ImportPractice(id, Practices.SampleContent(), PublicationStatus.Published, admin.PersonId, Created, Published, null, null)).AsTask()));

        var stored = await factory.InScopeAsync(null, services =>
            services.GetRequiredService<PracticesDbContext>().Practices.IgnoreQueryFilters().AnyAsync(p => p.Id == id));
        Assert.False(stored);
    }

    [Fact]
    public async Task Invalid_content_and_inconsistent_dates_are_refused_with_field_names()
    {
        var karkola = await factory.MunicipalityIdAsync("316");
        var invalid = PublishedImport(Guid.NewGuid(), Audience.Public) with
        {
            Content = Practices.SampleContent() with { Title = " ", Themes = [] },
            PublishedAt = Created.AddDays(-1),
            ReviewComment = "Ei kuulu julkaistulle.",
        };

        var failure = await Assert.ThrowsAsync<RequestValidationException>(() => ImportAsync(karkola, invalid));

        Assert.Equal(["publishedAt", "reviewComment", "themes", "title"], failure.Errors.Keys.Order());
        var noDate = await Assert.ThrowsAsync<RequestValidationException>(() => ImportAsync(karkola, Draft(Guid.NewGuid(), Guid.NewGuid()) with { Status = PublicationStatus.Archived }));
        Assert.Equal(["archivedAt", "publishedAt"], noDate.Errors.Keys.Order());
    }

    [Fact]
    public async Task An_imported_attachment_keeps_its_id_and_date_opens_with_its_practice_and_is_imported_once()
    {
        var karkola = await factory.MunicipalityIdAsync("316");
        var uploader = Guid.NewGuid();
        var publicId = Guid.NewGuid();
        var networkId = Guid.NewGuid();
        await ImportAsync(karkola, PublishedImport(publicId, Audience.Public));
        await ImportAsync(karkola, PublishedImport(networkId, Audience.Network));
        var attachmentId = Guid.NewGuid();
        var uploaded = Published.AddDays(1);

        Assert.True(await ImportAttachmentAsync(karkola, new ImportPracticeAttachment(publicId, attachmentId, "ohje.pdf", Pdf(), uploader, uploaded)));
        Assert.False(await ImportAttachmentAsync(karkola, new ImportPracticeAttachment(publicId, attachmentId, "ohje.pdf", Pdf(), uploader, uploaded)));
        var hidden = Guid.NewGuid();
        Assert.True(await ImportAttachmentAsync(karkola, new ImportPracticeAttachment(networkId, hidden, "ohje.pdf", Pdf(), uploader, uploaded)));

        var practice = await OpenAnonymouslyAsync(publicId);
        var attachment = Assert.Single(practice!.Attachments);
        Assert.Equal((attachmentId, "ohje.pdf", "application/pdf", uploaded), (attachment.Id, attachment.FileName, attachment.ContentType, attachment.UploadedAt));
        var content = await factory.AnonymouslyAsync(sender => sender.Send(new OpenPracticeAttachment(publicId, attachmentId)).AsTask());
        await using (content!.Content)
        {
            using var reader = new StreamReader(content.Content);
            Assert.StartsWith("%PDF-", await reader.ReadToEndAsync());
        }

        Assert.Null(await factory.AnonymouslyAsync(sender => sender.Send(new OpenPracticeAttachment(networkId, hidden)).AsTask()));
    }

    [Fact]
    public async Task An_imported_attachment_passes_the_upload_checks_and_never_comes_from_a_member()
    {
        var karkola = await factory.MunicipalityIdAsync("316");
        var espoo = await factory.MunicipalityIdAsync("049");
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        var id = Guid.NewGuid();
        await ImportAsync(karkola, PublishedImport(id, Audience.Public));

        var renamed = await Assert.ThrowsAsync<RequestValidationException>(() =>
            ImportAttachmentAsync(karkola, new ImportPracticeAttachment(id, Guid.NewGuid(), "ohje.pdf", new MemoryStream("<html>"u8.ToArray()), reviewer.PersonId, Published)));
        Assert.Equal(["file"], renamed.Errors.Keys);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            ImportAttachmentAsync(espoo, new ImportPracticeAttachment(id, Guid.NewGuid(), "ohje.pdf", Pdf(), reviewer.PersonId, Published)));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender =>
            sender.Send(new ImportPracticeAttachment(id, Guid.NewGuid(), "ohje.pdf", Pdf(), reviewer.PersonId, Published)).AsTask()));

        // A member's upload goes through the same checks.
        var memberRenamed = await Assert.ThrowsAsync<RequestValidationException>(() => factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender =>
            sender.Send(new AddPracticeAttachment(id, "ohje.pdf", new MemoryStream("<html>"u8.ToArray()))).AsTask()));
        Assert.Equal(["file"], memberRenamed.Errors.Keys);
        await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new AddPracticeAttachment(id, "liite.pdf", Pdf())).AsTask());
        Assert.Equal(["liite.pdf"], (await OpenAnonymouslyAsync(id))!.Attachments.Select(attachment => attachment.FileName));
    }

    private static ImportPractice PublishedImport(Guid id, Audience audience) =>
        new(id, Practices.SampleContent(audience), PublicationStatus.Published, Guid.NewGuid(), Created, Published, null, null);

    private static ImportPractice Draft(Guid id, Guid author) =>
        new(id, Practices.SampleContent(), PublicationStatus.Draft, author, Created, null, null, null);

    private static MemoryStream Pdf() => new("%PDF-1.4\n%%EOF\n"u8.ToArray());

    private Task<bool> ImportAttachmentAsync(Guid municipalityId, ImportPracticeAttachment command) =>
        factory.InScopeAsync(municipalityId, async services => await services.GetRequiredService<ISender>().Send(command));

    /// <summary>As background work does: no one signed in, acting for the municipality.</summary>
    private Task<bool> ImportAsync(Guid municipalityId, ImportPractice command) =>
        factory.InScopeAsync(municipalityId, async services => await services.GetRequiredService<ISender>().Send(command));

    private Task<PracticeDetails?> OpenAnonymouslyAsync(Guid id) =>
        factory.AnonymouslyAsync(sender => sender.Send(new GetPractice(id)).AsTask());
}
