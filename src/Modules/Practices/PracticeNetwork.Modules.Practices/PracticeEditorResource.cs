namespace PracticeNetwork.Modules.Practices;

/// <summary>
/// Marker for the texts of the practice editor, workflow, bin and the municipality's own practice list in
/// Resources/PracticeEditorResource*.resx; Finnish is the neutral language.
/// </summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class PracticeEditorResource;
#pragma warning restore CA1812
