using Mediator;

namespace PracticeNetwork.Modules.Identity.Contracts;

/// <summary>Names and addresses of the given accounts (those that exist), for member lists.</summary>
public sealed record GetAccounts(IReadOnlyCollection<Guid> PersonIds) : IQuery<IReadOnlyList<AccountSummary>>;

public sealed record AccountSummary(Guid PersonId, string DisplayName, string Email);
