using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

internal static class Accounts
{
    public const string Password = "correct horse battery staple";

    public sealed record TestAccount(Guid PersonId, string Email, string Name);

    /// <summary>A new account (unique address) with memberships in the municipalities given by code.</summary>
    public static async Task<TestAccount> NewAccountAsync(this PracticeNetworkFactory factory, params (string Code, MunicipalityRoles Roles)[] memberships)
    {
        var email = $"person-{Guid.NewGuid():N}@test.example";
        var name = $"Testi Henkilö {email[7..13]}";
        var personId = await factory.InScopeAsync(null, async services =>
        {
            var users = services.GetRequiredService<UserManager<Account>>();
            var account = new Account(email, name) { EmailConfirmed = true };
            var result = await users.CreateAsync(account, Password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            return account.Id;
        });

        foreach (var (code, roles) in memberships)
        {
            var municipalityId = await factory.MunicipalityIdAsync(code);
            await factory.InScopeAsync(municipalityId, async services =>
                await services.GetRequiredService<ISender>().Send(new AddMembership(personId, roles)));
        }

        return new TestAccount(personId, email, name);
    }
}
