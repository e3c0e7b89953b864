namespace PracticeNetwork.Modules.Processes.Contracts;

/// <summary>Which way is better for a KPI. The numbers are stored: never renumber.</summary>
public enum KpiDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

/// <summary>How often a KPI is measured: one value per period. The numbers are stored: never renumber.</summary>
public enum KpiFrequency
{
    Monthly = 1,
    Quarterly = 2,
    Yearly = 3,
}

/// <summary>
/// What a KPI measures and how, as its owner defines it. <paramref name="NetworkKpiId"/> links it to a definition in
/// the network's shared catalogue, so that municipalities measuring the same thing can be compared; the unit,
/// direction and frequency must then be the catalogue's.
/// </summary>
public sealed record KpiFields(
    string Name,
    string Definition,
    string Formula,
    string Unit,
    decimal? Baseline,
    decimal? Target,
    KpiDirection Direction,
    KpiFrequency Frequency,
    string DataSource,
    string Owner,
    Guid? NetworkKpiId = null);

/// <summary>A KPI definition of the network's shared catalogue ("sales invoice processing time, days").</summary>
public sealed record NetworkKpiDefinition(Guid Id, string Code, string NameFi, string NameSv, string NameEn, string Unit, KpiDirection Direction, KpiFrequency Frequency)
{
    public string NameIn(string language) => language switch
    {
        "sv" => NameSv,
        "en" => NameEn,
        _ => NameFi,
    };
}

/// <summary>The conflict codes of recording a KPI value, for callers that answer them in their own words.</summary>
public static class MeasurementConflicts
{
    /// <summary>The period already has a value (or got one at the same moment): correct it over its version instead.</summary>
    public const string PeriodMeasured = "PeriodMeasured";
}
