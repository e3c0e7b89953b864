using Microsoft.EntityFrameworkCore;

namespace PracticeNetwork.SharedKernel.Persistence;

/// <summary>
/// An event written in the same transaction as the change that caused it, so that none is lost or sent for a
/// change that rolled back. Each module keeps its own outbox table; the notifications module dispatches them.
/// </summary>
public sealed class OutboxMessage
{
#pragma warning disable CS8618 // For EF Core.
    private OutboxMessage()
    {
    }
#pragma warning restore CS8618

    public OutboxMessage(string type, Guid municipalityId, Guid subjectId, string payload, DateTimeOffset occurredAt)
    {
        Id = Guid.NewGuid();
        Type = type;
        MunicipalityId = municipalityId;
        SubjectId = subjectId;
        Payload = payload;
        OccurredAt = occurredAt;
        Sequence = OutboxSequence.Next();
    }

    /// <summary>
    /// A row that tells every server's search index that an item changed without being news (an import): it is written
    /// processed, so the dispatcher never reads it and nobody is notified.
    /// </summary>
    public static OutboxMessage IndexOnly(string change, Guid municipalityId, Guid subjectId, DateTimeOffset occurredAt) =>
        new(IndexOnlyPrefix + change, municipalityId, subjectId, "{}", occurredAt) { ProcessedAt = occurredAt };

    /// <summary>What the <see cref="Type"/> of an <see cref="IndexOnly"/> row starts with.</summary>
    public const string IndexOnlyPrefix = "index:";

    public bool IsIndexOnly => Type.StartsWith(IndexOnlyPrefix, StringComparison.Ordinal);

    public Guid Id { get; private set; }

    /// <summary>A stable event name such as <c>practice.published</c>.</summary>
    public string Type { get; private set; }

    public Guid MunicipalityId { get; private set; }

    /// <summary>The item the event is about.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>
    /// The order the dispatcher reads rows in: strictly increasing within a process (so two events of one change, which
    /// share <see cref="OccurredAt"/>, keep the order they were written in), and in time order across servers.
    /// </summary>
    public long Sequence { get; private set; }

    /// <summary>Set by the dispatcher once every consumer has the event.</summary>
    public DateTimeOffset? ProcessedAt { get; private set; }

    public void MarkProcessed(DateTimeOffset now) => ProcessedAt = now;
}

public static class OutboxModelBuilderExtensions
{
    /// <summary>Maps <see cref="OutboxMessage"/> to the module's own table (names are unique across modules).</summary>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder, string table)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(table);
            outbox.HasKey(message => message.Id);
            outbox.Property(message => message.Id).ValueGeneratedNever();
            outbox.Property(message => message.Type).HasMaxLength(100).IsUnicode(false).IsRequired();
            outbox.Property(message => message.Payload).IsRequired();
            // The dispatcher reads unprocessed events in order.
            outbox.HasIndex(message => new { message.ProcessedAt, message.Sequence });
            // Each server's search index reads every row in order, and its lists ask for the newest on every request.
            outbox.HasIndex(message => message.Sequence);
        });
        return modelBuilder;
    }
}

/// <summary>Ticks of the real clock, bumped by one whenever two rows would share a value.</summary>
internal static class OutboxSequence
{
    private static long last;

    public static long Next()
    {
        while (true)
        {
            var seen = Interlocked.Read(ref last);
            var next = Math.Max(seen + 1, DateTime.UtcNow.Ticks);
            if (Interlocked.CompareExchange(ref last, next, seen) == seen)
            {
                return next;
            }
        }
    }
}
