using PracticeNetwork.Modules.Projects.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The development projects of the demo network (<see cref="DemoCatalog.Projects"/>, read from files), imported after
/// the demo people and practices: each project with its participants, team and milestones acting for its owner
/// (<see cref="ImportProject"/>), then each municipality's contribution and status updates acting for that
/// municipality, then its documents. Every start imports only what is missing, so a second start changes nothing and
/// demo users' own edits stay.
/// </summary>
internal sealed class DemoProjects(DemoImports imports, ILogger<DemoProjects> logger)
{
    /// <summary>Imports the missing demo projects; returns how many were imported.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var imported = 0;
        var rows = 0;
        foreach (var project in DemoCatalog.Projects)
        {
            var isNew = await ImportProjectAsync(project, cancellationToken);
            if (isNew)
            {
                imported++;

                // A contribution replaces the one before it: only a project imported just now gets the file's, so
                // that a demo user's own words survive the next start.
                rows += await ImportContributionsAsync(project, cancellationToken);
            }

            rows += await ImportUpdatesAsync(project, cancellationToken);
            rows += await ImportDocumentsAsync(project, cancellationToken);
        }

        if (imported + rows > 0)
        {
            logger.LogInformation("Demo projects imported: {Count}, with {Rows} contributions, updates and documents", imported, rows);
        }

        return imported;
    }

    private async Task<bool> ImportProjectAsync(DemoProject project, CancellationToken cancellationToken)
    {
        var owner = await imports.MunicipalityAsync(project, project.Municipality, "municipality", cancellationToken);
        var author = await imports.PersonAsync(project, project.Author, "author", "author", project.Municipality);
        var reviewer = await imports.PersonAsync(project, project.Reviewer, "reviewer", "reviewer", project.Municipality);
        var participants = new List<ImportedParticipant>();
        foreach (var (participant, index) in project.Participants.Select((participant, index) => (participant, index)))
        {
            var municipality = await imports.MunicipalityAsync(project, participant.Municipality, $"participants[{index}].municipality", cancellationToken);
            participants.Add(new ImportedParticipant(municipality, participant.State, participant.Invited, participant.Answered));
        }

        var team = new List<ImportedTeamMember>();
        foreach (var (member, index) in project.Team.Select((member, index) => (member, index)))
        {
            var municipality = await imports.MunicipalityAsync(project, member.Municipality, $"team[{index}].municipality", cancellationToken);
            var person = await imports.PersonAsync(project, member.Person, $"team[{index}].person", "author", member.Municipality);
            team.Add(new ImportedTeamMember(person, municipality, member.ProjectManager, member.Added));
        }

        var milestones = new List<ImportedMilestone>();
        foreach (var (milestone, index) in project.Milestones.Select((milestone, index) => (milestone, index)))
        {
            var responsible = await imports.MunicipalityAsync(project, milestone.Responsible, $"milestones[{index}].responsible", cancellationToken);
            Guid? completedBy = milestone.CompletedBy is null
                ? null
                : await imports.PersonAsync(project, milestone.CompletedBy, $"milestones[{index}].completedBy", "author", milestone.Responsible);
            milestones.Add(new ImportedMilestone(project.MilestoneId(milestone), milestone.Title, milestone.Due, responsible, milestone.Completed, completedBy));
        }

        using var acting = imports.ActFor(owner);
        return await imports.SendAsync(project, new ImportProject(project.Id, project.Content, project.Status, author, project.Created,
            project.Published, project.Archived, project.ReviewComment, participants, team, milestones, reviewer, project.Moved), cancellationToken);
    }

    private async Task<int> ImportContributionsAsync(DemoProject project, CancellationToken cancellationToken)
    {
        foreach (var (contribution, index) in project.Contributions.Select((contribution, index) => (contribution, index)))
        {
            var municipality = await imports.MunicipalityAsync(project, contribution.Municipality, $"contributions[{index}].municipality", cancellationToken);
            var person = await imports.PersonAsync(project, contribution.RecordedBy, $"contributions[{index}].recordedBy", "author", contribution.Municipality);
            using var acting = imports.ActFor(municipality);
            await imports.SendAsync(project, new ImportProjectContribution(project.Id, contribution.Role, contribution.Resources, person, contribution.Recorded),
                cancellationToken);
        }

        return project.Contributions.Count;
    }

    private async Task<int> ImportUpdatesAsync(DemoProject project, CancellationToken cancellationToken)
    {
        var imported = 0;
        foreach (var (update, index) in project.Updates.Select((update, index) => (update, index)))
        {
            var municipality = await imports.MunicipalityAsync(project, update.Municipality, $"updates[{index}].municipality", cancellationToken);
            var person = await imports.PersonAsync(project, update.By, $"updates[{index}].by", "author", update.Municipality);
            using var acting = imports.ActFor(municipality);
            if (await imports.SendAsync(project, new ImportProjectUpdate(project.Id, project.UpdateId(update), person, update.Posted, update.Text), cancellationToken))
            {
                imported++;
            }
        }

        return imported;
    }

    private async Task<int> ImportDocumentsAsync(DemoProject project, CancellationToken cancellationToken)
    {
        var imported = 0;
        var owner = await imports.MunicipalityAsync(project, project.Municipality, "municipality", cancellationToken);
        foreach (var (document, index) in project.Files.Select((document, index) => (document, index)))
        {
            var uploader = await imports.PersonAsync(project, document.UploaderEmail, $"documents[{index}].uploadedBy", "author", project.Municipality);
            using var acting = imports.ActFor(owner);
            using var content = new MemoryStream(document.Content());
            if (await imports.SendAsync(project, new ImportProjectDocument(project.Id, document.Id, document.FileName, content, uploader, document.UploadedAt),
                cancellationToken))
            {
                imported++;
            }
        }

        return imported;
    }
}
