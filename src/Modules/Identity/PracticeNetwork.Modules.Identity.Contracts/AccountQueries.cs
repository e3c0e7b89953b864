using Mediator;

namespace PracticeNetwork.Modules.Identity.Contracts;

/// <summary>Names and addresses of the given accounts (those that exist), for member lists.</summary>
public sealed record GetAccounts(IReadOnlyCollection<Guid> PersonIds) : IQuery<IReadOnlyList<AccountSummary>>;

/// <param name="PreferredLanguage">"fi", "sv" or "en" when the person chose one; mail to them is in it.</param>
public sealed record AccountSummary(Guid PersonId, string DisplayName, string Email, string? PreferredLanguage = null);

/// <summary>The account with this address (case ignored), for network admins' tools; null when there is none.</summary>
public sealed record FindAccountByEmail(string Email) : IQuery<AccountSummary?>;
