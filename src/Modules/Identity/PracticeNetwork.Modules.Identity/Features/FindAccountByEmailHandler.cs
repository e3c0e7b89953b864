using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Data;

namespace PracticeNetwork.Modules.Identity.Features;

internal sealed class FindAccountByEmailHandler(AccountsDbContext db) : IQueryHandler<FindAccountByEmail, AccountSummary?>
{
    public async ValueTask<AccountSummary?> Handle(FindAccountByEmail query, CancellationToken cancellationToken)
    {
        var normalized = query.Email.Trim().ToUpperInvariant();
        return await db.Users.AsNoTracking()
            .Where(account => account.NormalizedEmail == normalized)
            .Select(account => new AccountSummary(account.Id, account.DisplayName, account.Email ?? string.Empty, account.PreferredLanguage))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
