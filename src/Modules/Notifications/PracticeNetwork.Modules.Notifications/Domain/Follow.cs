using PracticeNetwork.Modules.Notifications.Contracts;

namespace PracticeNetwork.Modules.Notifications.Domain;

/// <summary>
/// A member's follow of one target. An unfollow keeps the row (<see cref="IsActive"/> false), so that an item's own
/// follow, which the dispatcher adds for its author and team, is not added back after the member said no.
/// </summary>
public sealed class Follow
{
    private Follow()
    {
        Key = string.Empty;
    }

    public Follow(Guid personId, FollowTarget target, bool automatic, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        Id = Guid.NewGuid();
        PersonId = personId;
        Kind = target.Kind;
        Key = target.Key;
        Automatic = automatic;
        IsActive = true;
        Since = now;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public FollowKind Kind { get; private set; }

    public string Key { get; private set; }

    public bool Automatic { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset Since { get; private set; }

    public FollowTarget Target => new(Kind, Key);

    public void Resume(DateTimeOffset now)
    {
        if (!IsActive)
        {
            IsActive = true;
            Automatic = false;
            Since = now;
        }
    }

    public void Stop() => IsActive = false;
}
