using Mediator;
using Microsoft.AspNetCore.Identity;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The good practices of the demo network (<see cref="DemoPracticeCatalog"/>), imported into their municipalities
/// after the demo people exist. Every start imports only what is missing, so nothing changes on a second start and
/// demo users' own edits stay.
/// </summary>
internal sealed class DemoPractices(ISender sender, ITenantContext tenant, UserManager<Account> users, ILogger<DemoPractices> logger)
{
    /// <summary>Imports the missing demo practices; returns how many were imported.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var accounts = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        var imported = 0;
        foreach (var municipalityPractices in DemoPracticeCatalog.All.GroupBy(practice => practice.Municipality))
        {
            var code = municipalityPractices.Key;
            var municipality = await sender.Send(new GetMunicipality(code), cancellationToken)
                ?? throw new InvalidOperationException($"Demo municipality {code} is missing.");
            using (tenant.Change(municipality.Municipality.Id))
            {
                foreach (var practice in municipalityPractices)
                {
                    var author = await PersonAsync(practice.AuthorEmail, "author", code, accounts);
                    var reviewer = await PersonAsync(practice.ReviewerEmail, "reviewer", code, accounts);
                    var command = new ImportPractice(practice.Id, practice.Content, practice.Status, author, practice.Created,
                        practice.Published, practice.Archived, practice.ReviewComment, reviewer, practice.Moved);
                    if (await ImportAsync(practice.Key, command, cancellationToken))
                    {
                        imported++;
                    }
                }
            }
        }

        var attachments = await SeedAttachmentsAsync(accounts, cancellationToken);
        if (imported + attachments > 0)
        {
            logger.LogInformation("Demo practices imported: {Count}, attachments: {Attachments}", imported, attachments);
        }

        return imported;
    }

    private async Task<int> SeedAttachmentsAsync(Dictionary<string, Guid> accounts, CancellationToken cancellationToken)
    {
        var imported = 0;
        foreach (var attachment in DemoPracticeCatalog.Attachments)
        {
            var practice = DemoPracticeCatalog.All.Single(item => item.Key == attachment.PracticeKey);
            var municipality = await sender.Send(new GetMunicipality(practice.Municipality), cancellationToken)
                ?? throw new InvalidOperationException($"Demo municipality {practice.Municipality} is missing.");
            var uploader = await PersonAsync(attachment.UploaderEmail, "author", practice.Municipality, accounts);
            using (tenant.Change(municipality.Municipality.Id))
            {
                using var content = new MemoryStream(attachment.Content());
                var command = new ImportPracticeAttachment(practice.Id, attachment.Id, attachment.FileName, content, uploader, attachment.UploadedAt);
                if (await sender.Send(command, cancellationToken))
                {
                    imported++;
                }
            }
        }

        return imported;
    }

    private async Task<bool> ImportAsync(string key, ImportPractice command, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(command, cancellationToken);
        }
        catch (RequestValidationException invalid)
        {
            var fields = invalid.Errors.Select(field => $"{field.Key}: {string.Join(" ", field.Value)}");
            throw new InvalidOperationException($"Demo practice {key} is invalid: {string.Join("; ", fields)}", invalid);
        }
    }

    /// <summary>A demo account's id, or the fixed id of the municipality's fictional demo author or reviewer (no account).</summary>
    private async Task<Guid> PersonAsync(string? email, string role, string code, Dictionary<string, Guid> accounts)
    {
        if (email is null)
        {
            return DemoPractice.StableId(role, code);
        }

        if (!accounts.TryGetValue(email, out var id))
        {
            var account = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"Demo account {email} is missing.");
            accounts[email] = id = account.Id;
        }

        return id;
    }
}
