using Mediator;
using Microsoft.AspNetCore.Identity;
using PracticeNetwork.Modules.Identity.Domain;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The good practices of the demo network (<see cref="DemoPracticeCatalog"/>, read from files), imported through
/// <see cref="ImportPractice"/> into their municipalities after the demo people exist. Every start imports only what is missing, so nothing changes on a second start and
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
                ?? throw Invalid(municipalityPractices.First(), "municipality", $"there is no municipality with the code {code}");
            using (tenant.Change(municipality.Municipality.Id))
            {
                foreach (var practice in municipalityPractices)
                {
                    var author = await PersonAsync(practice, practice.AuthorEmail, "author", accounts);
                    var reviewer = await PersonAsync(practice, practice.ReviewerEmail, "reviewer", accounts);
                    var command = new ImportPractice(practice.Id, practice.Content, practice.Status, author, practice.Created,
                        practice.Published, practice.Archived, practice.ReviewComment, reviewer, practice.Moved);
                    if (await SendAsync(practice, command, cancellationToken))
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
        foreach (var practice in DemoPracticeCatalog.All.Where(practice => practice.Attachments.Count > 0))
        {
            var municipality = await sender.Send(new GetMunicipality(practice.Municipality), cancellationToken)
                ?? throw Invalid(practice, "municipality", $"there is no municipality with the code {practice.Municipality}");
            foreach (var attachment in practice.Attachments)
            {
                var uploader = await PersonAsync(practice, attachment.UploaderEmail, "attachments.uploadedBy", accounts);
                using var scope = tenant.Change(municipality.Municipality.Id);
                using var content = new MemoryStream(attachment.Content());
                var command = new ImportPracticeAttachment(practice.Id, attachment.Id, attachment.FileName, content, uploader, attachment.UploadedAt);
                if (await SendAsync(practice, command, cancellationToken))
                {
                    imported++;
                }
            }
        }

        return imported;
    }

    /// <summary>Sends an import; the import's own field errors come back naming the demo file.</summary>
    private async Task<bool> SendAsync(DemoPractice practice, ICommand<bool> command, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(command, cancellationToken);
        }
        catch (RequestValidationException invalid)
        {
            var fields = invalid.Errors.Select(field => $"{field.Key}: {string.Join(" ", field.Value)}");
            throw new InvalidOperationException(
                $"Demo practice {practice.Key} ({practice.Source}) is invalid: {string.Join("; ", fields)}", invalid);
        }
    }

    /// <summary>A demo account's id, or the fixed id of the municipality's fictional demo author or reviewer (no account).</summary>
    private async Task<Guid> PersonAsync(DemoPractice practice, string? email, string field, Dictionary<string, Guid> accounts)
    {
        if (email is null)
        {
            return DemoPractice.StableId(field, practice.Municipality);
        }

        if (!accounts.TryGetValue(email, out var id))
        {
            var account = await users.FindByEmailAsync(email)
                ?? throw Invalid(practice, field, $"{email} is not a demo account (see DemoNetwork.People)");
            accounts[email] = id = account.Id;
        }

        return id;
    }

    private static InvalidOperationException Invalid(DemoPractice practice, string field, string problem) =>
        new($"Demo content file {practice.Source}, field '{field}': {problem}");
}
