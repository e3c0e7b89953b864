using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features;

internal sealed class CreatePracticeValidator : AbstractValidator<CreatePractice>
{
    public CreatePracticeValidator()
    {
        RuleFor(command => command.Text.Title).NotEmpty().MaximumLength(200).OverridePropertyName("title");
        RuleFor(command => command.Text.Summary).NotEmpty().MaximumLength(1000).OverridePropertyName("summary");
        RuleFor(command => command.Text.Solution).NotEmpty().MaximumLength(20000).OverridePropertyName("solution");
        RuleFor(command => command.Text.NeedAndGoals).MaximumLength(20000).OverridePropertyName("needAndGoals");
        RuleFor(command => command.Text.ResultsAndEvidence).MaximumLength(20000).OverridePropertyName("resultsAndEvidence");
        RuleFor(command => command.Text.ResourcesAndCosts).MaximumLength(20000).OverridePropertyName("resourcesAndCosts");
        RuleFor(command => command.Text.ConditionsForAdoption).MaximumLength(20000).OverridePropertyName("conditionsForAdoption");
        RuleFor(command => command.Text.Language).Must(language => language is "fi" or "sv" or "en").OverridePropertyName("language");
        RuleFor(command => command.Text.Stage).IsInEnum().OverridePropertyName("stage");
        RuleFor(command => command.Text.EvidenceLevel).IsInEnum().OverridePropertyName("evidenceLevel");
        RuleFor(command => command.Text.Audience).IsInEnum().OverridePropertyName("audience");
    }
}

/// <summary>Authors (and reviewers) of the acting municipality write drafts; the tenant is stamped on save.</summary>
internal sealed class CreatePracticeHandler(PracticesDbContext db, IReaderContext readers, TimeProvider clock) : ICommandHandler<CreatePractice, Guid>
{
    public async ValueTask<Guid> Handle(CreatePractice command, CancellationToken cancellationToken)
    {
        var reader = readers.Current;
        if (!reader.IsMember || !(reader.IsAuthor || reader.IsReviewer))
        {
            throw new ForbiddenException("Only the municipality's authors and reviewers write practices.");
        }

        var practice = new GoodPractice(command.Text, reader.PersonId!.Value, clock.GetUtcNow());
        db.Practices.Add(practice);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return practice.Id;
    }
}

internal sealed class ChangePracticeStatusHandler(PracticesDbContext db, IReaderContext readers, TimeProvider clock) : ICommandHandler<ChangePracticeStatus>
{
    public async ValueTask<Unit> Handle(ChangePracticeStatus command, CancellationToken cancellationToken)
    {
        // The tenant filter: only the acting municipality's practices can be changed.
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == command.PracticeId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("No such practice in this municipality.");
        var step = (WorkflowStep)command.Step;
        if (!Workflow.MayTake(readers.Current, practice.MunicipalityId, step))
        {
            throw new ForbiddenException("This step belongs to the municipality's reviewers.");
        }

        if (practice.Version != command.Version)
        {
            throw new ConflictException("Someone else changed this practice. Reload and try again.", "StalePractice");
        }

        if (!practice.Take(step, command.Comment, clock.GetUtcNow()))
        {
            throw new ConflictException($"A {practice.Status} practice cannot take the step {step}.", "WrongStep");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException raced)
        {
            throw new ConflictException("Someone else changed this practice at the same time.", raced);
        }

        return Unit.Value;
    }
}

/// <summary>
/// Reviewed network-wide read: any municipality's practice, returned only when <see cref="Visibility.CanOpen"/>
/// allows the current reader to open it.
/// </summary>
internal sealed class GetPracticeHandler(PracticesDbContext db, IReaderContext readers) : IQueryHandler<GetPractice, PracticeDetails?>
{
    public async ValueTask<PracticeDetails?> Handle(GetPractice query, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .SingleOrDefaultAsync(p => p.Id == query.PracticeId, cancellationToken).ConfigureAwait(false);
        if (practice is null || !Visibility.CanOpen(readers.Current, practice.MunicipalityId, practice.Status, practice.Audience, practice.CreatedBy))
        {
            return null;
        }

        return new PracticeDetails(practice.Id, practice.MunicipalityId, practice.Text, practice.Status.ToString(), practice.CreatedBy,
            practice.Version, practice.CreatedAt, practice.PublishedAt, practice.ReviewComment);
    }
}
