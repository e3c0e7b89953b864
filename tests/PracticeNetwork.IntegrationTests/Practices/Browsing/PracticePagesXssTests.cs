using AngleSharp.Dom;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// A practice whose every text holds script payloads renders inert on every read page: no script of its own, no
/// event handler attribute, no javascript: address, no injected image or SVG; the payloads show as text.
/// </summary>
public sealed class PracticePagesXssTests(PracticeNetworkFactory factory) : IClassFixture<PracticeNetworkFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string JavaScriptLink = "[x](javascript:alert(1))";
    private const string Svg = "\"><svg onload=alert(1)>";
    private const string All = Script + " " + Image + " " + JavaScriptLink + " " + Svg;
    private const string Code = "564";

    private static PracticeContent Hostile(string marker) => new(
        $"{marker} {All}", $"{marker} {All}", $"# {All}\n\n{All} {marker}", $"{All}\n\n* {Script}\n* {JavaScriptLink}\n\n{marker}",
        $"{marker} <a href=\"javascript:alert(1)\">x</a> {All}", $"{All} | {Svg} |\n|---|---|\n| {Image} | {Script} |", $"> {All} {marker}",
        PracticeStage.InUse, EvidenceLevel.Measured, "fi", Audience.Public,
        [Theme.Safety], [Script, Image, "[x](javascript:alert(1))", Svg], [TargetGroup.Residents],
        [new ContactPerson(Script + " " + Image, Svg + " " + JavaScriptLink, "x@example.fi", "+358 40 1"),
         new ContactPerson(JavaScriptLink + " " + Svg, null, null, null)],
        [new ContentLink(All, "https://example.fi/\"><svg/onload=alert(1)>")],
        [new Award(All, 2020, All)]);

    [Fact]
    public async Task Script_payloads_in_every_field_render_inert_on_every_read_page()
    {
        var author = await factory.NewMemberAsync(Code, MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync(Code, MunicipalityRoles.Reviewer);
        var id = await factory.CreateDraftAsync(author, Hostile("ensin"));
        await factory.AttachAsync(author, MunicipalityRoles.Author, id, Image + ".txt", "x"u8.ToArray());
        var version = await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, 1)).AsTask());
        version = await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.ReturnToAuthor, version, All)).AsTask());
        var returned = await factory.ClientFor(author.PersonId, author.MunicipalityId).GetDocumentAsync($"/kaytannot/{id}");
        version = await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, version)).AsTask());
        version = await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.Publish, version)).AsTask());
        await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new UpdatePractice(id, Hostile("sitten"), version)).AsTask());

        var anonymous = factory.CreateClient();
        var insider = factory.ClientFor(reviewer.PersonId, reviewer.MunicipalityId);
        var pages = new Dictionary<string, IDocument>
        {
            ["returned draft"] = returned,
            ["practice page"] = await anonymous.GetDocumentAsync($"/kaytannot/{id}"),
            ["practice page, reviewer"] = await insider.GetDocumentAsync($"/kaytannot/{id}"),
            ["history"] = await anonymous.GetDocumentAsync($"/kaytannot/{id}/historia"),
            ["history with change log"] = await insider.GetDocumentAsync($"/kaytannot/{id}/historia"),
            ["list"] = await anonymous.GetDocumentAsync($"/kaytannot?kunta={Code}"),
            ["latest"] = await anonymous.GetDocumentAsync("/kaytannot/uusimmat"),
            ["municipality"] = await anonymous.GetDocumentAsync($"/kunnat/{Code}"),
        };

        foreach (var (name, document) in pages)
        {
            AssertInert(name, document);
        }

        Assert.Contains(All, returned.QuerySelector(".review-comment__text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"sitten {All}", pages["practice page"].QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(Script, pages["practice page"].QuerySelector(".tag-list[lang], .practice-taxonomy")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Svg, pages["practice page"].QuerySelector(".contact-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{Image}.txt", pages["practice page"].QuerySelector(".attachment-list")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(pages["history"].QuerySelectorAll(".diff ins"));
        Assert.Contains(All, pages["history with change log"].QuerySelector(".change-log")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"sitten {All}", pages["list"].CardTitles());
        Assert.Contains(pages["municipality"].QuerySelectorAll(".practice-links a"), link => link.TextContent.Contains(Script, StringComparison.Ordinal));
    }

    private static void AssertInert(string page, IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            Assert.True(script.GetAttribute("src")?.StartsWith("/js/", StringComparison.Ordinal) == true, $"{page}: a script that is not ours: {script.OuterHtml}");
        }

        Assert.True(document.QuerySelectorAll("img, svg, iframe, object, embed, style").Length == 0, $"{page}: injected media or style elements");
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: {attribute.Name} on <{element.LocalName}>");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                {
                    Assert.False(attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{page}: {attribute.Name}={attribute.Value}");
                }
            }
        }
    }
}
