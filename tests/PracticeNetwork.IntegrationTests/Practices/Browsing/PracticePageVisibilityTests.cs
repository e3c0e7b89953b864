using System.Net;
using System.Runtime.CompilerServices;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// Who sees which practice on every read page: readers × a draft and internal, network and public practices of
/// Loppi, on the practice page, its history, its attachment, the browse list (items and count), the latest list
/// and the municipality page. A page never shows what the practice page would refuse.
/// </summary>
public sealed class PracticePageVisibilityTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string Owner = "433";
    private const string Foreign = "086";

    public enum Reader
    {
        Anonymous,
        ViewerOwn,
        ViewerForeign,
        Author,
        Reviewer,
    }

    public enum Kind
    {
        Draft,
        Internal,
        Network,
        Public,
    }

    private static readonly ConditionalWeakTable<PracticeNetworkFactory, Task<Data>> Shared = new();

    private static readonly Dictionary<Kind, Reader[]> SeenBy = new()
    {
        [Kind.Draft] = [Reader.Author, Reader.Reviewer],
        [Kind.Internal] = [Reader.ViewerOwn, Reader.Author, Reader.Reviewer],
        [Kind.Network] = [Reader.ViewerOwn, Reader.ViewerForeign, Reader.Author, Reader.Reviewer],
        [Kind.Public] = [Reader.Anonymous, Reader.ViewerOwn, Reader.ViewerForeign, Reader.Author, Reader.Reviewer],
    };

    private sealed record Item(Guid Id, Guid AttachmentId, string Title);

    private sealed record Data(Dictionary<Reader, (Guid PersonId, Guid MunicipalityId)?> Readers, Dictionary<Kind, Item> Items);

    public static TheoryData<Reader> Readers() => [.. Enum.GetValues<Reader>()];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_practice_page_history_and_attachment_open_exactly_for_those_who_may_see_the_practice(Reader reader)
    {
        var data = await Shared.GetValue(factory, CreateAsync);
        using var client = ClientFor(data, reader);

        foreach (var (kind, item) in data.Items)
        {
            var visible = SeenBy[kind].Contains(reader);
            var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            using var page = await client.GetAsync($"/kaytannot/{item.Id}");
            using var history = await client.GetAsync($"/kaytannot/{item.Id}/historia");
            using var attachment = await client.GetAsync($"/kaytannot/{item.Id}/liitteet/{item.AttachmentId}");

            Assert.True(expected == page.StatusCode, $"{reader} opening the {kind} practice: {page.StatusCode}");
            Assert.True(expected == history.StatusCode, $"{reader} opening the {kind} history: {history.StatusCode}");
            Assert.True(expected == attachment.StatusCode, $"{reader} downloading the {kind} attachment: {attachment.StatusCode}");
            var document = await Html.ParseAsync(page);
            if (visible)
            {
                Assert.Equal(item.Title, document.QuerySelector("h1")!.TextContent.Trim());
            }
            else
            {
                Assert.DoesNotContain(item.Title, document.DocumentElement.OuterHtml, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Lists_and_counts_show_only_the_published_practices_the_reader_may_open(Reader reader)
    {
        var data = await Shared.GetValue(factory, CreateAsync);
        using var client = ClientFor(data, reader);
        var expected = data.Items.Where(item => item.Key != Kind.Draft && SeenBy[item.Key].Contains(reader))
            .Select(item => item.Value.Title).Order().ToList();
        var hidden = data.Items.Values.Select(item => item.Title).Except(expected).ToList();

        var filtered = await client.GetDocumentAsync($"/kaytannot?kunta={Owner}");
        var everything = await client.GetDocumentAsync("/kaytannot");
        var latest = await client.GetDocumentAsync("/kaytannot/uusimmat");
        var municipality = await client.GetDocumentAsync($"/kunnat/{Owner}");

        Assert.Equal(expected, filtered.CardTitles().Order().ToList());
        Assert.Equal(expected.Count == 1 ? "1 käytäntö" : $"{expected.Count} käytäntöä", filtered.ResultHeading());
        var sectionTitles = municipality.QuerySelectorAll(".municipality-practices .practice-links a").Select(link => link.TextContent.Trim()).Order().ToList();
        Assert.Equal(expected, sectionTitles);
        foreach (var title in hidden)
        {
            Assert.DoesNotContain(title, everything.CardTitles());
            Assert.DoesNotContain(title, latest.CardTitles());
            Assert.DoesNotContain(title, municipality.DocumentElement.OuterHtml, StringComparison.Ordinal);
        }

        foreach (var title in expected)
        {
            Assert.Contains(title, everything.CardTitles());
            Assert.Contains(title, latest.CardTitles());
        }

        if (expected.Count > 0)
        {
            Assert.Equal($"/kaytannot?kunta={Owner}", municipality.QuerySelector(".municipality-practices p a")!.GetAttribute("href"));
        }
        else
        {
            Assert.NotNull(municipality.QuerySelector(".municipality-practices .empty-state"));
        }
    }

    private HttpClient ClientFor(Data data, Reader reader) =>
        data.Readers[reader] is { } who ? factory.ClientFor(who.PersonId, who.MunicipalityId) : factory.CreateClient();

    private static async Task<Data> CreateAsync(PracticeNetworkFactory factory)
    {
        var author = await factory.NewMemberAsync(Owner, MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync(Owner, MunicipalityRoles.Reviewer);
        var readers = new Dictionary<Reader, (Guid, Guid)?>
        {
            [Reader.Anonymous] = null,
            [Reader.ViewerOwn] = await factory.NewMemberAsync(Owner, MunicipalityRoles.Viewer),
            [Reader.ViewerForeign] = await factory.NewMemberAsync(Foreign, MunicipalityRoles.Viewer),
            [Reader.Author] = author,
            [Reader.Reviewer] = reviewer,
        };

        var items = new Dictionary<Kind, Item>();
        foreach (var kind in Enum.GetValues<Kind>())
        {
            var audience = kind switch
            {
                Kind.Internal => Audience.Internal,
                Kind.Network => Audience.Network,
                _ => Audience.Public,
            };
            var title = $"Näkyvyys {kind} {Guid.NewGuid():N}";
            var id = await factory.CreateDraftAsync(author, Practices.SampleContent(audience, title));
            var attachmentId = await factory.AttachAsync(author, MunicipalityRoles.Author, id, "ohje.txt", "Ohje"u8.ToArray());
            if (kind != Kind.Draft)
            {
                await factory.SubmitAndPublishAsync(author, reviewer, id);
            }

            items[kind] = new Item(id, attachmentId, title);
        }

        return new Data(readers, items);
    }
}
