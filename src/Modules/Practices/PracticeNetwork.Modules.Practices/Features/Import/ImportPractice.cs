using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.Modules.Practices.Features.WritePractice;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.Import;

/// <summary>The content rules of create, and dates that tell one consistent story up to now.</summary>
internal sealed class ImportPracticeValidator : PracticeContentValidator<ImportPractice>
{
    public ImportPracticeValidator(TimeProvider clock) : base(command => command.Content)
    {
        var published = new[] { PublicationStatus.Published, PublicationStatus.Archived };
        RuleFor(command => command.Id).NotEmpty().OverridePropertyName("id");
        RuleFor(command => command.CreatedBy).NotEmpty().OverridePropertyName("createdBy");
        RuleFor(command => command.ReviewedBy).NotEqual(Guid.Empty).OverridePropertyName("reviewedBy");
        RuleFor(command => command.Status).IsInEnum().OverridePropertyName("status");
        RuleFor(command => command.CreatedAt).LessThanOrEqualTo(_ => clock.GetUtcNow()).OverridePropertyName("createdAt");

        RuleFor(command => command.PublishedAt).NotNull().When(command => published.Contains(command.Status))
            .WithMessage("A published or archived practice needs its publication date.").OverridePropertyName("publishedAt");
        RuleFor(command => command.PublishedAt).Null().When(command => !published.Contains(command.Status))
            .WithMessage("Only published and archived practices have a publication date.").OverridePropertyName("publishedAt");
        RuleFor(command => command.PublishedAt).Must((command, at) => at >= command.CreatedAt && at <= clock.GetUtcNow())
            .When(command => command.PublishedAt is not null).WithMessage("Published after it was created, and not in the future.")
            .OverridePropertyName("publishedAt");

        RuleFor(command => command.ArchivedAt).NotNull().When(command => command.Status == PublicationStatus.Archived)
            .WithMessage("An archived practice needs its archiving date.").OverridePropertyName("archivedAt");
        RuleFor(command => command.ArchivedAt).Null().When(command => command.Status != PublicationStatus.Archived)
            .WithMessage("Only archived practices have an archiving date.").OverridePropertyName("archivedAt");
        RuleFor(command => command.ArchivedAt).Must((command, at) => at >= command.PublishedAt && at <= clock.GetUtcNow())
            .When(command => command.ArchivedAt is not null && command.PublishedAt is not null)
            .WithMessage("Archived after it was published, and not in the future.").OverridePropertyName("archivedAt");

        RuleFor(command => command.ReviewComment).Null().When(command => command.Status != PublicationStatus.Draft)
            .WithMessage("Only a draft returned to its author has a review comment.").OverridePropertyName("reviewComment");
        RuleFor(command => command.ReviewComment).MaximumLength(2000).OverridePropertyName("reviewComment");

        RuleFor(command => command.UpdatedAt).Null().When(command => !MovedBeforePublication(command))
            .WithMessage("Only an item in review or a returned draft has a date of its last step.").OverridePropertyName("updatedAt");
        RuleFor(command => command.UpdatedAt).Must((command, at) => at >= command.CreatedAt && at <= clock.GetUtcNow())
            .When(command => command.UpdatedAt is not null).WithMessage("Moved after it was created, and not in the future.")
            .OverridePropertyName("updatedAt");
    }

    public static bool MovedBeforePublication(ImportPractice command) =>
        command.Status == PublicationStatus.InReview || (command.Status == PublicationStatus.Draft && !string.IsNullOrWhiteSpace(command.ReviewComment));
}

/// <summary>
/// Writes an imported practice into the acting municipality through the domain's own workflow steps, so that a
/// published one has revision 1 and every item a change log with the given dates. Idempotent by id; no outbox
/// events (an import is not news). Members never import: the command is for background and seeding code only.
/// </summary>
internal sealed class ImportPracticeHandler(PracticesDbContext db, IReaderContext readers, ITenantContext tenant) : ICommandHandler<ImportPractice, bool>
{
    public async ValueTask<bool> Handle(ImportPractice command, CancellationToken cancellationToken)
    {
        if (readers.Current.IsSignedIn)
        {
            throw new ForbiddenException("Practices are imported by the system, not by members.");
        }

        var acting = tenant.MunicipalityId ?? throw new TenantViolationException("Act for the municipality to import into first.");
        // Across municipalities on purpose: an id is unique in the whole network, and only the owner is read.
        var owner = await db.Practices.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(practice => practice.Id == command.Id).Select(practice => (Guid?)practice.MunicipalityId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (owner is not null)
        {
            return owner == acting
                ? false
                : throw new ConflictException("Another municipality has a practice with this id.", "PracticeIdTaken", 0);
        }

        var practice = new GoodPractice(command.Id, command.Content, command.CreatedBy, command.CreatedAt);
        db.Practices.Add(practice);
        db.Changes.Add(new PracticeChange(practice, command.CreatedBy, ContentChangeKind.Created, command.CreatedAt));
        TakeSteps(practice, command);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The steps that lead to the imported status, each logged with the date the import knows for it.</summary>
    private void TakeSteps(GoodPractice practice, ImportPractice command)
    {
        var reviewer = command.ReviewedBy ?? command.CreatedBy;
        var moved = command.UpdatedAt ?? command.CreatedAt;
        switch (command.Status)
        {
            case PublicationStatus.InReview:
                Take(practice, WorkflowStep.SubmitForReview, null, moved);
                db.Changes.Add(new PracticeChange(practice, command.CreatedBy, ContentChangeKind.SubmittedForReview, moved));
                break;
            case PublicationStatus.Draft when ImportPracticeValidator.MovedBeforePublication(command):
                var comment = command.ReviewComment!.Trim();
                Take(practice, WorkflowStep.SubmitForReview, null, moved);
                Take(practice, WorkflowStep.ReturnToAuthor, comment, moved);
                db.Changes.Add(new PracticeChange(practice, reviewer, ContentChangeKind.ReturnedToAuthor, moved, comment: comment));
                break;
            case PublicationStatus.Published or PublicationStatus.Archived:
                var publishedAt = command.PublishedAt!.Value;
                Take(practice, WorkflowStep.Publish, null, publishedAt);
                db.Changes.Add(new PracticeChange(practice, reviewer, ContentChangeKind.Published, publishedAt));
                db.Revisions.Add(new PracticeRevision(practice, practice.NextRevision(), reviewer, publishedAt, []));
                if (command.Status == PublicationStatus.Archived)
                {
                    Take(practice, WorkflowStep.Archive, null, command.ArchivedAt!.Value);
                    db.Changes.Add(new PracticeChange(practice, reviewer, ContentChangeKind.Archived, command.ArchivedAt.Value));
                }

                break;
        }
    }

    private static void Take(GoodPractice practice, WorkflowStep step, string? comment, DateTimeOffset at)
    {
        if (!practice.Take(step, comment, at))
        {
            throw new InvalidOperationException($"An imported practice cannot take {step} from {practice.Status}.");
        }
    }
}
