using System.Net;
using System.Text;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Attachment downloads: the stored type, a download with the real name, never sniffed, never across tenants.</summary>
public sealed class PracticeAttachmentDownloadTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% test file\n");

    [Fact]
    public async Task A_public_attachment_downloads_with_its_type_name_and_nosniff()
    {
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        var id = await factory.CreateDraftAsync(author, Practices.SampleContent(Audience.Public));
        var text = "Käyttöohje: tiimit ja työjono.\n"u8.ToArray();
        var textId = await factory.AttachAsync(author, MunicipalityRoles.Author, id, "Käyttöohje ä.txt", text);
        var pdfId = await factory.AttachAsync(author, MunicipalityRoles.Author, id, "raportti.pdf", Pdf);
        await factory.SubmitAndPublishAsync(author, reviewer, id);

        using var response = await factory.CreateClient().GetAsync($"/kaytannot/{id}/liitteet/{textId}");
        using var pdf = await factory.CreateClient().GetAsync($"/kaytannot/{id}/liitteet/{pdfId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Käyttöohje ä.txt", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''K%C3%A4ytt%C3%B6ohje%20%C3%A4.txt", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(text, await response.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("raportti.pdf", pdf.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(Pdf, await pdf.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_internal_attachment_is_private_to_its_municipality_and_never_cached()
    {
        var author = await factory.NewMemberAsync("049", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("049", MunicipalityRoles.Reviewer);
        var viewer = await factory.NewMemberAsync("049", MunicipalityRoles.Viewer);
        var foreignAdmin = await factory.NewMemberAsync("091", MunicipalityRoles.MunicipalityAdmin | MunicipalityRoles.Reviewer);
        var id = await factory.CreateDraftAsync(author, Practices.SampleContent(Audience.Internal));
        var attachmentId = await factory.AttachAsync(author, MunicipalityRoles.Author, id, "sisäinen.pdf", Pdf);
        await factory.SubmitAndPublishAsync(author, reviewer, id);

        using var own = await factory.ClientFor(viewer.PersonId, viewer.MunicipalityId).GetAsync($"/kaytannot/{id}/liitteet/{attachmentId}");
        using var foreign = await factory.ClientFor(foreignAdmin.PersonId, foreignAdmin.MunicipalityId).GetAsync($"/kaytannot/{id}/liitteet/{attachmentId}");
        using var anonymous = await factory.CreateClient().GetAsync($"/kaytannot/{id}/liitteet/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.True(own.Headers.CacheControl!.Private);
        Assert.True(own.Headers.CacheControl.NoStore);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.DoesNotContain("%PDF", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_opens_only_under_its_own_practice()
    {
        var first = await factory.PublishedPracticeAsync("316");
        var second = await factory.PublishedPracticeAsync("049");
        var attachmentId = await factory.AttachAsync(first.Reviewer, MunicipalityRoles.Reviewer, first.Id, "liite.pdf", Pdf);

        using var wrongPractice = await factory.CreateClient().GetAsync($"/kaytannot/{second.Id}/liitteet/{attachmentId}");
        using var unknown = await factory.CreateClient().GetAsync($"/kaytannot/{first.Id}/liitteet/{Guid.NewGuid()}");
        using var right = await factory.CreateClient().GetAsync($"/kaytannot/{first.Id}/liitteet/{attachmentId}");

        Assert.Equal(HttpStatusCode.NotFound, wrongPractice.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task A_drafts_attachment_is_only_for_its_author_and_own_reviewers()
    {
        var author = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var otherAuthor = await factory.NewMemberAsync("316", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("316", MunicipalityRoles.Reviewer);
        var foreignReviewer = await factory.NewMemberAsync("049", MunicipalityRoles.Reviewer);
        var id = await factory.CreateDraftAsync(author, Practices.SampleContent(Audience.Public));
        var attachmentId = await factory.AttachAsync(author, MunicipalityRoles.Author, id, "luonnos.pdf", Pdf);
        var url = $"/kaytannot/{id}/liitteet/{attachmentId}";

        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(author.PersonId, author.MunicipalityId).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(reviewer.PersonId, reviewer.MunicipalityId).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(otherAuthor.PersonId, otherAuthor.MunicipalityId).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.ClientFor(foreignReviewer.PersonId, foreignReviewer.MunicipalityId).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_API_download_answers_with_the_same_type_name_and_caching_as_the_page()
    {
        var practice = await factory.PublishedPracticeAsync("316");
        var attachmentId = await factory.AttachAsync(practice.Reviewer, MunicipalityRoles.Reviewer, practice.Id, "Käyttöohje ä.txt", "ohje\n"u8.ToArray());

        using var page = await factory.CreateClient().GetAsync($"/kaytannot/{practice.Id}/liitteet/{attachmentId}");
        using var api = await factory.CreateClient().GetAsync($"/api/v1/practices/{practice.Id}/attachments/{attachmentId}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (page.StatusCode, api.StatusCode));
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        Assert.Equal(page.Headers.CacheControl?.ToString(), api.Headers.CacheControl?.ToString());
        Assert.Equal(page.Content.Headers.ContentType?.ToString(), api.Content.Headers.ContentType?.ToString());
        Assert.Equal(page.Content.Headers.GetValues("Content-Disposition").Single(), api.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", api.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(await page.Content.ReadAsByteArrayAsync(), await api.Content.ReadAsByteArrayAsync());
    }
}
