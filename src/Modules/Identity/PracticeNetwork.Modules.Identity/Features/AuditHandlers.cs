using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Data;
using PracticeNetwork.Modules.Identity.Domain;

namespace PracticeNetwork.Modules.Identity.Features;

internal sealed class RecordAuditHandler(AccountsDbContext db, TimeProvider clock) : ICommandHandler<RecordAudit>
{
    public async ValueTask<Unit> Handle(RecordAudit command, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), command.Action, command.ActorId, Truncate(command.Subject, 256), command.MunicipalityId, Truncate(command.Details, 2000)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    private static string Truncate(string? text, int length) => text is null ? string.Empty : text.Length <= length ? text : text[..length];
}

internal sealed class ListAuditEntriesHandler(AccountsDbContext db) : IQueryHandler<ListAuditEntries, IReadOnlyList<AuditEntrySummary>>
{
    public async ValueTask<IReadOnlyList<AuditEntrySummary>> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Action))
        {
            entries = entries.Where(entry => entry.Action == query.Action);
        }

        var page = await (
            from entry in entries
            join account in db.Users on entry.ActorId equals account.Id into actors
            from actor in actors.DefaultIfEmpty()
            orderby entry.At descending
            select new AuditEntrySummary(entry.At, entry.Action, entry.ActorId, actor == null ? null : actor.DisplayName, entry.Subject, entry.MunicipalityId, entry.Details))
            .Take(Math.Clamp(query.Take, 1, 1000))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return page;
    }
}
