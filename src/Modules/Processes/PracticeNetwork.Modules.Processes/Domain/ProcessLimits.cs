namespace PracticeNetwork.Modules.Processes.Domain;

public static class ProcessLimits
{
    public const int MaxSteps = 40;
    public const int MaxLanes = 12;
    public const int MaxBottlenecks = 20;
    public const int MaxKpis = 20;
    public const int MaxListEntries = 30;
    public const int MaxRelated = 20;
    public const int ShortText = 200;
    public const int StepDescription = 2000;
    public const int KpiText = 2000;

    /// <summary>Rows in one measurement upload (two decades of monthly values fit many times over).</summary>
    public const int MaxMeasurementRows = 1000;
}
