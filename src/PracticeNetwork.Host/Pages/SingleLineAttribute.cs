using PracticeNetwork.Web;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Host.Pages;

/// <summary>The shared <see cref="TextRules.SingleLine{T}"/> rule for page fields bound with data annotations, such as people's names.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SingleLineAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not string text || TextRules.IsSingleLine(text))
        {
            return ValidationResult.Success;
        }

        // A custom attribute has no localization adapter: it reads its message in the reader's language itself.
        var texts = validationContext.GetService(typeof(IStringLocalizer<SharedResource>)) as IStringLocalizer<SharedResource>;
        return new ValidationResult(texts?["FieldSingleLine"].Value ?? TextRules.SingleLineMessage, [validationContext.MemberName ?? string.Empty]);
    }
}
