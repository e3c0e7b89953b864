namespace PracticeNetwork.Modules.Processes;

/// <summary>
/// Marker for the texts of the measurement upload, the network KPI catalogue and the comparison pages in
/// Resources/KpiCompareResource*.resx; Finnish is the neutral language.
/// </summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class KpiCompareResource;
#pragma warning restore CA1812
