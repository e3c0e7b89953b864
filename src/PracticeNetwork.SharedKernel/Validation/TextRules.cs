using FluentValidation;

namespace PracticeNetwork.SharedKernel.Validation;

public static class TextRules
{
    /// <summary>
    /// Refuses invisible control characters (tab and line breaks are fine): they only hide text, and PostgreSQL
    /// refuses NUL in text columns, which would otherwise surface as a server error.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Printable<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || !text.Any(character => char.IsControl(character) && character is not ('\t' or '\r' or '\n')))
            .WithMessage("Remove the invisible control characters.");
}
