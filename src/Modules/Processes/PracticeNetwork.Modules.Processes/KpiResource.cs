namespace PracticeNetwork.Modules.Processes;

/// <summary>
/// Marker for the texts of the KPI pages in Resources/KpiResource*.resx (the KPI form, its values and their history);
/// Finnish is the neutral language. The KPI's field names and the chart's words stay in <see cref="ProcessResource"/>.
/// </summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class KpiResource;
#pragma warning restore CA1812
