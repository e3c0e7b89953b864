using PracticeNetwork.Content.Contracts;

namespace PracticeNetwork.SharedKernel.Content;

/// <summary>The shared parts of every content type as they are stored: trimmed, with empty optional texts as null.</summary>
public static class ContentParts
{
    public static List<ContactPerson> Contacts(IEnumerable<ContactPerson> contacts) =>
        [.. contacts.Select(contact => contact with
        {
            Name = contact.Name.Trim(),
            Title = Blank(contact.Title),
            Email = Blank(contact.Email),
            Phone = Blank(contact.Phone),
        })];

    public static List<ContentLink> Links(IEnumerable<ContentLink> links) =>
        [.. links.Select(link => link with { Title = link.Title.Trim(), Url = link.Url.Trim() })];

    public static List<Award> Awards(IEnumerable<Award> awards) =>
        [.. awards.Select(award => award with { Name = award.Name.Trim(), GrantedBy = Blank(award.GrantedBy) })];

    /// <summary>A trimmed text, or null when there is nothing in it.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
