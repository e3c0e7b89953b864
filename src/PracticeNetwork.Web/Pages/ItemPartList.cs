namespace PracticeNetwork.Web.Pages;

/// <summary>
/// A content item's contacts, links or awards for the shared partials <c>_ContactList</c>, <c>_LinkList</c> and
/// <c>_AwardList</c>: a section with <paramref name="Heading"/> (the field's name in the content type's words, an h2
/// with the id <paramref name="Id"/>), shown only when there is something in it; <paramref name="Lang"/> is the item's
/// language when it differs from the page's.
/// </summary>
public sealed record ItemPartList<T>(string Id, string Heading, IReadOnlyList<T> Items, string? Lang);
