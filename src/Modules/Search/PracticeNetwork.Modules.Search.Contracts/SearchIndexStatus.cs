using Mediator;

namespace PracticeNetwork.Modules.Search.Contracts;

/// <summary>The answering server's search index, for the network admins' page (every server keeps its own).</summary>
public sealed record GetSearchIndexStatus : IQuery<SearchIndexStatus>;

/// <summary>Builds the answering server's index again from the database; it keeps answering from the old one meanwhile.</summary>
public sealed record RebuildSearchIndex : ICommand;

/// <param name="Server">The machine and process that answered.</param>
/// <param name="Age">How long ago the index was last built.</param>
public sealed record SearchIndexStatus(
    string Server, bool Ready, bool Rebuilding, int Documents, long SizeInBytes, DateTimeOffset? BuiltAt, TimeSpan? Age, TimeSpan BuildTime,
    DateTimeOffset? LastChangeAt, IReadOnlyList<SearchIndexKindStatus> Kinds);

/// <param name="Kind">The content type's noun.</param>
/// <param name="Lag">Zero when the index has applied the newest outbox row; else how old the newest applied one is.</param>
public sealed record SearchIndexKindStatus(string Kind, int Items, DateTimeOffset? NewestChange, DateTimeOffset? NewestApplied, TimeSpan Lag);
