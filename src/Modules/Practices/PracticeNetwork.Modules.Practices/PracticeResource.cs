namespace PracticeNetwork.Modules.Practices;

/// <summary>
/// Marker for the good-practice texts in Resources/PracticeResource*.resx (taxonomy, stages, statuses, field
/// names and the practice pages); Finnish is the neutral language.
/// </summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class PracticeResource;
#pragma warning restore CA1812
