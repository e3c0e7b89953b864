using FluentValidation;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.WritePractice;

/// <summary>
/// The rules for a practice's content, shared by create and update; field names are the API's (camelCase, with list
/// indexes). One-line fields are <see cref="TextRules.SingleLine{T}"/>; the summary (a few sentences in a text area) and
/// the Markdown fields are <see cref="TextRules.Printable{T}"/>.
/// </summary>
internal abstract class PracticeContentValidator<T> : AbstractValidator<T>
{
    public const int LongTextMax = ContentFieldRules.LongTextMax;

    protected PracticeContentValidator(Func<T, PracticeContent> read)
    {
        RuleFor(message => read(message)).NotNull().OverridePropertyName("content");
        When(message => read(message) is not null, () => AddRules(read));
    }

    private void AddRules(Func<T, PracticeContent> read)
    {
        this.AddSharedFieldRules(message => read(message).Title, message => read(message).Summary, message => read(message).Language,
            message => read(message).Audience, message => read(message).Themes);
        this.AddLongTextRule(message => read(message).Solution, "solution", required: true);
        this.AddLongTextRule(message => read(message).NeedAndGoals, "needAndGoals");
        this.AddLongTextRule(message => read(message).ResultsAndEvidence, "resultsAndEvidence");
        this.AddLongTextRule(message => read(message).ResourcesAndCosts, "resourcesAndCosts");
        this.AddLongTextRule(message => read(message).ConditionsForAdoption, "conditionsForAdoption");
        RuleFor(message => read(message).Stage).IsInEnum().OverridePropertyName("stage");
        RuleFor(message => read(message).EvidenceLevel).IsInEnum().OverridePropertyName("evidenceLevel");
        RuleFor(message => read(message).TargetGroups).NotNull().Must(groups => groups is null || groups.Count <= 12).OverridePropertyName("targetGroups");
        RuleForEach(message => read(message).TargetGroups).IsInEnum().OverridePropertyName("targetGroups");
        RuleFor(message => read(message).Tags).NotNull().Must(tags => tags is null || tags.Count <= 20)
            .WithMessage("At most 20 tags.").OverridePropertyName("tags");
        RuleForEach(message => read(message).Tags).NotEmpty().MaximumLength(50).SingleLine().OverridePropertyName("tags");
        this.AddContactRules(message => read(message).Contacts);
        this.AddLinkRules(message => read(message).Links);
        this.AddAwardRules(message => read(message).Awards);
    }
}
