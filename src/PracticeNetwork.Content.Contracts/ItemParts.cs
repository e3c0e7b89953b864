namespace PracticeNetwork.Content.Contracts;

/// <summary>A person to ask about an item.</summary>
public sealed record ContactPerson(string Name, string? Title, string? Email, string? Phone);

/// <summary>A link to more material about an item.</summary>
public sealed record ContentLink(string Title, string Url);

/// <summary>A recognition an item received.</summary>
public sealed record Award(string Name, int Year, string? GrantedBy);
