using Mediator;
using Microsoft.AspNetCore.Identity;
using PracticeNetwork.Modules.Identity.Contracts;
using AccountEntity = PracticeNetwork.Modules.Identity.Domain.Account;

namespace PracticeNetwork.Host.Infrastructure;

/// <summary>
/// <c>dotnet PracticeNetwork.Host.dll network-admin &lt;email&gt; [name]</c>: makes the first network admin of a new
/// installation (everyone else joins by invitation). Creates the account if needed, grants the role, and prints
/// a link to set the password, built from <c>App:PublicBaseUrl</c> (http://localhost:5080 when unset). Idempotent.
/// </summary>
internal sealed class NetworkAdminBootstrap(
    UserManager<AccountEntity> users, RoleManager<IdentityRole<Guid>> roles, ISender sender, IConfiguration configuration)
{
    public const string Command = "network-admin";

    public sealed record Outcome(bool Created, bool Granted, string PasswordLink);

    public async Task<Outcome> RunAsync(string email, string? name, CancellationToken cancellationToken)
    {
        if (!await roles.RoleExistsAsync(NetworkRoles.NetworkAdmin))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(NetworkRoles.NetworkAdmin) { Id = Guid.NewGuid() });
        }

        var account = await users.FindByEmailAsync(email);
        var created = account is null;
        if (account is null)
        {
            account = new AccountEntity(email, string.IsNullOrWhiteSpace(name) ? email : name.Trim());
            Check(await users.CreateAsync(account));
        }

        var granted = !await users.IsInRoleAsync(account, NetworkRoles.NetworkAdmin);
        if (granted)
        {
            Check(await users.AddToRoleAsync(account, NetworkRoles.NetworkAdmin));
            await sender.Send(new RecordAudit(AuditActions.RolesChanged, ActorId: null, account.Email!, Details: "network admin (command line)"), cancellationToken);
        }

        var token = await users.GeneratePasswordResetTokenAsync(account);
        var baseUrl = configuration["App:PublicBaseUrl"] is { Length: > 0 } configured ? configured.TrimEnd('/') : "http://localhost:5080";
        var link = $"{baseUrl}/salasana/uusi?email={Uri.EscapeDataString(account.Email!)}&token={Uri.EscapeDataString(token)}";
        return new Outcome(created, granted, link);
    }

    public static async Task<int> RunFromCommandLineAsync(WebApplication app, string[] args)
    {
        var position = Array.FindIndex(args, arg => string.Equals(arg, Command, StringComparison.OrdinalIgnoreCase));
        var email = position + 1 < args.Length ? args[position + 1] : null;
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"usage: dotnet PracticeNetwork.Host.dll {Command} <email> [display name]");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().GetPendingMigrationsAsync(CancellationToken.None);
        if (pending.Count > 0)
        {
            Console.Error.WriteLine("The database schema is out of date. Run 'dotnet PracticeNetwork.Host.dll migrate' first.");
            return 1;
        }

        var name = position + 2 < args.Length ? string.Join(' ', args[(position + 2)..]) : null;
        var outcome = await scope.ServiceProvider.GetRequiredService<NetworkAdminBootstrap>().RunAsync(email, name, CancellationToken.None);
        Console.WriteLine(outcome.Granted ? $"{email} is now a network admin." : $"{email} already was a network admin.");
        if (string.IsNullOrEmpty(app.Configuration["App:PublicBaseUrl"]))
        {
            Console.WriteLine("App:PublicBaseUrl is not set, so the link below points at http://localhost:5080; set it to the public address.");
        }

        Console.WriteLine($"Set the password here (the link works once, for a limited time):{Environment.NewLine}  {outcome.PasswordLink}");
        return 0;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}
