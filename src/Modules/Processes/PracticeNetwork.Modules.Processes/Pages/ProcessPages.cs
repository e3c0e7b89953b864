using System.Globalization;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages;

/// <summary>The addresses of the process and KPI pages, so that no page spells another's route.</summary>
public static class ProcessPages
{
    public const string List = "/prosessit";
    public const string New = "/prosessit/uusi";
    public const string OwnList = "/kunta/prosessit";
    public const string Catalogue = "/mittarit";

    /// <summary>TempData key of the one-line message the process page shows after a change ("Saved.").</summary>
    public const string MessageKey = "ProcessMessage";

    public static string Details(Guid processId) => $"{List}/{processId}";

    public static string Edit(Guid processId) => $"{Details(processId)}/muokkaa";

    public static string Status(Guid processId, string? step = null) =>
        step is null ? $"{Details(processId)}/tila" : $"{Details(processId)}/tila?step={step}";

    public static string Delete(Guid processId) => $"{Details(processId)}/poista";

    public static string History(Guid processId) => $"{Details(processId)}/historia";

    public static string Bpmn(Guid processId) => $"/api/v1/processes/{processId}/bpmn";

    public static string NewKpi(Guid processId) => $"{Details(processId)}/mittarit/uusi";

    public static string Kpi(Guid processId, Guid kpiId) => $"{Details(processId)}/mittarit/{kpiId}";

    public static string EditKpi(Guid processId, Guid kpiId) => $"{Kpi(processId, kpiId)}/muokkaa";

    public static string RemoveKpi(Guid processId, Guid kpiId) => $"{Kpi(processId, kpiId)}/poista";

    /// <summary>The KPI's values: record a new one, correct one, see each period's history.</summary>
    public static string Values(Guid processId, Guid kpiId) => $"{Kpi(processId, kpiId)}/arvot";

    public static string ValueHistory(Guid processId, Guid kpiId, KpiPeriod period) =>
        $"{Values(processId, kpiId)}/{period.ToString().ToLower(CultureInfo.InvariantCulture)}";

    public static string Upload(Guid processId, Guid kpiId) => $"{Kpi(processId, kpiId)}/lataa";

    public static string MeasurementsCsv(Guid processId, Guid kpiId) => $"/api/v1/processes/{processId}/kpis/{kpiId}/measurements?format=csv";

    public static string Comparison(string networkKpiCode) => $"{Catalogue}/{networkKpiCode}";

    /// <summary>The id of a KPI's section on the process page.</summary>
    public static string KpiAnchor(Guid kpiId) => $"mittari-{kpiId:N}";
}
