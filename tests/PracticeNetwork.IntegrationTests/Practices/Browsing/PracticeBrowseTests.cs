using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// The browse page's filters and paging narrow the results for real, without JavaScript. One data set per host:
/// Kärkölä (Päijät-Häme), Loppi (Kanta-Häme) and Espoo (Uusimaa) practices with different themes, stages and
/// years, an archived one, and 22 Rovaniemi practices for paging.
/// </summary>
public sealed class PracticeBrowseTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const int PagedCount = 22;

    private static readonly ConditionalWeakTable<PracticeNetworkFactory, Task<Data>> Shared = new();

    private sealed record Data(string Run, Dictionary<string, Guid> Ids);

    [Theory]
    [InlineData("kunta=316", new[] { "Kärkölä digi", "Kärkölä koulu" })]
    [InlineData("maakunta=05", new[] { "Loppi digi" })]
    [InlineData("teema=Digitalisation", new[] { "Kärkölä digi", "Loppi digi" })]
    [InlineData("vaihe=Idea", new[] { "Espoo nuoret" })]
    [InlineData("vuosi=2019", new[] { "Espoo vanha" })]
    [InlineData("kunta=316&teema=Education", new[] { "Kärkölä koulu" })]
    [InlineData("maakunta=01&arkistoidut=true", new[] { "Espoo nuoret", "Espoo vanha", "Espoo arkisto" })]
    [InlineData("maakunta=01", new[] { "Espoo nuoret", "Espoo vanha" })]
    public async Task A_filter_shows_exactly_the_matching_practices_and_their_count(string query, string[] expected)
    {
        var data = await Shared.GetValue(factory, CreateAsync);

        var document = await factory.CreateClient().GetDocumentAsync("/kaytannot?" + query);

        Assert.Equal(expected.Select(title => Title(data, title)).Order(), document.CardTitles().Order());
        Assert.Equal(expected.Length == 1 ? "1 käytäntö" : $"{expected.Length} käytäntöä", document.ResultHeading());
    }

    [Fact]
    public async Task The_filter_form_keeps_the_choices_and_shows_them_as_removable_filters()
    {
        var data = await Shared.GetValue(factory, CreateAsync);

        var document = await factory.CreateClient().GetDocumentAsync("/kaytannot?kunta=316&teema=Education&jarjestys=Title");

        Assert.Equal("316", document.QuerySelector("select#kunta option[selected]")!.GetAttribute("value"));
        Assert.Equal("Education", document.QuerySelector("select#teema option[selected]")!.GetAttribute("value"));
        Assert.Equal("Title", document.QuerySelector("select#jarjestys option[selected]")!.GetAttribute("value"));
        Assert.NotNull(document.QuerySelector("form[method=get] fieldset legend"));
        Assert.All(document.QuerySelectorAll("form.practice-filters select, form.practice-filters input"),
            field => Assert.NotNull(document.QuerySelector($"label[for='{field.Id}']")));
        var filters = document.QuerySelectorAll(".active-filters a").ToDictionary(link => link.QuerySelector("span")!.TextContent.Trim(), link => link.GetAttribute("href")!);
        Assert.Equal(["Kunta: Kärkölä", "Teema: Opetus ja koulutus"], filters.Keys);
        Assert.Equal("/kaytannot?teema=Education&jarjestys=Title", filters["Kunta: Kärkölä"]);

        var widened = await factory.CreateClient().GetDocumentAsync(filters["Teema: Opetus ja koulutus"]);
        Assert.Equal([Title(data, "Kärkölä digi"), Title(data, "Kärkölä koulu")], widened.CardTitles());
    }

    [Fact]
    public async Task Paging_keeps_the_filters_and_page_two_shows_the_next_practices()
    {
        var data = await Shared.GetValue(factory, CreateAsync);
        var client = factory.CreateClient();

        var first = await client.GetDocumentAsync("/kaytannot?kunta=698");
        var pager = first.QuerySelector("nav.pager[aria-label]")!;
        var current = pager.QuerySelector("a[aria-current=page]")!;
        var next = pager.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);

        Assert.Equal($"{PagedCount} käytäntöä", first.ResultHeading());
        Assert.Equal(20, first.CardTitles().Count);
        Assert.Equal("Sivu 1", current.TextContent.Trim());
        Assert.Equal("/kaytannot?kunta=698&sivu=2", next);
        Assert.Equal("/kaytannot?kunta=698&sivu=2", pager.QuerySelector("a:not([rel]):not([aria-current])")!.GetAttribute("href"));
        Assert.Equal(2, second.CardTitles().Count);
        Assert.Empty(first.CardLinks().Intersect(second.CardLinks()));
        Assert.Equal(data.Ids.Where(pair => pair.Key.StartsWith("Rovaniemi", StringComparison.Ordinal)).Select(pair => $"/kaytannot/{pair.Value}").Order(),
            first.CardLinks().Concat(second.CardLinks()).Order());
        Assert.Equal("Sivu 2", second.QuerySelector("nav.pager a[aria-current=page]")!.TextContent.Trim());
        Assert.Equal("/kaytannot?kunta=698", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("nav.pager a[rel=next]"));
    }

    [Fact]
    public async Task Sorting_by_title_orders_the_cards_alphabetically()
    {
        var data = await Shared.GetValue(factory, CreateAsync);

        var document = await factory.CreateClient().GetDocumentAsync("/kaytannot?maakunta=01&arkistoidut=true&jarjestys=Title");

        Assert.Equal(new[] { "Espoo arkisto", "Espoo nuoret", "Espoo vanha" }.Select(title => Title(data, title)), document.CardTitles());
        Assert.Equal("Arkistoitu", document.QuerySelector(".practice-card .status-badge--archived")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_card_shows_the_municipality_summary_themes_stage_and_date()
    {
        var data = await Shared.GetValue(factory, CreateAsync);

        var document = await factory.CreateClient().GetDocumentAsync("/kaytannot?vuosi=2019");

        var card = document.QuerySelector(".practice-card")!;
        Assert.Equal($"/kaytannot/{data.Ids["Espoo vanha"]}", card.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("Espoo", card.QuerySelector(".practice-card__meta a[href='/kunnat/049']")!.TextContent.Trim());
        Assert.Contains("Käytössä", card.QuerySelector(".practice-card__meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Julkaistu 15.3.2019", card.QuerySelectorAll(".practice-card__meta span").Select(span => span.TextContent.Trim()).Single(text => text.StartsWith("Julkaistu", StringComparison.Ordinal)));
        Assert.Contains("Toimistopalvelut siirtyivät tiimimalliin.", card.QuerySelector(".practice-card__summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Nuoret"], card.QuerySelectorAll(".theme-list li").Select(item => item.TextContent.Trim()));
    }

    [Fact]
    public async Task Dates_follow_the_readers_language()
    {
        await Shared.GetValue(factory, CreateAsync);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var document = await client.GetDocumentAsync("/kaytannot?vuosi=2019");

        Assert.Equal("1 practice", document.ResultHeading());
        Assert.Contains("Published 3/15/2019", document.QuerySelector(".practice-card__meta")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("teema=Nonsense", "teema")]
    [InlineData("kunta=999", "kunta")]
    [InlineData("maakunta=x1", "maakunta")]
    [InlineData("vuosi=abc", "vuosi")]
    [InlineData("vuosi=20000", "vuosi")]
    public async Task An_unknown_filter_value_is_reported_next_to_its_field_and_not_applied(string query, string field)
    {
        var data = await Shared.GetValue(factory, CreateAsync);

        using var response = await factory.CreateClient().GetAsync("/kaytannot?" + query);
        var document = await Html.ParseAsync(response);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("true", document.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        Assert.Contains("Tuntematon valinta", document.QuerySelector($"#{field}-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{data.Ids.Count - 1} käytäntöä", document.ResultHeading());
    }

    [Fact]
    public async Task No_matches_and_a_page_past_the_end_say_so_and_offer_a_way_back()
    {
        await Shared.GetValue(factory, CreateAsync);

        var none = await factory.CreateClient().GetDocumentAsync("/kaytannot?kunta=091");
        var pastTheEnd = await factory.CreateClient().GetDocumentAsync("/kaytannot?kunta=316&sivu=9");

        Assert.Equal("0 käytäntöä", none.ResultHeading());
        Assert.Contains("Näillä rajauksilla ei löytynyt käytäntöjä.", none.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/kaytannot", none.QuerySelector(".empty-state a")!.GetAttribute("href"));
        Assert.Equal("/kaytannot?kunta=316", pastTheEnd.QuerySelector(".empty-state a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_latest_list_puts_the_most_recently_updated_practice_first_and_says_it_was_updated()
    {
        var data = await Shared.GetValue(factory, CreateAsync);
        var id = data.Ids["Loppi digi"];
        var practice = await factory.AnonymouslyAsync(sender => sender.Send(new GetPractice(id)).AsTask());
        var reviewer = await factory.NewMemberAsync("433", MunicipalityRoles.Reviewer);
        await factory.InScopeAsync(null, services => services.GetRequiredService<PracticesDbContext>().Practices.IgnoreQueryFilters()
            .Where(p => p.Id == id).ExecuteUpdateAsync(set => set.SetProperty(p => p.PublishedAt, DateTimeOffset.UtcNow.AddDays(-3))));
        await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(
            new UpdatePractice(id, practice!.Content with { Summary = "Päivitetty tiivistelmä." }, practice.Version)).AsTask());

        var document = await factory.CreateClient().GetDocumentAsync("/kaytannot/uusimmat");

        Assert.Equal($"/kaytannot/{id}", document.CardLinks()[0]);
        Assert.StartsWith("Päivitetty", document.QuerySelectorAll(".practice-card")[0].QuerySelectorAll(".practice-card__meta span")
            .Select(span => span.TextContent.Trim()).Single(text => text.StartsWith("Päivitetty", StringComparison.Ordinal) || text.StartsWith("Julkaistu", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain($"/kaytannot/{data.Ids["Espoo arkisto"]}", document.CardLinks());
    }

    private static string Title(Data data, string name) => $"{name} {data.Run}";

    private static async Task<Data> CreateAsync(PracticeNetworkFactory factory)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var ids = new Dictionary<string, Guid>();
        async Task<Guid> AddAsync(string code, string name, Theme theme, PracticeStage stage, Audience audience = Audience.Public)
        {
            var content = Practices.SampleContent(audience, $"{name} {run}") with { Themes = [theme], Stage = stage };
            var practice = await factory.PublishedPracticeAsync(code, audience, content);
            ids[name] = practice.Id;
            return practice.Id;
        }

        await AddAsync("316", "Kärkölä digi", Theme.Digitalisation, PracticeStage.Piloted);
        await AddAsync("316", "Kärkölä koulu", Theme.Education, PracticeStage.InUse);
        await AddAsync("433", "Loppi digi", Theme.Digitalisation, PracticeStage.InUse);
        await AddAsync("049", "Espoo nuoret", Theme.Youth, PracticeStage.Idea);
        var old = await AddAsync("049", "Espoo vanha", Theme.Youth, PracticeStage.InUse);
        await factory.InScopeAsync(null, services => services.GetRequiredService<PracticesDbContext>().Practices.IgnoreQueryFilters()
            .Where(p => p.Id == old).ExecuteUpdateAsync(set => set.SetProperty(p => p.PublishedAt, new DateTimeOffset(2019, 3, 15, 10, 0, 0, TimeSpan.Zero))));
        var archived = await factory.PublishedPracticeAsync("049", Audience.Public,
            Practices.SampleContent(Audience.Public, $"Espoo arkisto {run}") with { Themes = [Theme.Youth] });
        await factory.AsMemberAsync(archived.Reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(archived.Id, WorkflowStep.Archive, archived.Version)).AsTask());
        ids["Espoo arkisto"] = archived.Id;

        var author = await factory.NewMemberAsync("698", MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync("698", MunicipalityRoles.Reviewer);
        for (var number = 1; number <= PagedCount; number++)
        {
            var name = "Rovaniemi " + number.ToString("00", CultureInfo.InvariantCulture);
            var id = await factory.CreateDraftAsync(author, Practices.SampleContent(Audience.Public, $"{name} {run}") with { Themes = [Theme.Safety], Stage = PracticeStage.Established });
            await factory.SubmitAndPublishAsync(author, reviewer, id);
            ids[name] = id;
        }

        return new Data(run, ids);
    }
}
