using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Host.Infrastructure;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Files;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.IntegrationTests;

/// <summary>The host with small attachment limits (2 KB, three per practice), so that the limits are cheap to reach.</summary>
public sealed class SmallAttachmentsFactory : PracticeNetworkFactory
{
    public const int MaxBytes = 2048;
    public const int MaxPerItem = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Attachments:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Attachments:MaxPerPractice", MaxPerItem.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Attachments: allowed files in and out byte for byte, everything else refused on the file field, and only for readers of the practice.</summary>
public sealed class PracticeAttachmentTests(SmallAttachmentsFactory factory) : IClassFixture<SmallAttachmentsFactory>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8];

    private static MemoryStream Stream(byte[] bytes) => new(bytes);

    private Task<Guid> AddAsync(Actor actor, Guid id, string fileName, byte[] bytes) =>
        factory.SendAsync(actor, new AddPracticeAttachment(id, fileName, Stream(bytes)));

    private int StoredFiles()
    {
        var folder = factory.Services.GetRequiredService<StorageSettings>().FilesFolder;
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;
    }

    [Fact]
    public async Task An_allowed_file_is_stored_and_opens_with_our_content_type_and_the_same_bytes()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var (id, _) = await factory.PracticeAsync(author, null, Practices.SampleContent());

        var pdf = await AddAsync(author, id, "C:\\fakepath\\Loppuraportti \"2024\".pdf", Pdf);
        var table = Encoding.UTF8.GetBytes("kunta;määrä\nKärkölä;12\n");
        var csv = await AddAsync(author, id, "tilasto.csv", table);

        var details = await factory.OpenAsync(author, id);
        Assert.Equal(
            [("Loppuraportti 2024.pdf", "application/pdf", (long)Pdf.Length), ("tilasto.csv", "text/csv; charset=utf-8", (long)table.Length)],
            details!.Attachments.Select(attachment => (attachment.FileName, attachment.ContentType, attachment.Length)));
        var opened = await factory.SendAsync(author, new OpenPracticeAttachment(id, pdf));
        Assert.Equal(("Loppuraportti 2024.pdf", "application/pdf", (long)Pdf.Length), (opened!.FileName, opened.ContentType, opened.Length));
        await using (opened.Content)
        {
            using var copy = new MemoryStream();
            await opened.Content.CopyToAsync(copy);
            Assert.Equal(Pdf, copy.ToArray());
        }

        Assert.NotEqual(pdf, csv);
        Assert.Contains((await factory.SendAsync(author, new GetPracticeHistory(id)))!.Changes,
            change => change.Kind == ContentChangeKind.AttachmentAdded && change.Comment == "Loppuraportti 2024.pdf");
    }

    public static TheoryData<string, byte[]> Refused() => new()
    {
        { "ohjelma.exe", [0x4D, 0x5A, 0x90, 0x00] },
        { "raportti.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03] },
        { "sivu.html", [.. "<html><body>Hei</body></html>"u8] },
        { "muistio.txt", [0x48, 0x65, 0x69, 0x00, 0x21] },
        { "tyhja.pdf", [] },
        { ".pdf", Pdf },
        { "\r\n", Pdf },
        { "raportti." + new string('x', 300), Pdf },
        { "iso.txt", Encoding.UTF8.GetBytes(new string('a', SmallAttachmentsFactory.MaxBytes + 1)) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_file_is_a_validation_error_on_the_file_field_and_nothing_is_kept(string fileName, byte[] bytes)
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var (id, _) = await factory.PracticeAsync(author, null, Practices.SampleContent());
        var storedBefore = StoredFiles();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => AddAsync(author, id, fileName, bytes));

        Assert.Equal(["file"], refused.Errors.Keys);
        Assert.Empty((await factory.OpenAsync(author, id))!.Attachments);
        Assert.Equal(storedBefore, StoredFiles());
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_accepted_and_one_byte_more_is_not()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var (id, _) = await factory.PracticeAsync(author, null, Practices.SampleContent());

        await AddAsync(author, id, "raja.txt", Encoding.UTF8.GetBytes(new string('a', SmallAttachmentsFactory.MaxBytes)));
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            AddAsync(author, id, "yli.txt", Encoding.UTF8.GetBytes(new string('a', SmallAttachmentsFactory.MaxBytes + 1))));

        Assert.Equal("The file is larger than 2 KB.", Assert.Single(refused.Errors["file"]));
    }

    [Fact]
    public async Task A_practice_takes_only_so_many_attachments()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var (id, _) = await factory.PracticeAsync(author, null, Practices.SampleContent());
        for (var number = 1; number <= SmallAttachmentsFactory.MaxPerItem; number++)
        {
            await AddAsync(author, id, $"liite{number}.pdf", Pdf);
        }

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => AddAsync(author, id, "liikaa.pdf", Pdf));

        Assert.Equal(["file"], refused.Errors.Keys);
        Assert.Equal(SmallAttachmentsFactory.MaxPerItem, (await factory.OpenAsync(author, id))!.Attachments.Count);
    }

    [Fact]
    public async Task Viewers_and_authors_of_published_items_cannot_add_and_other_municipalities_get_not_found()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("316", MunicipalityRoles.Reviewer);
        var viewer = await factory.ActorAsync("316", MunicipalityRoles.Viewer);
        var espoo = await factory.ActorAsync("049", MunicipalityRoles.MunicipalityAdmin);
        var (draft, _) = await factory.PracticeAsync(author, reviewer, Practices.SampleContent());
        var (published, _) = await factory.PracticeAsync(author, reviewer, Practices.SampleContent(), WorkflowStep.SubmitForReview, WorkflowStep.Publish);
        var attachment = await AddAsync(reviewer, published, "raportti.pdf", Pdf);

        await Assert.ThrowsAsync<ForbiddenException>(() => AddAsync(viewer, published, "katsoja.pdf", Pdf));
        await Assert.ThrowsAsync<NotFoundException>(() => AddAsync(viewer, draft, "katsoja.pdf", Pdf));
        await Assert.ThrowsAsync<ForbiddenException>(() => AddAsync(author, published, "kirjoittaja.pdf", Pdf));
        await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsync(viewer, new RemovePracticeAttachment(published, attachment)));
        await Assert.ThrowsAsync<NotFoundException>(() => AddAsync(espoo, published, "espoo.pdf", Pdf));
        await Assert.ThrowsAsync<NotFoundException>(() => AddAsync(espoo, draft, "espoo.pdf", Pdf));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(espoo, new RemovePracticeAttachment(published, attachment)));

        Assert.Equal(["raportti.pdf"], (await factory.OpenAsync(reviewer, published))!.Attachments.Select(item => item.FileName));
    }

    [Fact]
    public async Task An_attachment_opens_only_for_readers_who_may_open_its_practice()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync("316", MunicipalityRoles.Reviewer);
        var viewer = await factory.ActorAsync("316", MunicipalityRoles.Viewer);
        var espoo = await factory.ActorAsync("049", MunicipalityRoles.Viewer);
        var admin = await factory.ActorAsync("316", MunicipalityRoles.MunicipalityAdmin);
        var network = (await factory.PracticeAsync(author, reviewer, Practices.SampleContent(Audience.Network), WorkflowStep.SubmitForReview, WorkflowStep.Publish)).Id;
        var own = (await factory.PracticeAsync(author, reviewer, Practices.SampleContent(Audience.Internal), WorkflowStep.SubmitForReview, WorkflowStep.Publish)).Id;
        var (deleted, deletedVersion) = await factory.PracticeAsync(author, reviewer, Practices.SampleContent(), WorkflowStep.SubmitForReview, WorkflowStep.Publish);
        var (draft, _) = await factory.PracticeAsync(author, reviewer, Practices.SampleContent());
        var networkFile = await AddAsync(reviewer, network, "verkosto.pdf", Pdf);
        var ownFile = await AddAsync(reviewer, own, "sisainen.pdf", Pdf);
        var deletedFile = await AddAsync(reviewer, deleted, "poistettu.pdf", Pdf);
        var draftFile = await AddAsync(author, draft, "luonnos.pdf", Pdf);
        await factory.SendAsync(reviewer, new DeletePractice(deleted, deletedVersion + 1));

        Assert.Null(await factory.SendAsync(null, new OpenPracticeAttachment(network, networkFile)));
        Assert.NotNull(await OpenAsync(espoo, network, networkFile));
        Assert.Null(await OpenAsync(espoo, own, ownFile));
        Assert.NotNull(await OpenAsync(viewer, own, ownFile));
        Assert.Null(await OpenAsync(viewer, draft, draftFile));
        Assert.NotNull(await OpenAsync(author, draft, draftFile));
        foreach (var reader in new[] { null, author, reviewer, viewer, admin, espoo })
        {
            Assert.Null(await OpenAsync(reader, deleted, deletedFile));
        }

        // An attachment is reached only through its own practice.
        Assert.Null(await OpenAsync(espoo, network, ownFile));
        Assert.Null(await OpenAsync(viewer, own, draftFile));
    }

    [Fact]
    public async Task Removing_an_attachment_deletes_the_stored_file()
    {
        var author = await factory.ActorAsync("316", MunicipalityRoles.Author);
        var (id, _) = await factory.PracticeAsync(author, null, Practices.SampleContent());
        var attachment = await AddAsync(author, id, "poistettava.pdf", Pdf);
        var key = await factory.TablesAsync(db => db.Attachments.IgnoreQueryFilters().Where(item => item.Id == attachment).Select(item => item.StorageKey).SingleAsync());
        var files = factory.Services.GetRequiredService<IFileStore>();
        await using (var stored = await files.OpenAsync(key, CancellationToken.None))
        {
            Assert.NotNull(stored);
        }

        await factory.SendAsync(author, new RemovePracticeAttachment(id, attachment));

        Assert.Null(await files.OpenAsync(key, CancellationToken.None));
        Assert.Empty((await factory.OpenAsync(author, id))!.Attachments);
        Assert.Null(await OpenAsync(author, id, attachment));
        Assert.False(await factory.TablesAsync(db => db.Attachments.IgnoreQueryFilters().AnyAsync(item => item.Id == attachment)));
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync(author, new RemovePracticeAttachment(id, attachment)));
    }

    private async Task<AttachmentContent?> OpenAsync(Actor? reader, Guid practiceId, Guid attachmentId)
    {
        var content = await factory.SendAsync(reader, new OpenPracticeAttachment(practiceId, attachmentId));
        if (content is not null)
        {
            await content.Content.DisposeAsync();
        }

        return content;
    }
}
