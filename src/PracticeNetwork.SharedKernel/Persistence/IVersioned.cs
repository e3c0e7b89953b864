namespace PracticeNetwork.SharedKernel.Persistence;

/// <summary>
/// An editable aggregate with an optimistic concurrency token. <see cref="ModuleDbContext"/> bumps
/// <see cref="Version"/> on every update, so a stale edit fails with a concurrency exception instead of overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
