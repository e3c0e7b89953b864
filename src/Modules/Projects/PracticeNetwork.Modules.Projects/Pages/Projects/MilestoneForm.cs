using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Projects.Pages.Projects;

/// <summary>
/// What the milestone forms share: the inputs the module's field errors land on, and the due date as typed (the date
/// picker's 2026-04-30, or 30.4.2026 in the reader's own format where there is no picker).
/// </summary>
public static class MilestoneForm
{
    /// <summary>The module's field names and the ids of the inputs they are about.</summary>
    public static readonly IReadOnlyDictionary<string, string> Inputs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title"] = "milestone-title",
        ["dueDate"] = "milestone-due",
        ["responsibleMunicipality"] = "milestone-responsible",
    };

    public static DateOnly? ParseDate(string? text) => ProjectFormat.ParseDate(text);

    /// <summary>A milestone that cannot be sent at all: the missing or unreadable parts, by the module's field names.</summary>
    public static RequestValidationException Invalid(bool badDate, bool noMunicipality, string? title)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(title))
        {
            errors["title"] = ["Give the milestone a title."];
        }

        if (badDate)
        {
            errors["dueDate"] = ["Give the due date as a date."];
        }

        if (noMunicipality)
        {
            errors["responsibleMunicipality"] = ["Choose the responsible municipality."];
        }

        return new RequestValidationException(errors);
    }
}
