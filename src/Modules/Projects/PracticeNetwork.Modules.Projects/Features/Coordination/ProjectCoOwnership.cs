using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Coordination;

/// <summary>What a coordination change sees: the tracked project, who changes it and when.</summary>
internal sealed record Coordination(DevelopmentProject Project, Reader Reader, Guid PersonId, DateTimeOffset Now);

/// <summary>
/// The one co-ownership path (ADR 0010): the only code that writes a project's rows (its shared fields, participants,
/// team, milestones, documents) for a reader who acts for another municipality than the owner. It acts as the owner
/// for exactly one unit of work, and only after the project's own rule (<see cref="ProjectAccess"/>) has allowed this
/// reader this change; the change log records the person. Everything else a participant writes (updates,
/// contributions) is its own municipality's rows and never comes here.
/// </summary>
internal sealed class ProjectCoOwnership(ProjectsDbContext db, ITenantContext tenant, IReaderContext readers, TimeProvider clock)
{
    private const string Noun = ProjectContentType.Name;

    /// <summary>Runs <paramref name="work"/> (the shared content machinery) acting for the project's owner.</summary>
    public async Task<T> AsOwnerAsync<T>(Guid projectId, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var owner = await OwnerOfAsync(projectId, cancellationToken).ConfigureAwait(false) ?? throw ContentStore.NotFound(Noun);
        using (tenant.Change(owner))
        {
            return await work().ConfigureAwait(false);
        }
    }

    public Task AsOwnerAsync(Guid projectId, Func<Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return AsOwnerAsync(projectId, async () =>
        {
            await work().ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Changes the project's participants, team or milestones over <paramref name="version"/>, when
    /// <paramref name="allowed"/>; whoever may not even open the project gets the 404 of a missing one. The change
    /// returns the events it causes, which go to the outbox in the same save, or null when it changed nothing (nothing
    /// is saved or logged, and the version stays). Returns the version after the change.
    /// </summary>
    public Task<int> CoordinateAsync(
        Guid projectId,
        int version,
        string field,
        Func<Reader, DevelopmentProject, bool> allowed,
        string refusal,
        Func<Coordination, IEnumerable<ContentEvent>?> change,
        CancellationToken cancellationToken) =>
        AsOwnerAsync(projectId, async () =>
        {
            var reader = readers.Current;
            var project = await db.OwnItemAsync<DevelopmentProject>(projectId, Noun, cancellationToken).ConfigureAwait(false);
            if (!allowed(reader, project))
            {
                throw project.IsDeleted || !ProjectAccess.MayOpen(reader, project) ? ContentStore.NotFound(Noun) : new ForbiddenException(refusal);
            }

            ContentStore.EnsureVersion(project, version, Noun);
            var person = reader.PersonId();
            var now = clock.GetUtcNow();
            if (change(new Coordination(project, reader, person, now)) is not { } caused)
            {
                return project.Version;
            }

            var events = caused.ToList();
            db.Changes.Add(new ContentChange(project, person, ContentChangeKind.Edited, now, [field]));
            foreach (var contentEvent in events)
            {
                db.Outbox.Add(IntegrationEvents.ToOutbox(contentEvent));
            }

            db.MarkChanged(project);
            await db.SaveOrConflictAsync(project, Noun, cancellationToken).ConfigureAwait(false);
            return project.Version;
        }, cancellationToken);

    /// <summary>The project's owner, read across municipalities (only the owner's id; nothing is shown from it).</summary>
    private async Task<Guid?> OwnerOfAsync(Guid projectId, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(project => project.Id == projectId).Select(project => (Guid?)project.MunicipalityId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
}
