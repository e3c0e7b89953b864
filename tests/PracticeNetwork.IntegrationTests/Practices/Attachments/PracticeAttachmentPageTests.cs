using System.Net;
using System.Text;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Web.Pages.Editing;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>A host with small attachment limits, so that "too large" and "too many" are cheap to reach.</summary>
public sealed class PageAttachmentLimitFactory : PracticeNetworkFactory
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

/// <summary>Attachments through the edit page's upload and remove forms.</summary>
public sealed class PracticeAttachmentPageTests(PageAttachmentLimitFactory factory) : IClassFixture<PageAttachmentLimitFactory>
{
    private const string UploadForm = "form.upload-form";
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("Kokouksen muistio\nPäätökset: tiimit aloittavat syksyllä.\n");

    [Fact]
    public async Task An_editor_uploads_an_allowed_file_sees_it_listed_and_removes_it()
    {
        var (session, id, _) = await DraftWithAuthorAsync();
        using var _ = session;
        var editUrl = $"/kaytannot/{id}/muokkaa";
        var page = await session.GetAsync(editUrl);
        Assert.Contains("pdf", page.GetElementById("file-hint")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 kt", page.GetElementById("file-hint")!.TextContent, StringComparison.Ordinal);

        using var uploaded = await FormPost.From(page, UploadForm).SendWithFileAsync(session.Client, "file", "muistio.txt", Text);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Equal($"{editUrl}#liitteet", uploaded.Headers.Location!.OriginalString);
        var listed = await session.GetAsync(editUrl);
        Assert.Equal("Liite lisättiin: muistio.txt", listed.QuerySelector(".notice")!.TextContent);
        Assert.Equal(["muistio.txt"], listed.QuerySelectorAll(".attachment-name").Select(name => name.TextContent).ToArray());

        using var removed = await session.SubmitAsync(listed, editUrl, ".attachment-list form");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var empty = await session.GetAsync(editUrl);
        Assert.Empty(empty.QuerySelectorAll(".attachment-name"));
        Assert.Equal("Liite poistettiin: muistio.txt", empty.QuerySelector(".notice")!.TextContent);
    }

    [Theory]
    [InlineData("ohjelma.exe", "plain", "Tätä tiedostotyyppiä ei voi liittää")]
    [InlineData("raportti.pdf", "plain", "Tiedoston sisältö ei vastaa sen päätettä")]
    [InlineData("iso.txt", "large", "Tiedosto on liian suuri: enintään 2 kt.")]
    [InlineData("tyhja.txt", "empty", "Tiedosto on tyhjä.")]
    public async Task A_refused_file_is_an_error_on_the_file_input(string fileName, string content, string message)
    {
        var (session, id, author) = await DraftWithAuthorAsync();
        using var _ = session;
        var page = await session.GetAsync($"/kaytannot/{id}/muokkaa");
        var bytes = content switch
        {
            "large" => Encoding.UTF8.GetBytes(new string('a', PageAttachmentLimitFactory.MaxBytes + 500)),
            "empty" => [],
            _ => Text,
        };

        using var response = await FormPost.From(page, UploadForm).SendWithFileAsync(session.Client, "file", fileName, bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertFileError(await Html.ParseAsync(response), message);
        Assert.Empty((await factory.PracticeAsAsync(author, MunicipalityRoles.Author, id))!.Attachments);
    }

    [Fact]
    public async Task An_upload_far_over_the_limit_is_not_read_and_comes_back_as_too_large()
    {
        var (session, id, _) = await DraftWithAuthorAsync();
        using var _ = session;
        var page = await session.GetAsync($"/kaytannot/{id}/muokkaa");
        var huge = new byte[PageAttachmentLimitFactory.MaxBytes + AttachmentUploadLimitAttribute.FormMargin + 1];

        using var response = await FormPost.From(page, UploadForm).SendWithFileAsync(session.Client, "file", "valtava.pdf", huge);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var again = await session.GetAsync(response.Headers.Location!.OriginalString);
        AssertFileError(again, "Tiedosto on liian suuri: enintään 2 kt.");
    }

    [Fact]
    public async Task The_attachment_count_limit_is_an_error_on_the_file_input()
    {
        var (session, id, _) = await DraftWithAuthorAsync();
        using var _ = session;
        var editUrl = $"/kaytannot/{id}/muokkaa";
        for (var i = 0; i < PageAttachmentLimitFactory.MaxPerItem; i++)
        {
            using var uploaded = await FormPost.From(await session.GetAsync(editUrl), UploadForm).SendWithFileAsync(session.Client, "file", $"liite{i}.txt", Text);
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        using var oneTooMany = await FormPost.From(await session.GetAsync(editUrl), UploadForm).SendWithFileAsync(session.Client, "file", "liikaa.txt", Text);

        AssertFileError(await Html.ParseAsync(oneTooMany), "enintään 3 liitettä");
    }

    [Fact]
    public async Task Viewers_cannot_upload_and_other_municipalities_get_not_found()
    {
        var (authorSession, id, _) = await DraftWithAuthorAsync();
        using var _ = authorSession;
        var practice = await factory.PublishedPracticeAsync("316", Audience.Network);
        var page = await authorSession.GetAsync($"/kaytannot/{id}/muokkaa");

        var (viewer, _) = await factory.SignedInAsync("316", MunicipalityRoles.Viewer);
        using (viewer)
        {
            var token = await viewer.FormTokenAsync();
            using var onPublished = await FormPost.From(page, UploadForm).Set("__RequestVerificationToken", token)
                .SendWithFileAsync(viewer.Client, "file", "muistio.txt", Text, $"/kaytannot/{practice.Id}/muokkaa?handler=Upload");
            Assert.Equal(HttpStatusCode.Forbidden, onPublished.StatusCode);
        }

        var (foreign, _) = await factory.SignedInAsync("049", MunicipalityRoles.Reviewer);
        using (foreign)
        {
            var token = await foreign.FormTokenAsync();
            using var onDraft = await FormPost.From(page, UploadForm).Set("__RequestVerificationToken", token)
                .SendWithFileAsync(foreign.Client, "file", "muistio.txt", Text, $"/kaytannot/{id}/muokkaa?handler=Upload");
            Assert.Equal(HttpStatusCode.NotFound, onDraft.StatusCode);
        }

        var reviewer = await factory.NewAccountAsync(("316", MunicipalityRoles.Reviewer));
        Assert.Empty((await factory.PracticeAsAsync(reviewer, MunicipalityRoles.Reviewer, practice.Id))!.Attachments);
        Assert.Empty((await factory.PracticeAsAsync(reviewer, MunicipalityRoles.Reviewer, id))!.Attachments);
    }

    private static void AssertFileError(IDocument page, string message)
    {
        var input = page.GetElementById("file")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains("file-error", input.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Contains(message, page.GetElementById("file-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#file", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
    }

    private async Task<(WebSession Session, Guid PracticeId, Accounts.TestAccount Author)> DraftWithAuthorAsync()
    {
        var (session, author) = await factory.SignedInAsync("316", MunicipalityRoles.Author);
        var id = await factory.AsAccountAsync(author, "316", MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(Practices.SampleContent())).AsTask());
        return (session, id, author);
    }
}
