using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Host.Authorization;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.IntegrationTests;

/// <summary>A member acting for their municipality with <see cref="Roles"/>; null stands for an anonymous visitor.</summary>
internal sealed record Actor(Guid PersonId, Guid MunicipalityId, MunicipalityRoles Roles)
{
    public (Guid PersonId, Guid MunicipalityId) Who => (PersonId, MunicipalityId);
}

/// <summary>Sending practice commands and queries as a given member, and looking at the module's tables behind the queries.</summary>
internal static class PracticeActors
{
    public static async Task<Actor> ActorAsync(this PracticeNetworkFactory factory, string code, MunicipalityRoles roles)
    {
        var (personId, municipalityId) = await factory.NewMemberAsync(code, roles);
        return new Actor(personId, municipalityId, roles);
    }

    public static Task<T> SendAsync<T>(this PracticeNetworkFactory factory, Actor? actor, ICommand<T> command) =>
        factory.RunAsync(actor, async sender => await sender.Send(command));

    public static Task<T> SendAsync<T>(this PracticeNetworkFactory factory, Actor? actor, IQuery<T> query) =>
        factory.RunAsync(actor, async sender => await sender.Send(query));

    public static Task SendAsync(this PracticeNetworkFactory factory, Actor? actor, ICommand command) =>
        factory.RunAsync(actor, async sender => await sender.Send(command));

    public static Task<PracticeDetails?> OpenAsync(this PracticeNetworkFactory factory, Actor? actor, Guid id) =>
        factory.SendAsync(actor, new GetPractice(id));

    /// <summary>Creates a draft as <paramref name="author"/> and takes <paramref name="steps"/> (submit and return by the author, the rest by <paramref name="reviewer"/>); returns its id and version.</summary>
    public static async Task<(Guid Id, int Version)> PracticeAsync(
        this PracticeNetworkFactory factory, Actor author, Actor? reviewer, PracticeContent content, params WorkflowStep[] steps)
    {
        var id = await factory.SendAsync(author, new CreatePractice(content));
        var version = 0;
        foreach (var step in steps)
        {
            var actor = step == WorkflowStep.SubmitForReview ? author : reviewer ?? throw new ArgumentNullException(nameof(reviewer));
            var comment = step == WorkflowStep.ReturnToAuthor ? "Täydennä tuloksia." : null;
            version = await factory.SendAsync(actor, new ChangePracticeStatus(id, step, version, comment));
        }

        return (id, version);
    }

    /// <summary>Reads the module's tables as the database holds them (no tenant filter): what a query could never show.</summary>
    public static Task<T> TablesAsync<T>(this PracticeNetworkFactory factory, Func<PracticesDbContext, Task<T>> read) =>
        factory.InScopeAsync(null, services => read(services.GetRequiredService<PracticesDbContext>()));

    public static Task<List<OutboxMessage>> OutboxAsync(this PracticeNetworkFactory factory, Guid practiceId) =>
        factory.TablesAsync(db => db.Outbox.AsNoTracking().Where(message => !EF.Functions.Like(message.Type, OutboxMessage.IndexOnlyPrefix + "%") && message.SubjectId == practiceId).OrderBy(message => message.OccurredAt).ToListAsync());

    private static Task<T> RunAsync<T>(this PracticeNetworkFactory factory, Actor? actor, Func<ISender, Task<T>> work) =>
        actor is null ? factory.AnonymouslyAsync(work) : factory.AsMemberAsync(actor.Who, actor.Roles, work);
}
