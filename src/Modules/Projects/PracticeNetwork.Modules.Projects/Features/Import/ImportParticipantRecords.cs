using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Import;

/// <summary>
/// Imports of a participant's own rows, acting for that participant (background work only): the project must exist
/// and the acting municipality must take part in it, or have taken part (what a municipality that left wrote stays).
/// </summary>
internal sealed class ParticipantImports(ProjectsDbContext db, IReaderContext readers, ITenantContext tenant)
{
    public async Task<Guid> ProjectForAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (readers.Current.IsSignedIn)
        {
            throw new ForbiddenException("Projects are imported by the system, not by members.");
        }

        var acting = tenant.MunicipalityId ?? throw new TenantViolationException("Act for the participant to import for first.");
        var project = await db.Projects.AsNoTracking().IgnoreQueryFilters([SharedKernel.Persistence.ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(candidate => candidate.Id == projectId, cancellationToken).ConfigureAwait(false)
            ?? throw ContentStore.NotFound(ProjectContentType.Name);
        var tookPart = project.MunicipalityId == acting
            || project.ParticipationOf(acting)?.State is ParticipantState.Accepted or ParticipantState.Left;
        return tookPart ? project.Id : throw new ForbiddenException("Only a municipality that takes part writes into the project.");
    }
}

internal sealed class ImportProjectUpdateHandler(ProjectsDbContext db, ParticipantImports imports, ITenantContext tenant) : ICommandHandler<ImportProjectUpdate, bool>
{
    public async ValueTask<bool> Handle(ImportProjectUpdate command, CancellationToken cancellationToken)
    {
        var projectId = await imports.ProjectForAsync(command.ProjectId, cancellationToken).ConfigureAwait(false);
        if (await db.Updates.IgnoreQueryFilters([SharedKernel.Persistence.ModuleDbContext.TenantFilter])
            .AnyAsync(update => update.Id == command.UpdateId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        db.Updates.Add(new ProjectStatusUpdate(command.UpdateId, projectId, tenant.MunicipalityId!.Value, command.PersonId, command.PostedAt, command.Text.Trim()));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}

internal sealed class ImportProjectContributionHandler(ProjectsDbContext db, ParticipantImports imports) : ICommandHandler<ImportProjectContribution>
{
    public async ValueTask<Unit> Handle(ImportProjectContribution command, CancellationToken cancellationToken)
    {
        var projectId = await imports.ProjectForAsync(command.ProjectId, cancellationToken).ConfigureAwait(false);
        var own = await db.Contributions.SingleOrDefaultAsync(row => row.ProjectId == projectId, cancellationToken).ConfigureAwait(false);
        if (own is null)
        {
            db.Contributions.Add(new ProjectContributionRecord(projectId, command.Role, command.Resources, command.RecordedBy, command.RecordedAt));
        }
        else
        {
            own.Record(command.Role, command.Resources, command.RecordedBy, command.RecordedAt);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class ImportProjectDocumentHandler(ContentFiles<DevelopmentProject, ProjectContent> files) : ICommandHandler<ImportProjectDocument, bool>
{
    public async ValueTask<bool> Handle(ImportProjectDocument command, CancellationToken cancellationToken) =>
        await files.ImportAsync(command.ProjectId, command.AttachmentId, command.FileName, command.Content, command.UploadedBy, command.UploadedAt, cancellationToken)
            .ConfigureAwait(false);
}
