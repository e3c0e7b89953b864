using Mediator;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Test data and shortcuts for good practices: content, acting as a member, and a practice already published.</summary>
internal static class Practices
{
    public static PracticeContent SampleContent(Audience audience = Audience.Public, string title = "Tiimityö toimistopalveluissa") => new(
        title, "Toimistopalvelut siirtyivät tiimimalliin.", "Tarve: työt kasautuivat yksittäisille ihmisille.",
        "Ratkaisu: **tiimit** ja yhteinen työjono.", "Tulokset: sijaistukset sujuvat.", "Resurssit: kaksi työpajaa.",
        "Edellytykset: esihenkilön tuki.", PracticeStage.InUse, EvidenceLevel.Measured, "fi", audience,
        [Theme.PeopleAndLeadership, Theme.CustomerService], ["tiimityö", "toimistopalvelut"], [TargetGroup.MunicipalStaff],
        [new ContactPerson("Liisa Esimerkki", "Toimistopäällikkö", "liisa.esimerkki@example.fi", "+358 40 123 4567")],
        [new ContentLink("Hankkeen loppuraportti", "https://example.fi/raportti")],
        [new Award("Vuoden kehittämisteko", 2021, "Päijät-Hämeen liitto")]);

    /// <summary>Runs <paramref name="work"/> as <paramref name="who"/> acting for their municipality with <paramref name="roles"/>.</summary>
    public static Task<T> AsMemberAsync<T>(this PracticeNetworkFactory factory, (Guid PersonId, Guid MunicipalityId) who, MunicipalityRoles roles, Func<ISender, Task<T>> work) =>
        factory.InScopeAsync(who.MunicipalityId, async services =>
        {
            var member = services.GetRequiredService<CurrentMember>();
            member.Resolve(who.PersonId, displayName: null, isNetworkAdmin: false, [new MembershipSummary(who.MunicipalityId, "000", roles)], who.MunicipalityId);
            return await work(services.GetRequiredService<ISender>());
        });

    public static Task<T> AnonymouslyAsync<T>(this PracticeNetworkFactory factory, Func<ISender, Task<T>> work) =>
        factory.InScopeAsync(null, async services => await work(services.GetRequiredService<ISender>()));

    /// <summary>A practice of <paramref name="code"/> written by a new author and published by a new reviewer there.</summary>
    public static async Task<PublishedPractice> PublishedPracticeAsync(
        this PracticeNetworkFactory factory, string code, Audience audience = Audience.Public, PracticeContent? content = null)
    {
        var author = await factory.NewMemberAsync(code, MunicipalityRoles.Author);
        var reviewer = await factory.NewMemberAsync(code, MunicipalityRoles.Reviewer);
        var id = await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(content ?? SampleContent(audience))).AsTask());
        var version = await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.SubmitForReview, 0)).AsTask());
        version = await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(id, WorkflowStep.Publish, version)).AsTask());
        return new PublishedPractice(id, version, author, reviewer);
    }
}

internal sealed record PublishedPractice(Guid Id, int Version, (Guid PersonId, Guid MunicipalityId) Author, (Guid PersonId, Guid MunicipalityId) Reviewer);
