using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Coordination;

/// <summary>The reviewed network-wide read of one project for the current reader: null (404) unless <see cref="ProjectAccess.MayOpen"/>.</summary>
internal sealed class ProjectReads(ProjectsDbContext db, IReaderContext readers)
{
    public Task<DevelopmentProject?> OpenAsync(Guid projectId, bool evenDeleted, CancellationToken cancellationToken) =>
        db.ItemTheReaderMayOpenAsync<DevelopmentProject>(readers.Current, projectId, evenDeleted, ProjectAccess.MayOpen, cancellationToken);

    /// <summary>The project for a participant's own write: 404 when the reader may not open it, 403 when <paramref name="allowed"/> says no.</summary>
    public async Task<DevelopmentProject> ForOwnWriteAsync(Guid projectId, Func<Reader, DevelopmentProject, bool> allowed, string refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var project = await OpenAsync(projectId, evenDeleted: false, cancellationToken).ConfigureAwait(false)
            ?? throw ContentStore.NotFound(ProjectContentType.Name);
        return allowed(readers.Current, project) ? project : throw new ForbiddenException(refusal);
    }
}
