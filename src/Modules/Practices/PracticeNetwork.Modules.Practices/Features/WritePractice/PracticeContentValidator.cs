using FluentValidation;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Practices.Features.WritePractice;

/// <summary>
/// The rules for a practice's content, shared by create and update; field names are the API's (camelCase, with list
/// indexes). One-line fields are <see cref="TextRules.SingleLine{T}"/>; the summary (a few sentences in a text area) and
/// the Markdown fields are <see cref="TextRules.Printable{T}"/>.
/// </summary>
internal abstract class PracticeContentValidator<T> : AbstractValidator<T>
{
    public const int LongTextMax = 20000;

    private static readonly string[] Languages = ["fi", "sv", "en"];

    protected PracticeContentValidator(Func<T, PracticeContent> read)
    {
        RuleFor(message => read(message)).NotNull().OverridePropertyName("content");
        When(message => read(message) is not null, () => AddRules(read));
    }

    private void AddRules(Func<T, PracticeContent> read)
    {
        RuleFor(message => read(message).Title).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("title");
        RuleFor(message => read(message).Summary).NotEmpty().MaximumLength(1000).Printable().OverridePropertyName("summary");
        RuleFor(message => read(message).Solution).NotEmpty().MaximumLength(LongTextMax).Printable().OverridePropertyName("solution");
        RuleFor(message => read(message).NeedAndGoals).NotNull().MaximumLength(LongTextMax).Printable().OverridePropertyName("needAndGoals");
        RuleFor(message => read(message).ResultsAndEvidence).NotNull().MaximumLength(LongTextMax).Printable().OverridePropertyName("resultsAndEvidence");
        RuleFor(message => read(message).ResourcesAndCosts).NotNull().MaximumLength(LongTextMax).Printable().OverridePropertyName("resourcesAndCosts");
        RuleFor(message => read(message).ConditionsForAdoption).NotNull().MaximumLength(LongTextMax).Printable().OverridePropertyName("conditionsForAdoption");
        RuleFor(message => read(message).Language).Must(language => Languages.Contains(language)).WithMessage("Choose fi, sv or en.").OverridePropertyName("language");
        RuleFor(message => read(message).Stage).IsInEnum().OverridePropertyName("stage");
        RuleFor(message => read(message).EvidenceLevel).IsInEnum().OverridePropertyName("evidenceLevel");
        RuleFor(message => read(message).Audience).IsInEnum().OverridePropertyName("audience");

        RuleFor(message => read(message).Themes).NotNull().Must(themes => themes is { Count: >= 1 and <= 5 })
            .WithMessage("Choose one to five themes.").OverridePropertyName("themes");
        RuleForEach(message => read(message).Themes).IsInEnum().OverridePropertyName("themes");
        RuleFor(message => read(message).TargetGroups).NotNull().Must(groups => groups is null || groups.Count <= 12).OverridePropertyName("targetGroups");
        RuleForEach(message => read(message).TargetGroups).IsInEnum().OverridePropertyName("targetGroups");
        RuleFor(message => read(message).Tags).NotNull().Must(tags => tags is null || tags.Count <= 20)
            .WithMessage("At most 20 tags.").OverridePropertyName("tags");
        RuleForEach(message => read(message).Tags).NotEmpty().MaximumLength(50).SingleLine().OverridePropertyName("tags");

        RuleFor(message => read(message).Contacts).NotNull().Must(contacts => contacts is null || contacts.Count <= 10)
            .WithMessage("At most 10 contact persons.").OverridePropertyName("contacts");
        RuleForEach(message => read(message).Contacts).NotNull().OverridePropertyName("contacts").ChildRules(contact =>
        {
            contact.RuleFor(person => person.Name).NotEmpty().MaximumLength(100).SingleLine().OverridePropertyName("name");
            contact.RuleFor(person => person.Title).MaximumLength(100).SingleLine().OverridePropertyName("title");
            contact.RuleFor(person => person.Email).MaximumLength(200).SingleLine().EmailAddress()
                .When(person => !string.IsNullOrWhiteSpace(person.Email)).OverridePropertyName("email");
            contact.RuleFor(person => person.Phone).MaximumLength(40).SingleLine().Matches(@"^\+?[0-9 ()\-]{5,}$")
                .When(person => !string.IsNullOrWhiteSpace(person.Phone)).WithMessage("A phone number has digits, spaces and an optional leading +.")
                .OverridePropertyName("phone");
        });

        RuleFor(message => read(message).Links).NotNull().Must(links => links is null || links.Count <= 20)
            .WithMessage("At most 20 links.").OverridePropertyName("links");
        RuleForEach(message => read(message).Links).NotNull().OverridePropertyName("links").ChildRules(link =>
        {
            link.RuleFor(item => item.Title).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("title");
            link.RuleFor(item => item.Url).NotEmpty().MaximumLength(2000).SingleLine().Must(IsWebAddress)
                .WithMessage("Give a full web address starting with https:// or http://.").OverridePropertyName("url");
        });

        RuleFor(message => read(message).Awards).NotNull().Must(awards => awards is null || awards.Count <= 10)
            .WithMessage("At most 10 awards.").OverridePropertyName("awards");
        RuleForEach(message => read(message).Awards).NotNull().OverridePropertyName("awards").ChildRules(award =>
        {
            award.RuleFor(item => item.Name).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("name");
            award.RuleFor(item => item.Year).InclusiveBetween(1950, 2100).OverridePropertyName("year");
            award.RuleFor(item => item.GrantedBy).MaximumLength(200).SingleLine().OverridePropertyName("grantedBy");
        });
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
