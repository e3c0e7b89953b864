using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The good practices of the demo network (<see cref="DemoCatalog.Practices"/>, read from files), imported through
/// <see cref="ImportPractice"/> into their municipalities after the demo people exist. Every start imports only what
/// is missing, so nothing changes on a second start and demo users' own edits stay.
/// </summary>
internal sealed class DemoPractices(DemoImports imports, ILogger<DemoPractices> logger)
{
    /// <summary>Imports the missing demo practices; returns how many were imported.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var imported = 0;
        var attachments = 0;
        foreach (var practice in DemoCatalog.Practices)
        {
            var municipality = await imports.MunicipalityAsync(practice, practice.Municipality, "municipality", cancellationToken);
            var author = await imports.PersonAsync(practice, practice.Author, "author", "author", practice.Municipality);
            var reviewer = await imports.PersonAsync(practice, practice.Reviewer, "reviewer", "reviewer", practice.Municipality);
            using var acting = imports.ActFor(municipality);
            var command = new ImportPractice(practice.Id, practice.Content, practice.Status, author, practice.Created,
                practice.Published, practice.Archived, practice.ReviewComment, reviewer, practice.Moved);
            if (await imports.SendAsync(practice, command, cancellationToken))
            {
                imported++;
            }

            foreach (var attachment in practice.Files)
            {
                var uploader = await imports.PersonAsync(practice, attachment.UploaderEmail, "attachments.uploadedBy", "author", practice.Municipality);
                using var content = new MemoryStream(attachment.Content());
                var upload = new ImportPracticeAttachment(practice.Id, attachment.Id, attachment.FileName, content, uploader, attachment.UploadedAt);
                if (await imports.SendAsync(practice, upload, cancellationToken))
                {
                    attachments++;
                }
            }
        }

        if (imported + attachments > 0)
        {
            logger.LogInformation("Demo practices imported: {Count}, attachments: {Attachments}", imported, attachments);
        }

        return imported;
    }
}
