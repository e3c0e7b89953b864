using PracticeNetwork.SharedKernel.Text;

namespace PracticeNetwork.Web.Pages.Editing;

/// <summary>One field that differs between the saved item and the editor's unsaved input.</summary>
public sealed record ConflictField(string Field, string Label, string Saved, string Yours, IReadOnlyList<DiffSegment>? Diff);

/// <summary>
/// A save refused because someone saved first: who and when (if known), and every field where the saved values and
/// the editor's own differ, the long texts with a word diff from saved to yours. Each content type describes its
/// fields as a reader would read them (choices by their names, rows one per line), in the same order for both.
/// </summary>
public sealed record EditConflict(DateTimeOffset SavedAt, string? SavedBy, IReadOnlyList<ConflictField> Fields)
{
    public static EditConflict Between(
        DateTimeOffset savedAt,
        string? savedBy,
        IReadOnlyList<(string Field, string Label, string Value)> saved,
        IReadOnlyList<(string Field, string Label, string Value)> yours,
        IReadOnlySet<string> textFields)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(yours);
        ArgumentNullException.ThrowIfNull(textFields);
        var fields = saved.Zip(yours)
            .Where(pair => !string.Equals(pair.First.Value.Trim(), pair.Second.Value.Trim(), StringComparison.Ordinal))
            .Select(pair => new ConflictField(pair.First.Field, pair.First.Label, pair.First.Value, pair.Second.Value,
                textFields.Contains(pair.First.Field) ? TextDiff.Compare(pair.First.Value.Trim(), pair.Second.Value.Trim()) : null))
            .ToList();
        return new EditConflict(savedAt, savedBy, fields);
    }
}
