using Microsoft.EntityFrameworkCore;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>The module DbContext that holds <typeparamref name="TItem"/>, seen as the machinery needs it.</summary>
public sealed class ContentDb<TItem>(DbContext db)
    where TItem : ContentItem
{
    public DbContext Db { get; } = db;

    public IContentDbContext Rows { get; } = db as IContentDbContext
        ?? throw new InvalidOperationException($"{db.GetType().Name} must implement {nameof(IContentDbContext)} to hold {typeof(TItem).Name}.");
}
