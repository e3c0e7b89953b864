using Microsoft.EntityFrameworkCore;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// A module DbContext that holds a content type: its items (<see cref="DbContext.Set{TEntity}()"/>), and the shared
/// rows every content type keeps in its own tables (<see cref="ContentModel.AddContentTables{TItem}"/>).
/// </summary>
public interface IContentDbContext
{
    DbSet<ContentRevision> Revisions { get; }

    DbSet<ContentChange> Changes { get; }

    DbSet<ContentAttachment> Attachments { get; }

    DbSet<OutboxMessage> Outbox { get; }
}
