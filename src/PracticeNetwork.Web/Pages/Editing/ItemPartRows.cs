using System.Globalization;
using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.Web.Pages.Editing;

/// <summary>A repeated row group's row; a row with nothing typed in it is ignored.</summary>
public interface IFormRow
{
    bool IsEmpty { get; }
}

/// <summary>
/// A repeated row group as an editor shows it without JavaScript: the filled rows in their order, then a few empty
/// ones to fill in, up to the group's maximum; "more rows" posts the form and comes back with more empty rows.
/// </summary>
public static class FormRows
{
    /// <summary>Empty rows offered under the filled ones, and how many more "add rows" gives.</summary>
    public const int EmptyRows = 2;

    /// <summary>
    /// Drops the empty rows and adds <see cref="EmptyRows"/> fresh ones (twice as many with <paramref name="more"/>).
    /// The filled rows keep their order, so row i of the form is item i of what the form sends.
    /// </summary>
    public static List<T> Pad<T>(IEnumerable<T> rows, int max, bool more)
        where T : IFormRow, new()
    {
        ArgumentNullException.ThrowIfNull(rows);
        var filled = rows.Where(row => !row.IsEmpty).ToList();
        var wanted = Math.Min(max, filled.Count + EmptyRows + (more ? EmptyRows : 0));
        while (filled.Count < wanted)
        {
            filled.Add(new T());
        }

        return filled;
    }

    /// <summary>The filled rows as what they stand for.</summary>
    public static IReadOnlyList<TItem> Items<TRow, TItem>(IEnumerable<TRow> rows, Func<TRow, TItem> item)
        where TRow : IFormRow => [.. rows.Where(row => !row.IsEmpty).Select(item)];
}

/// <summary>One row group of an editor for the shared partials (<c>_ContactRows</c>, <c>_LinkRows</c>, <c>_AwardRows</c>).</summary>
/// <param name="Heading">The group's heading, the field's name in the content type's own words.</param>
public sealed record RowGroup<TRow>(string Heading, IReadOnlyList<TRow> Rows, int Max);

public sealed class ContactRow : IFormRow
{
    public string? Name { get; set; }

    public string? Title { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title)
        && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);

    public static ContactRow From(ContactPerson contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new ContactRow { Name = contact.Name, Title = contact.Title, Email = contact.Email, Phone = contact.Phone };
    }

    public ContactPerson ToContact() => new(Name?.Trim() ?? string.Empty, Title, Email, Phone);
}

public sealed class LinkRow : IFormRow
{
    public string? Title { get; set; }

    public string? Url { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Url);

    public static LinkRow From(ContentLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new LinkRow { Title = link.Title, Url = link.Url };
    }

    public ContentLink ToLink() => new(Title?.Trim() ?? string.Empty, Url?.Trim() ?? string.Empty);
}

public sealed class AwardRow : IFormRow
{
    public string? Name { get; set; }

    /// <summary>As typed; a year that is not a number is sent as 0, which the module refuses.</summary>
    public string? Year { get; set; }

    public string? GrantedBy { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Year) && string.IsNullOrWhiteSpace(GrantedBy);

    public int YearOrZero => int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : 0;

    public static AwardRow From(Award award)
    {
        ArgumentNullException.ThrowIfNull(award);
        return new AwardRow { Name = award.Name, Year = award.Year.ToString(CultureInfo.InvariantCulture), GrantedBy = award.GrantedBy };
    }

    public Award ToAward() => new(Name?.Trim() ?? string.Empty, YearOrZero, GrantedBy);
}
