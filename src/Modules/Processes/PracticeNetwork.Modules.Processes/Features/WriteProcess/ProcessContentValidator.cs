using FluentValidation;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Domain;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Processes.Features.WriteProcess;

/// <summary>The rules for a process's fields, for create, update and import; field names are the API's (steps[2].lane).</summary>
internal abstract class ProcessContentValidator<T> : AbstractValidator<T>
{
    protected ProcessContentValidator(Func<T, ProcessContent> read)
    {
        RuleFor(message => read(message)).NotNull().OverridePropertyName("content");
        When(message => read(message) is not null, () => AddRules(read));
    }

    private void AddRules(Func<T, ProcessContent> read)
    {
        this.AddSharedFieldRules(message => read(message).Title, message => read(message).Summary, message => read(message).Language,
            message => read(message).Audience, message => read(message).Themes);
        this.AddLongTextRule(message => read(message).Purpose, "purpose", required: true);
        ShortText(message => read(message).Unit, "unit", required: true);
        ShortText(message => read(message).ProcessOwner, "processOwner", required: true);
        ShortText(message => read(message).StartEvent, "startEvent", required: true);
        ShortText(message => read(message).EndEvent, "endEvent", required: true);
        Entries(message => read(message).Inputs, "inputs");
        Entries(message => read(message).Outputs, "outputs");
        Entries(message => read(message).Customers, "customers");

        RuleFor(message => read(message).Steps).NotNull().Must(steps => steps is null || steps.Count <= ProcessLimits.MaxSteps)
            .WithMessage($"At most {ProcessLimits.MaxSteps} steps.").OverridePropertyName("steps");
        RuleFor(message => read(message).Steps).Must(steps => steps is null || steps.Select(step => step?.Id).Distinct().Count() == steps.Count)
            .WithMessage("Each step appears once.").OverridePropertyName("steps");
        RuleFor(message => read(message).Steps)
            .Must(steps => steps is null || steps.Select(step => step?.Lane?.Trim()).Distinct(StringComparer.Ordinal).Count() <= ProcessLimits.MaxLanes)
            .WithMessage($"At most {ProcessLimits.MaxLanes} performer roles (lanes).").OverridePropertyName("steps");
        RuleForEach(message => read(message).Steps).NotNull().OverridePropertyName("steps").ChildRules(step =>
        {
            step.RuleFor(item => item.Id).NotEmpty().OverridePropertyName("id");
            step.RuleFor(item => item.Name).NotEmpty().MaximumLength(ProcessLimits.ShortText).SingleLine().OverridePropertyName("name");
            step.RuleFor(item => item.Lane).NotEmpty().WithMessage("Name the role that performs the step.")
                .MaximumLength(100).SingleLine().OverridePropertyName("lane");
            step.RuleFor(item => item.Description).NotNull().MaximumLength(ProcessLimits.StepDescription).Printable().OverridePropertyName("description");
            step.RuleFor(item => item.System).MaximumLength(100).SingleLine().OverridePropertyName("system");
            step.RuleFor(item => item.TypicalDuration).MaximumLength(60).SingleLine().OverridePropertyName("typicalDuration");
        });

        RuleFor(message => read(message).Bottlenecks).NotNull().Must(items => items is null || items.Count <= ProcessLimits.MaxBottlenecks)
            .WithMessage($"At most {ProcessLimits.MaxBottlenecks} bottlenecks.").OverridePropertyName("bottlenecks");
        RuleForEach(message => read(message).Bottlenecks).NotNull().OverridePropertyName("bottlenecks").ChildRules(bottleneck =>
        {
            bottleneck.RuleFor(item => item.Description).NotEmpty().MaximumLength(ProcessLimits.StepDescription).Printable().OverridePropertyName("description");
            bottleneck.RuleFor(item => item.StepIds).NotNull().OverridePropertyName("steps");
        });
        RuleForEach(message => read(message).Bottlenecks)
            .Must((message, bottleneck) => bottleneck?.StepIds is null || read(message).Steps is null
                || bottleneck.StepIds.All(id => read(message).Steps.Any(step => step?.Id == id)))
            .WithMessage("A bottleneck names steps of this process.").OverridePropertyName("bottlenecks");

        RuleFor(message => read(message).RelatedPractices).NotNull().Must(items => items is null || items.Count <= ProcessLimits.MaxRelated)
            .WithMessage($"At most {ProcessLimits.MaxRelated} related practices.").OverridePropertyName("relatedPractices");
        RuleFor(message => read(message).RelatedProjects).NotNull().Must(items => items is null || items.Count <= ProcessLimits.MaxRelated)
            .WithMessage($"At most {ProcessLimits.MaxRelated} related projects.").OverridePropertyName("relatedProjects");
        this.AddContactRules(message => read(message).Contacts);
        this.AddLinkRules(message => read(message).Links);
    }

    private void ShortText(Func<T, string> text, string field, bool required)
    {
        var rule = RuleFor(message => text(message));
        (required ? rule.NotEmpty() : rule.NotNull()).MaximumLength(ProcessLimits.ShortText).SingleLine().OverridePropertyName(field);
    }

    private void Entries(Func<T, IReadOnlyList<string>> entries, string field)
    {
        RuleFor(message => entries(message)).NotNull().Must(items => items is null || items.Count <= ProcessLimits.MaxListEntries)
            .WithMessage($"At most {ProcessLimits.MaxListEntries} entries.").OverridePropertyName(field);
        RuleForEach(message => entries(message)).NotNull().MaximumLength(ProcessLimits.ShortText).SingleLine().OverridePropertyName(field);
    }
}
