using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Data;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.Modules.Projects.Features.Coordination;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Participants;

internal sealed class RecordContributionValidator : AbstractValidator<RecordContribution>
{
    public RecordContributionValidator()
    {
        RuleFor(command => command.Role).NotEmpty().MaximumLength(ProjectLimits.ContributionRole).SingleLine().OverridePropertyName("role");
        RuleFor(command => command.Resources).NotNull().MaximumLength(ProjectLimits.ContributionResources).Printable().OverridePropertyName("resources");
    }
}

/// <summary>
/// The acting municipality says what it gives to the project, in its own row (replacing what it said before): its
/// team members or admins, while it takes part.
/// </summary>
internal sealed class RecordContributionHandler(ProjectsDbContext db, ProjectReads reads, IReaderContext readers, TimeProvider clock)
    : ICommandHandler<RecordContribution>
{
    public async ValueTask<Unit> Handle(RecordContribution command, CancellationToken cancellationToken)
    {
        var project = await reads.ForOwnWriteAsync(command.ProjectId, ProjectAccess.MayRecordContribution,
            "Your municipality's team members and admins record what it gives.", cancellationToken).ConfigureAwait(false);
        var person = readers.Current.PersonId();
        var now = clock.GetUtcNow();
        var own = await db.Contributions.SingleOrDefaultAsync(row => row.ProjectId == project.Id, cancellationToken).ConfigureAwait(false);
        if (own is null)
        {
            db.Contributions.Add(new ProjectContributionRecord(project.Id, command.Role, command.Resources, person, now));
        }
        else
        {
            own.Record(command.Role, command.Resources, person, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("Someone else recorded your municipality's contribution at the same time. Reload and try again.",
                "StaleContribution", 0);
        }

        return Unit.Value;
    }
}
