namespace PracticeNetwork.Web;

/// <summary>
/// Marker for the texts every content type shares, in Resources/ContentResource*.resx: the taxonomy (themes, target
/// groups), audiences, publication statuses and workflow steps, languages, change kinds, and the editor's common
/// parts (contact, link and award rows, Markdown hints, file errors). Finnish is the neutral language.
/// </summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class ContentResource;
#pragma warning restore CA1812
