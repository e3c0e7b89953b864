namespace PracticeNetwork.Modules.Processes;

/// <summary>
/// Marker for the process and KPI texts in Resources/ProcessResource*.resx (field names, the diagram, the charts,
/// the process pages); Finnish is the neutral language.
/// </summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class ProcessResource;
#pragma warning restore CA1812
