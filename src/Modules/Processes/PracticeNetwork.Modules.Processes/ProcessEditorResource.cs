namespace PracticeNetwork.Modules.Processes;

/// <summary>
/// Marker for the process editor's texts in Resources/ProcessEditorResource*.resx (field names, hints, field
/// errors, the conflict); Finnish is the neutral language.
/// </summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class ProcessEditorResource;
#pragma warning restore CA1812
