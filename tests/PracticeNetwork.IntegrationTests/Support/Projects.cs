using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Test data and shortcuts for development projects: content, a joint project with its people, the module's tables.</summary>
internal static class Projects
{
    public static ProjectContent SampleContent(Audience audience = Audience.Network, string title = "Toimistopalveluiden kehittäminen",
        ProjectStatus status = ProjectStatus.Ongoing) => new(
        title, "Neljä kuntaa kehittää toimistopalveluja yhdessä.", "Tarve: työ on pirstaleista ja hektistä.",
        "Ratkaisu: yhteiset **valmennuspäivät** ja henkilökohtaiset kehittämistyöt.", "Tulokset: yhteistyö syveni.",
        status, new DateOnly(2019, 9, 1), status == ProjectStatus.Completed ? new DateOnly(2021, 4, 29) : null, "fi", audience,
        [Theme.PeopleAndLeadership, Theme.CustomerService],
        [new PartnerOrganisation("Hyria Koulutus", PartnerKind.EducationProvider, "https://www.hyria.fi")],
        [new FundingSource("Kuntien omarahoitus", 12000m)],
        [new ContactPerson("Lilli Esimerkki", "hankepäällikkö", "lilli@example.fi", null)],
        [new ContentLink("Loppuraportti", "https://example.fi/raportti")],
        [new Award("Vuoden kehittämisteko", 2021, "Päijät-Hämeen liitto")]);

    public static Task<ProjectDetails?> OpenProjectAsync(this PracticeNetworkFactory factory, Actor? actor, Guid id) =>
        factory.SendAsync(actor, new GetProject(id));

    /// <summary>Reads the module's tables as the database holds them (no tenant filter).</summary>
    public static Task<T> ProjectTablesAsync<T>(this PracticeNetworkFactory factory, Func<ProjectsDbContext, Task<T>> read) =>
        factory.InScopeAsync(null, services => read(services.GetRequiredService<ProjectsDbContext>()));

    public static Task<List<OutboxMessage>> ProjectOutboxAsync(this PracticeNetworkFactory factory, Guid projectId) =>
        factory.ProjectTablesAsync(db => db.Outbox.AsNoTracking().Where(message => !EF.Functions.Like(message.Type, OutboxMessage.IndexOnlyPrefix + "%") && message.SubjectId == projectId).OrderBy(message => message.OccurredAt).ToListAsync());

    public static async Task<string[]> ProjectEventsAsync(this PracticeNetworkFactory factory, Guid projectId) =>
        [.. (await factory.ProjectOutboxAsync(projectId)).Select(message => message.Type)];

    /// <summary>
    /// A published joint project owned by <paramref name="ownerCode"/>: its project manager (an author there) and
    /// reviewer, and a participant that accepted with one team member, plus that participant's admin.
    /// </summary>
    public static async Task<JointProject> JointProjectAsync(
        this PracticeNetworkFactory factory, string ownerCode = "316", string participantCode = "433", Audience audience = Audience.Internal)
    {
        var manager = await factory.ActorAsync(ownerCode, MunicipalityRoles.Author);
        var reviewer = await factory.ActorAsync(ownerCode, MunicipalityRoles.Reviewer);
        var admin = await factory.ActorAsync(participantCode, MunicipalityRoles.MunicipalityAdmin);
        var teamMember = await factory.ActorAsync(participantCode, MunicipalityRoles.Author);
        var id = await factory.SendAsync(manager, new CreateProject(SampleContent(audience)));
        var version = await factory.SendAsync(manager, new TakeProjectStep(id, WorkflowStep.SubmitForReview, 0));
        version = await factory.SendAsync(reviewer, new TakeProjectStep(id, WorkflowStep.Publish, version));
        version = await factory.SendAsync(manager, new InviteMunicipality(id, admin.MunicipalityId, version));
        version = await factory.SendAsync(admin, new AnswerProjectInvitation(id, true, [teamMember.PersonId], version));
        return new JointProject(id, version, manager, reviewer, admin, teamMember);
    }
}

internal sealed record JointProject(Guid Id, int Version, Actor Manager, Actor Reviewer, Actor ParticipantAdmin, Actor ParticipantMember);
