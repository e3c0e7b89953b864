using FluentValidation;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Features.WriteProject;

/// <summary>The rules for a project's shared fields, for create, update and import; field names are the API's.</summary>
internal abstract class ProjectContentValidator<T> : AbstractValidator<T>
{
    protected ProjectContentValidator(Func<T, ProjectContent> read)
    {
        RuleFor(message => read(message)).NotNull().OverridePropertyName("content");
        When(message => read(message) is not null, () => AddRules(read));
    }

    private void AddRules(Func<T, ProjectContent> read)
    {
        this.AddSharedFieldRules(message => read(message).Title, message => read(message).Summary, message => read(message).Language,
            message => read(message).Audience, message => read(message).Themes);
        this.AddLongTextRule(message => read(message).NeedAndGoals, "needAndGoals", required: true);
        this.AddLongTextRule(message => read(message).Solution, "solution");
        this.AddLongTextRule(message => read(message).Results, "results");
        RuleFor(message => read(message).Status).IsInEnum().OverridePropertyName("status");
        RuleFor(message => read(message).StartDate).Must(date => date is null || date.Value.Year is >= 1990 and <= 2100)
            .WithMessage("Give a start date between 1990 and 2100.").OverridePropertyName("startDate");
        RuleFor(message => read(message).EndDate).Must((message, end) => end is null || read(message).StartDate is not { } start || end >= start)
            .WithMessage("The project ends on or after its start.").OverridePropertyName("endDate");
        RuleFor(message => read(message).EndDate).Must(date => date is null || date.Value.Year <= 2100).OverridePropertyName("endDate");
        RuleFor(message => read(message).StartDate).NotNull().When(message => read(message).Status != ProjectStatus.Planned)
            .WithMessage("A project that has started needs its start date.").OverridePropertyName("startDate");
        RuleFor(message => read(message).EndDate).NotNull().When(message => read(message).Status == ProjectStatus.Completed)
            .WithMessage("A completed project needs its end date.").OverridePropertyName("endDate");

        RuleFor(message => read(message).Partners).NotNull().Must(partners => partners is null || partners.Count <= 20)
            .WithMessage("At most 20 partner organisations.").OverridePropertyName("partners");
        RuleForEach(message => read(message).Partners).NotNull().OverridePropertyName("partners").ChildRules(partner =>
        {
            partner.RuleFor(item => item.Name).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("name");
            partner.RuleFor(item => item.Kind).IsInEnum().OverridePropertyName("kind");
            partner.RuleFor(item => item.WebAddress).MaximumLength(2000).SingleLine().Must(ContentFieldRules.IsWebAddress)
                .When(item => !string.IsNullOrWhiteSpace(item.WebAddress))
                .WithMessage("Give a full web address starting with https:// or http://.").OverridePropertyName("webAddress");
        });
        RuleFor(message => read(message).Funding).NotNull().Must(funding => funding is null || funding.Count <= 20)
            .WithMessage("At most 20 funding sources.").OverridePropertyName("funding");
        RuleForEach(message => read(message).Funding).NotNull().OverridePropertyName("funding").ChildRules(funding =>
        {
            funding.RuleFor(item => item.Source).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("source");
            funding.RuleFor(item => item.Amount).InclusiveBetween(0m, 1_000_000_000m).OverridePropertyName("amount");
            funding.RuleFor(item => item.Currency).NotEmpty().Matches("^[A-Za-z]{3}$")
                .WithMessage("A three-letter currency code, such as EUR.").OverridePropertyName("currency");
        });
        this.AddContactRules(message => read(message).Contacts);
        this.AddLinkRules(message => read(message).Links);
        this.AddAwardRules(message => read(message).Awards);
    }
}
