using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features;

/// <summary>What the write use cases share: loading a practice of the acting municipality, events, and saving with conflict detection.</summary>
internal static class PracticeStore
{
    /// <summary>The acting municipality's practice (the tenant filter makes others' invisible: 404, never 403).</summary>
    public static async Task<GoodPractice> OwnPracticeAsync(this PracticesDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Practices.SingleOrDefaultAsync(practice => practice.Id == id, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException("No such practice in this municipality.");

    /// <summary>
    /// The one reviewed network-wide read of a single practice: any municipality's practice, returned only when
    /// <see cref="PracticeRules.MayOpen"/> allows the reader (a deleted one only when <paramref name="evenDeleted"/>,
    /// and then only for the owner's admins); null looks the same as an id that does not exist.
    /// </summary>
    public static async Task<GoodPractice?> PracticeTheReaderMayOpenAsync(
        this PracticesDbContext db, Reader reader, Guid id, bool evenDeleted, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        return practice is null || (practice.IsDeleted && !evenDeleted) || !PracticeRules.MayOpen(reader, practice) ? null : practice;
    }

    public static void EnsureVersion(GoodPractice practice, int version)
    {
        if (practice.Version != version)
        {
            throw new ConflictException("Someone else changed this practice after you opened it. Reload it and make your change again.",
                "StalePractice", practice.Version);
        }
    }

    /// <summary>
    /// A change to what a reader of the practice sees outside its own row (its files): the version moves on, so the
    /// ETag a client holds no longer matches (no stale 304) and a concurrent save over the old version is a conflict.
    /// </summary>
    public static void MarkChanged(this PracticesDbContext db, GoodPractice practice) =>
        db.Entry(practice).Property(p => p.Version).IsModified = true;

    /// <summary>Adds an outbox event in the same unit of work as the change.</summary>
    public static void AddEvent(this PracticesDbContext db, string type, GoodPractice practice, Guid personId, DateTimeOffset now, object? details = null)
    {
        var payload = JsonSerializer.Serialize(new
        {
            practiceId = practice.Id,
            municipalityId = practice.MunicipalityId,
            title = practice.Title,
            audience = practice.Audience.ToString(),
            revision = practice.RevisionNumber,
            personId,
            details,
        }, PracticeSnapshot.Options);
        db.Outbox.Add(new OutboxMessage(type, practice.MunicipalityId, practice.Id, payload, now));
    }

    /// <summary>
    /// Saves; a concurrent save of the same practice since it was loaded becomes a 409 with the version it has now.
    /// The race can surface as a unique-key failure instead (both saves add revision number N, and the revision
    /// insert may run before the version-checked update), so any failed save of a practice whose version has moved
    /// on is the same conflict.
    /// </summary>
    public static async Task SaveOrConflictAsync(this PracticesDbContext db, GoodPractice practice, CancellationToken cancellationToken)
    {
        var loaded = db.Entry(practice).Property(p => p.Version).OriginalValue;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception)
        {
            var current = await db.Practices.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
                .Where(p => p.Id == practice.Id).Select(p => (int?)p.Version).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (exception is not DbUpdateConcurrencyException && current == loaded)
            {
                throw;
            }

            throw new ConflictException("Someone else changed this practice at the same time. Reload it and make your change again.",
                "StalePractice", current ?? 0);
        }
    }

    public static Guid PersonId(this Reader reader) =>
        reader.PersonId ?? throw new ForbiddenException("Sign in first.");
}

/// <summary>The outbox event names the notifications module consumes.</summary>
public static class PracticeEvents
{
    public const string Published = "practice.published";
    public const string Updated = "practice.updated";
    public const string Archived = "practice.archived";
}
