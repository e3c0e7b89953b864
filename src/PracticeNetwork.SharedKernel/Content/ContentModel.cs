using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PracticeNetwork.SharedKernel.Persistence;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>How a content type's tables are mapped: its own names (unique across modules), the same shape for every type.</summary>
public static class ContentModel
{
    /// <summary>
    /// The workflow columns every item has, and the indexes that browsing across the network needs: published, not
    /// deleted items by audience, newest first, and the latest changes. DeletedAt is in the key so that counting a
    /// page's total reads only the index.
    /// </summary>
    public static EntityTypeBuilder<TItem> HasContentColumns<TItem>(this EntityTypeBuilder<TItem> builder)
        where TItem : ContentItem
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasKey(item => item.Id);
        builder.Property(item => item.Id).ValueGeneratedNever();
        builder.Property(item => item.Title).HasMaxLength(200).IsRequired();
        builder.Property(item => item.ReviewComment).HasMaxLength(2000);
        builder.Property(item => item.Audience).HasConversion<int>();
        builder.Property(item => item.Status).HasConversion<int>();
        builder.Ignore(item => item.IsDeleted);
        builder.HasIndex(item => new { item.Status, item.Audience, item.DeletedAt, item.PublishedAt });
        builder.HasIndex(item => new { item.Status, item.Audience, item.DeletedAt, item.UpdatedAt });
        builder.HasIndex(item => new { item.MunicipalityId, item.Status, item.PublishedAt });
        return builder;
    }

    /// <summary>
    /// Revisions, the change log, attachments and the outbox of <typeparamref name="TItem"/>, in tables named
    /// <c>{prefix}Revisions</c>, <c>{prefix}Changes</c>, <c>{prefix}Attachments</c> and <paramref name="outboxTable"/>,
    /// each pointing at its item through the column <paramref name="itemColumn"/>.
    /// </summary>
    public static ModelBuilder AddContentTables<TItem>(this ModelBuilder modelBuilder, string prefix, string itemColumn, string outboxTable)
        where TItem : ContentItem
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ContentRevision>(revision =>
        {
            revision.ToTable(prefix + "Revisions");
            revision.HasKey(row => row.Id);
            revision.Property(row => row.Id).ValueGeneratedNever();
            revision.Property(row => row.ItemId).HasColumnName(itemColumn);
            revision.Property(row => row.Snapshot).IsRequired();
            revision.Property(row => row.ChangedFields).HasJsonConversion();
            revision.HasOne<TItem>().WithMany().HasForeignKey(row => row.ItemId).OnDelete(DeleteBehavior.Cascade);
            revision.HasIndex(row => new { row.ItemId, row.Number }).IsUnique();
        });
        modelBuilder.Entity<ContentChange>(change =>
        {
            change.ToTable(prefix + "Changes");
            change.HasKey(row => row.Id);
            change.Property(row => row.Id).ValueGeneratedNever();
            change.Property(row => row.ItemId).HasColumnName(itemColumn);
            change.Property(row => row.Kind).HasConversion<int>();
            change.Property(row => row.Fields).HasJsonConversion();
            change.Property(row => row.Comment).HasMaxLength(2000);
            change.HasOne<TItem>().WithMany().HasForeignKey(row => row.ItemId).OnDelete(DeleteBehavior.Cascade);
            change.HasIndex(row => new { row.ItemId, row.At });
        });
        modelBuilder.Entity<ContentAttachment>(attachment =>
        {
            attachment.ToTable(prefix + "Attachments");
            attachment.HasKey(row => row.Id);
            attachment.Property(row => row.Id).ValueGeneratedNever();
            attachment.Property(row => row.ItemId).HasColumnName(itemColumn);
            attachment.Property(row => row.FileName).HasMaxLength(200).IsRequired();
            attachment.Property(row => row.ContentType).HasMaxLength(120).IsUnicode(false).IsRequired();
            attachment.Property(row => row.StorageKey).HasMaxLength(100).IsUnicode(false).IsRequired();
            attachment.Ignore(row => row.Info);
            attachment.HasOne<TItem>().WithMany().HasForeignKey(row => row.ItemId).OnDelete(DeleteBehavior.Cascade);
            attachment.HasIndex(row => row.ItemId);
        });
        return modelBuilder.AddOutbox(outboxTable);
    }
}
