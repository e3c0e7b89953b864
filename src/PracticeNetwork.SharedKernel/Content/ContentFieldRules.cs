using FluentValidation;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>
/// The validation rules of the fields every content type shares (title, summary, language, audience, themes, contact
/// persons, links, awards), with the API's field names, so that practices, projects and processes say the same.
/// </summary>
public static class ContentFieldRules
{
    public const int LongTextMax = 20000;

    private static readonly string[] Languages = ["fi", "sv", "en"];

    public static void AddSharedFieldRules<T>(
        this AbstractValidator<T> validator,
        Func<T, string> title,
        Func<T, string> summary,
        Func<T, string> language,
        Func<T, Audience> audience,
        Func<T, IReadOnlyList<Theme>> themes)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(message => title(message)).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("title");
        validator.RuleFor(message => summary(message)).NotEmpty().MaximumLength(1000).Printable().OverridePropertyName("summary");
        validator.RuleFor(message => language(message)).Must(value => Languages.Contains(value)).WithMessage("Choose fi, sv or en.").OverridePropertyName("language");
        validator.RuleFor(message => audience(message)).IsInEnum().OverridePropertyName("audience");
        validator.RuleFor(message => themes(message)).NotNull().Must(value => value is { Count: >= 1 and <= 5 })
            .WithMessage("Choose one to five themes.").OverridePropertyName("themes");
        validator.RuleForEach(message => themes(message)).IsInEnum().OverridePropertyName("themes");
    }

    /// <summary>A Markdown text of at most <see cref="LongTextMax"/> characters; required when <paramref name="required"/>.</summary>
    public static void AddLongTextRule<T>(this AbstractValidator<T> validator, Func<T, string> text, string field, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var rule = validator.RuleFor(message => text(message));
        (required ? rule.NotEmpty() : rule.NotNull()).MaximumLength(LongTextMax).Printable().OverridePropertyName(field);
    }

    public static void AddContactRules<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<ContactPerson>> contacts)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(message => contacts(message)).NotNull().Must(value => value is null || value.Count <= 10)
            .WithMessage("At most 10 contact persons.").OverridePropertyName("contacts");
        validator.RuleForEach(message => contacts(message)).NotNull().OverridePropertyName("contacts").ChildRules(contact =>
        {
            contact.RuleFor(person => person.Name).NotEmpty().MaximumLength(100).SingleLine().OverridePropertyName("name");
            contact.RuleFor(person => person.Title).MaximumLength(100).SingleLine().OverridePropertyName("title");
            contact.RuleFor(person => person.Email).MaximumLength(200).SingleLine().EmailAddress()
                .When(person => !string.IsNullOrWhiteSpace(person.Email)).OverridePropertyName("email");
            contact.RuleFor(person => person.Phone).MaximumLength(40).SingleLine().Matches(@"^\+?[0-9 ()\-]{5,}$")
                .When(person => !string.IsNullOrWhiteSpace(person.Phone)).WithMessage("A phone number has digits, spaces and an optional leading +.")
                .OverridePropertyName("phone");
        });
    }

    public static void AddLinkRules<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<ContentLink>> links)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(message => links(message)).NotNull().Must(value => value is null || value.Count <= 20)
            .WithMessage("At most 20 links.").OverridePropertyName("links");
        validator.RuleForEach(message => links(message)).NotNull().OverridePropertyName("links").ChildRules(link =>
        {
            link.RuleFor(item => item.Title).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("title");
            link.RuleFor(item => item.Url).NotEmpty().MaximumLength(2000).SingleLine().Must(IsWebAddress)
                .WithMessage("Give a full web address starting with https:// or http://.").OverridePropertyName("url");
        });
    }

    public static void AddAwardRules<T>(this AbstractValidator<T> validator, Func<T, IReadOnlyList<Award>> awards)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(message => awards(message)).NotNull().Must(value => value is null || value.Count <= 10)
            .WithMessage("At most 10 awards.").OverridePropertyName("awards");
        validator.RuleForEach(message => awards(message)).NotNull().OverridePropertyName("awards").ChildRules(award =>
        {
            award.RuleFor(item => item.Name).NotEmpty().MaximumLength(200).SingleLine().OverridePropertyName("name");
            award.RuleFor(item => item.Year).InclusiveBetween(1950, 2100).OverridePropertyName("year");
            award.RuleFor(item => item.GrantedBy).MaximumLength(200).SingleLine().OverridePropertyName("grantedBy");
        });
    }

    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
