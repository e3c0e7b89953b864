using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>
/// Projects for the page tests, made through the module's commands as the people who may make them: a project of
/// one municipality, published or not, joined by others; and a browser (no JavaScript) for any of those people.
/// </summary>
internal static class ProjectPageData
{
    public const string Loppi = "433";
    public const string Hausjarvi = "086";
    public const string Riihimaki = "694";
    public const string Karkola = "316";
    public const string Espoo = "049";

    public static ProjectContent SampleProject(string title, Audience audience = Audience.Public, ProjectStatus status = ProjectStatus.Ongoing) => new(
        title,
        "Kolme kuntaa järjestää **yhteisen** digituen ikäihmisille.",
        "Ikäihmiset tarvitsevat apua digiasioinnissa.\n\n## Tavoitteet\n\n- 500 opastusta",
        "Kirjastot ja vertaisopastajat vuorottelevat.",
        "Ensimmäisen vuoden aikana 200 opastusta.",
        status,
        new DateOnly(2025, 8, 1),
        status == ProjectStatus.Completed ? new DateOnly(2026, 5, 31) : new DateOnly(2027, 6, 30),
        "fi",
        audience,
        [Theme.Digitalisation, Theme.WellbeingAndHealth],
        [new PartnerOrganisation("Hyria Koulutus", PartnerKind.EducationProvider, "https://www.hyria.fi"), new PartnerOrganisation("Laurea", PartnerKind.University)],
        [new FundingSource("Valtionavustus", 120_000m), new FundingSource("Kuntien omarahoitus", 30_000.5m)],
        [new ContactPerson("Liisa Hanke", "Projektipäällikkö", "liisa.hanke@example.fi", "+358 40 765 4321")],
        [new ContentLink("Hankesivu", "https://example.fi/digituki")],
        [new Award("Vuoden digiteko", 2025, "Kuntaliitto")]);

    /// <summary>A person with an account (a name, as real members have) and a membership in <paramref name="code"/>.</summary>
    public static async Task<Actor> PersonAsync(this PracticeNetworkFactory factory, string code, MunicipalityRoles roles)
    {
        var account = await factory.NewAccountAsync((code, roles));
        return new Actor(account.PersonId, await factory.MunicipalityIdAsync(code), roles);
    }

    /// <summary>Submits one of a page's forms as it is (its hidden fields and token), to its action.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IElement form)
    {
        var fields = form.QuerySelectorAll("input[name]").Select(input => new KeyValuePair<string, string>(input.GetAttribute("name")!, input.GetAttribute("value") ?? string.Empty));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(form.GetAttribute("action"), content);
    }

    public static string UniqueTitle(string title) => $"{title} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A draft of <paramref name="author"/>'s municipality, its author its first project manager.</summary>
    public static Task<Guid> DraftProjectAsync(this PracticeNetworkFactory factory, Actor author, ProjectContent content) =>
        factory.SendAsync(author, new CreateProject(content));

    /// <summary>Submitted by the author and published by the reviewer; returns the new version.</summary>
    public static async Task<int> PublishProjectAsync(this PracticeNetworkFactory factory, Actor author, Actor reviewer, Guid id)
    {
        var version = await factory.SendAsync(author, new TakeProjectStep(id, WorkflowStep.SubmitForReview, await factory.ProjectVersionAsync(author, id)));
        return await factory.SendAsync(reviewer, new TakeProjectStep(id, WorkflowStep.Publish, version));
    }

    public static Task<ProjectDetails?> ProjectAsAsync(this PracticeNetworkFactory factory, Actor? reader, Guid id) =>
        factory.SendAsync(reader, new GetProject(id));

    public static async Task<int> ProjectVersionAsync(this PracticeNetworkFactory factory, Actor reader, Guid id) =>
        (await factory.ProjectAsAsync(reader, id) ?? throw new InvalidOperationException($"{reader} cannot open {id}.")).Version;

    /// <summary><paramref name="manager"/> invites <paramref name="admin"/>'s municipality and the admin accepts with <paramref name="team"/>.</summary>
    public static async Task JoinAsync(this PracticeNetworkFactory factory, Actor manager, Guid id, Actor admin, params Actor[] team)
    {
        await factory.SendAsync(manager, new InviteMunicipality(id, admin.MunicipalityId, await factory.ProjectVersionAsync(manager, id)));
        var version = await factory.ProjectVersionAsync(manager, id);
        await factory.SendAsync(admin, new AnswerProjectInvitation(id, Accept: true, [.. team.Select(member => member.PersonId)], version));
    }

    public static async Task<Guid> MilestoneAsync(this PracticeNetworkFactory factory, Actor manager, Guid id, string title, DateOnly due, Guid responsible) =>
        (await factory.SendAsync(manager, new AddMilestone(id, title, due, responsible, await factory.ProjectVersionAsync(manager, id)))).MilestoneId;

    /// <summary>A browser without JavaScript acting as <paramref name="who"/> (anonymous when null), following no redirects.</summary>
    public static HttpClient BrowserFor(this PracticeNetworkFactory factory, Actor? who)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (who is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthentication.PersonHeader, who.PersonId.ToString());
            client.DefaultRequestHeaders.Add(TestAuthentication.MunicipalityHeader, who.MunicipalityId.ToString());
        }

        return client;
    }

    /// <summary>An element's text as a reader reads it: spaces squeezed, the no-break spaces of numbers and dates as spaces.</summary>
    public static string Text(this IDocument document, string selector) =>
        Squeeze(document.QuerySelector(selector)?.TextContent ?? throw new InvalidOperationException($"Nothing matches '{selector}'."));

    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        [.. document.QuerySelectorAll(selector).Select(element => Squeeze(element.TextContent))];

    public static string Squeeze(string text) =>
        string.Join(' ', text.Replace('\u00a0', ' ').Replace('\u202f', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> ProjectCardTitles(this IDocument document) => document.Texts(".project-card__title a");

    public static string? FieldError(this IDocument document, string inputId) => document.GetElementById(inputId + "-error")?.TextContent.Trim();
}
