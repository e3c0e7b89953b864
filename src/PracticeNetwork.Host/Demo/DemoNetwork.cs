using System.Security.Cryptography;
using Mediator;
using Microsoft.AspNetCore.Identity;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The demo people of the embedded default in Development (<c>Demo:Enabled</c>). They share one password,
/// generated at the first start and kept in the data folder, and are printed at every start.
/// </summary>
internal sealed class DemoNetwork(
    UserManager<Account> users, RoleManager<IdentityRole<Guid>> roles, ISender sender, ITenantContext tenant,
    Infrastructure.StorageSettings storage, ILogger<DemoNetwork> logger)
{
    public const string PasswordFileName = "demo-password.txt";

    public sealed record DemoPerson(string Email, string Name, string Description, bool NetworkAdmin, params (string Code, MunicipalityRoles Roles)[] Memberships);

    public static readonly IReadOnlyList<DemoPerson> People =
    [
        new("kaisa.kirjoittaja@karkola.example", "Kaisa Kirjoittaja", "Kärkölä: author", false,
            ("316", MunicipalityRoles.Author)),
        new("matti.paakayttaja@karkola.example", "Matti Pääkäyttäjä", "Kärkölä: municipality admin and reviewer", false,
            ("316", MunicipalityRoles.MunicipalityAdmin | MunicipalityRoles.Reviewer)),
        new("lauri.projektipaallikko@loppi.example", "Lauri Projektipäällikkö", "Loppi project manager; also Hausjärvi and Riihimäki", false,
            ("433", MunicipalityRoles.Author), ("086", MunicipalityRoles.Author), ("694", MunicipalityRoles.Author)),
        new("paivi.paakayttaja@loppi.example", "Päivi Pääkäyttäjä", "Loppi: municipality admin and reviewer", false,
            ("433", MunicipalityRoles.MunicipalityAdmin | MunicipalityRoles.Reviewer)),
        new("eija.tarkastaja@espoo.example", "Eija Tarkastaja", "Espoo finance services: reviewer", false,
            ("049", MunicipalityRoles.Reviewer | MunicipalityRoles.Author)),
        new("ville.katselija@espoo.example", "Ville Katselija", "Espoo: viewer", false,
            ("049", MunicipalityRoles.Viewer)),
        new("riikka.lukija@riihimaki.example", "Riikka Lukija", "Riihimäki: viewer", false,
            ("694", MunicipalityRoles.Viewer)),
        new("noora.yllapitaja@verkosto.example", "Noora Ylläpitäjä", "network admin", true),
    ];

    public string PasswordFile => Path.Combine(storage.DataFolder, PasswordFileName);

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        var password = await PasswordAsync(cancellationToken);
        if (!await roles.RoleExistsAsync(NetworkRoles.NetworkAdmin))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(NetworkRoles.NetworkAdmin) { Id = Guid.NewGuid() });
        }

        foreach (var person in People)
        {
            if (await users.FindByEmailAsync(person.Email) is { } existing)
            {
                await KeepPasswordInLineAsync(existing, password);
                continue;
            }

            var account = new Account(person.Email, person.Name) { EmailConfirmed = true };
            var first = person.Memberships.Length == 0 ? null : await sender.Send(new GetMunicipality(person.Memberships[0].Code), cancellationToken);
            account.LastMunicipalityId = first?.Municipality.Id;
            var created = await users.CreateAsync(account, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {person.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            if (person.NetworkAdmin)
            {
                await users.AddToRoleAsync(account, NetworkRoles.NetworkAdmin);
            }

            foreach (var (code, membershipRoles) in person.Memberships)
            {
                var municipality = await sender.Send(new GetMunicipality(code), cancellationToken)
                    ?? throw new InvalidOperationException($"Demo municipality {code} is missing.");
                using (tenant.Change(municipality.Municipality.Id))
                {
                    await sender.Send(new AddMembership(account.Id, membershipRoles), cancellationToken);
                }
            }

            logger.LogInformation("Demo account {Email} created", person.Email);
        }

        return password;
    }

    /// <summary>The password file was replaced or removed while the database stayed: the file wins, as printed.</summary>
    private async Task KeepPasswordInLineAsync(Account account, string password)
    {
        if (await users.CheckPasswordAsync(account, password))
        {
            return;
        }

        await users.RemovePasswordAsync(account);
        await users.AddPasswordAsync(account, password);
        await users.SetLockoutEndDateAsync(account, null);
        logger.LogInformation("Demo account {Email}: password reset to the one in {File}", account.Email, PasswordFile);
    }

    private async Task<string> PasswordAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(PasswordFile))
        {
            return (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();
        }

        var password = "demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        await Infrastructure.SecretFiles.WriteAsync(PasswordFile, password, cancellationToken);
        return password;
    }
}
