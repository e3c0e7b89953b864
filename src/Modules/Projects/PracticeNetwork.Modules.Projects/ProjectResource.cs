namespace PracticeNetwork.Modules.Projects;

/// <summary>
/// Marker for the project texts in Resources/ProjectResource*.resx (statuses, field names, the project pages);
/// Finnish is the neutral language.
/// </summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class ProjectResource;
#pragma warning restore CA1812
