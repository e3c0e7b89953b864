using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Data;

namespace PracticeNetwork.Modules.Identity.Features;

internal sealed class GetAccountsHandler(AccountsDbContext db) : IQueryHandler<GetAccounts, IReadOnlyList<AccountSummary>>
{
    public async ValueTask<IReadOnlyList<AccountSummary>> Handle(GetAccounts query, CancellationToken cancellationToken)
    {
        var ids = query.PersonIds.Distinct().ToList();
        return await db.Users.AsNoTracking()
            .Where(account => ids.Contains(account.Id))
            .Select(account => new AccountSummary(account.Id, account.DisplayName, account.Email ?? string.Empty, account.PreferredLanguage))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
