using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Notifications.Features.Follows;

internal sealed class FollowHandler(NotificationsDbContext db, IReaderContext reader, TimeProvider clock) : ICommandHandler<Contracts.Follow>
{
    public async ValueTask<Unit> Handle(Contracts.Follow command, CancellationToken cancellationToken)
    {
        var person = FollowRules.SignedIn(reader);
        var target = FollowRules.Target(command.Kind, command.Key);
        var existing = await db.Follows.SingleOrDefaultAsync(
            follow => follow.PersonId == person && follow.Kind == target.Kind && follow.Key == target.Key, cancellationToken);
        if (target.Kind == FollowKind.Search && !await db.SavedSearches.AnyAsync(search => search.Key == target.Key, cancellationToken))
        {
            db.SavedSearches.Add(new SavedSearch(command.Key.Trim()));
        }

        if (existing is null)
        {
            db.Follows.Add(new Domain.Follow(person, target, automatic: false, clock.GetUtcNow()));
        }
        else
        {
            existing.Resume(clock.GetUtcNow());
        }

        await FollowRules.SaveIgnoringRaceAsync(db, cancellationToken);
        return Unit.Value;
    }
}

internal sealed class UnfollowHandler(NotificationsDbContext db, IReaderContext reader, TimeProvider clock) : ICommandHandler<Unfollow>
{
    public async ValueTask<Unit> Handle(Unfollow command, CancellationToken cancellationToken)
    {
        var person = FollowRules.SignedIn(reader);
        var target = FollowRules.Target(command.Kind, command.Key);
        var existing = await db.Follows.SingleOrDefaultAsync(
            follow => follow.PersonId == person && follow.Kind == target.Kind && follow.Key == target.Key, cancellationToken);
        if (existing is null)
        {
            // Remembered even when there was nothing to stop: an item's own follow is then never added.
            existing = new Domain.Follow(person, target, automatic: false, clock.GetUtcNow());
            db.Follows.Add(existing);
        }

        existing.Stop();
        await FollowRules.SaveIgnoringRaceAsync(db, cancellationToken);
        return Unit.Value;
    }
}

internal sealed class IsFollowingHandler(NotificationsDbContext db, IReaderContext reader) : IQueryHandler<IsFollowing, bool>
{
    public async ValueTask<bool> Handle(IsFollowing query, CancellationToken cancellationToken)
    {
        if (reader.Current.PersonId is not { } person)
        {
            return false;
        }

        var target = FollowRules.Target(query.Kind, query.Key);
        return await db.Follows.AnyAsync(
            follow => follow.PersonId == person && follow.Kind == target.Kind && follow.Key == target.Key && follow.IsActive, cancellationToken);
    }
}

internal sealed class ListMyFollowsHandler(NotificationsDbContext db, IReaderContext reader) : IQueryHandler<ListMyFollows, IReadOnlyList<FollowSummary>>
{
    public async ValueTask<IReadOnlyList<FollowSummary>> Handle(ListMyFollows query, CancellationToken cancellationToken)
    {
        var person = FollowRules.SignedIn(reader);
        var follows = await db.Follows.AsNoTracking()
            .Where(follow => follow.PersonId == person && follow.IsActive)
            .Select(follow => new FollowSummary(follow.Kind, follow.Key, follow.Automatic, follow.Since))
            .ToListAsync(cancellationToken);
        var searchKeys = follows.Where(follow => follow.Kind == FollowKind.Search).Select(follow => follow.Key).ToList();
        var searches = await db.SavedSearches.AsNoTracking().Where(search => searchKeys.Contains(search.Key))
            .ToDictionaryAsync(search => search.Key, search => search.Search, cancellationToken);
        // A saved search is given by its text, as it is followed and unfollowed.
        return [.. follows
            .Where(follow => follow.Kind != FollowKind.Search || searches.ContainsKey(follow.Key))
            .Select(follow => follow.Kind == FollowKind.Search ? follow with { Key = searches[follow.Key] } : follow)
            .OrderByDescending(follow => follow.Since)];
    }
}

internal static class FollowRules
{
    public static Guid SignedIn(IReaderContext reader) =>
        reader.Current.PersonId ?? throw new ForbiddenException("Sign in to follow.");

    /// <summary>The target in its stored form, or a field error on <c>key</c> when the key cannot name one of its kind.</summary>
    public static FollowTarget Target(FollowKind kind, string? key)
    {
        var trimmed = key?.Trim() ?? string.Empty;
        FollowTarget? target = kind switch
        {
            FollowKind.Item when Guid.TryParse(trimmed, out var id) => FollowTarget.ForItem(id),
            FollowKind.NetworkKpi when Guid.TryParse(trimmed, out var id) => FollowTarget.ForNetworkKpi(id),
            FollowKind.Municipality when Guid.TryParse(trimmed, out var id) => FollowTarget.ForMunicipality(id),
            FollowKind.Region when trimmed.Length is > 0 and <= 10 && trimmed.All(char.IsAsciiLetterOrDigit) => FollowTarget.ForRegion(trimmed),
            FollowKind.Theme when Enum.TryParse<Theme>(trimmed, ignoreCase: false, out var theme) && Enum.IsDefined(theme) && !char.IsAsciiDigit(trimmed[0]) =>
                FollowTarget.ForTheme(theme),
            FollowKind.Search when trimmed.Length is > 0 and <= Search.Contracts.SavedSearch.MaxLength => FollowTarget.ForSearch(trimmed),
            _ => null,
        };
        return target ?? throw RequestValidationException.For("key", $"'{trimmed}' does not name a {kind}.");
    }

    /// <summary>Two clicks at once both insert the same follow; the unique index keeps one, which is what both asked for.</summary>
    public static async Task SaveIgnoringRaceAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }
}
