using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Data;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Processes.Features.Kpis;

/// <summary>
/// The one way KPIs and their values are changed: the acting municipality's own process (another's is a 404), by
/// someone who may work on its KPIs (<see cref="ProcessAccess.MayWorkOnKpis"/>; a reader who may open it but not
/// work on it gets 403), logged in the change log, with the events in the same save.
/// </summary>
internal sealed class KpiWork(ProcessesDbContext db, IReaderContext readers, TimeProvider clock)
{
    private const string Noun = ProcessContentType.Name;

    public sealed record Change(ProcessDescription Process, Guid PersonId, DateTimeOffset Now);

    /// <summary>
    /// Runs <paramref name="change"/> on the process; <paramref name="version"/>, when given, must be the process's
    /// (KPI definitions); measurements carry their own versions. Returns the process's version after the save.
    /// </summary>
    public async Task<int> RunAsync(Guid processId, int? version, string field, Func<Change, Task<IEnumerable<ContentEvent>>> change,
        CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        var process = await db.OwnItemAsync<ProcessDescription>(processId, Noun, cancellationToken).ConfigureAwait(false);
        if (!ProcessAccess.MayWorkOnKpis(reader, process))
        {
            throw process.IsDeleted || !ContentRules.MayOpen(reader, process)
                ? ContentStore.NotFound(Noun)
                : new ForbiddenException("Only the municipality's authors and reviewers work on its KPIs, and not on an archived process.");
        }

        if (version is { } expected)
        {
            ContentStore.EnsureVersion(process, expected, Noun);
        }

        var person = reader.PersonId();
        var now = clock.GetUtcNow();
        var events = (await change(new Change(process, person, now)).ConfigureAwait(false)).ToList();
        db.Changes.Add(new ContentChange(process, person, ContentChangeKind.Edited, now, [field]));
        foreach (var contentEvent in events)
        {
            db.Outbox.Add(IntegrationEvents.ToOutbox(contentEvent));
        }

        if (version is not null)
        {
            db.MarkChanged(process);
        }

        await db.SaveOrConflictAsync(process, Noun, cancellationToken).ConfigureAwait(false);
        return process.Version;
    }

    public static ProcessKpi KpiOf(ProcessDescription process, Guid kpiId) =>
        process.Kpi(kpiId) ?? throw new NotFoundException("No such KPI in this process.");

    public async Task<NetworkKpi?> NetworkKpiAsync(Guid? id, CancellationToken cancellationToken) =>
        id is { } value ? await db.NetworkKpis.SingleOrDefaultAsync(kpi => kpi.Id == value, cancellationToken).ConfigureAwait(false) : null;
}
