using FluentValidation;
using Mediator;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.Modules.Practices.Features.WritePractice;
using PracticeNetwork.SharedKernel.Content;

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

        RuleFor(command => command.UpdatedAt).Null().When(command => !command.MovedBeforePublication())
            .WithMessage("Only an item in review or a returned draft has a date of its last step.").OverridePropertyName("updatedAt");
        RuleFor(command => command.UpdatedAt).Must((command, at) => at >= command.CreatedAt && at <= clock.GetUtcNow())
            .When(command => command.UpdatedAt is not null).WithMessage("Moved after it was created, and not in the future.")
            .OverridePropertyName("updatedAt");
    }
}

/// <summary>Writes an imported practice through the shared import path (<see cref="ContentImport{TItem, TContent}"/>).</summary>
internal sealed class ImportPracticeHandler(ContentImport<GoodPractice, PracticeContent> import) : ICommandHandler<ImportPractice, bool>
{
    public async ValueTask<bool> Handle(ImportPractice command, CancellationToken cancellationToken) =>
        await import.ImportAsync(command.Id, () => new GoodPractice(command.Id, command.Content, command.CreatedBy, command.CreatedAt),
            command, cancellationToken).ConfigureAwait(false);
}
