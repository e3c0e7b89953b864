using FluentValidation;
using PracticeNetwork.Modules.Projects.Domain;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.Milestones;

/// <summary>What a planned milestone needs, for adding and changing one.</summary>
internal static class MilestoneRules
{
    public static void AddMilestoneRules<T>(this AbstractValidator<T> validator, Func<T, string> title, Func<T, DateOnly> dueDate, Func<T, Guid> responsible)
    {
        validator.RuleFor(message => title(message)).NotEmpty().MaximumLength(ProjectLimits.MilestoneTitle).SingleLine().OverridePropertyName("title");
        validator.RuleFor(message => dueDate(message)).Must(date => date.Year is >= 1990 and <= 2100)
            .WithMessage("Give a due date between 1990 and 2100.").OverridePropertyName("dueDate");
        validator.RuleFor(message => responsible(message)).NotEmpty().OverridePropertyName("responsibleMunicipality");
    }

    /// <summary>The responsible municipality must take part in the project (the owner or an accepted participant).</summary>
    public static void EnsureTakesPart(DevelopmentProject project, Guid municipalityId)
    {
        if (!project.TakesPart(municipalityId))
        {
            throw RequestValidationException.For("responsibleMunicipality", "Choose a municipality that takes part in the project.");
        }
    }

    public static Milestone Find(DevelopmentProject project, Guid milestoneId) =>
        project.Milestones.SingleOrDefault(milestone => milestone.Id == milestoneId) ?? throw new NotFoundException("No such milestone in this project.");
}
