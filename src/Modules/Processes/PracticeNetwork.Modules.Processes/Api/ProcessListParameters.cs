using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Processes.Api;

/// <summary>The list's query string, checked here so that every bad value comes back as a field error named after its parameter.</summary>
internal sealed class ProcessListParameters
{
    [FromQuery(Name = "municipality")]
    [Description("Official municipality code (three digits); repeat for several.")]
    public string[]? Municipality { get; init; }

    [FromQuery(Name = "region")]
    [Description("Region code (two digits): the processes of its municipalities.")]
    public string? Region { get; init; }

    [FromQuery(Name = "theme")]
    [Description("Only processes with this theme.")]
    [QueryEnum(typeof(Theme))]
    public string? Theme { get; init; }

    [FromQuery(Name = "hasKpis")]
    [Description("true: only processes with KPIs; false: only those without.")]
    public string? HasKpis { get; init; }

    [FromQuery(Name = "networkKpi")]
    [Description("Only processes measuring this network KPI (its id or code, see /api/v1/processes/network-kpis).")]
    public string? NetworkKpi { get; init; }

    [FromQuery(Name = "includeArchived")]
    [Description("true to include archived processes.")]
    public string? IncludeArchived { get; init; }

    [FromQuery(Name = "page")]
    [Description("Page number, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("Items per page, 1–100 (default 20).")]
    public string? PageSize { get; init; }

    public (ProcessFilter Filter, int Page, int PageSize) Parse(MunicipalityLookup municipalities, IReadOnlyList<NetworkKpiDefinition> catalogue)
    {
        var parameters = new ListParameters();
        var ids = parameters.Municipalities(Municipality ?? [], "municipality", Region, "region", municipalities);
        var theme = parameters.Choice<Theme>(Theme, "theme");
        bool? hasKpis = string.IsNullOrEmpty(HasKpis) ? null : parameters.Flag(HasKpis, "hasKpis");
        var networkKpi = NetworkKpiOf(NetworkKpi, catalogue, parameters);
        var includeArchived = parameters.Flag(IncludeArchived, "includeArchived");
        var page = parameters.Page(Page, "page", clamp: false);
        var pageSize = parameters.PageSize(PageSize, "pageSize");
        parameters.ThrowIfInvalid();
        return (new ProcessFilter(ids, theme, hasKpis, networkKpi, includeArchived), page, pageSize);
    }

    /// <summary>A network KPI named by its id or its code; null when none is asked for, an error when the name is unknown.</summary>
    public static Guid? NetworkKpiOf(string? text, IReadOnlyList<NetworkKpiDefinition> catalogue, ListParameters parameters)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = catalogue.FirstOrDefault(kpi => string.Equals(kpi.Code, text.Trim(), StringComparison.OrdinalIgnoreCase)
            || (Guid.TryParse(text, out var id) && kpi.Id == id));
        if (match is null)
        {
            parameters.Fail("networkKpi", "No such network KPI; see /api/v1/processes/network-kpis.");
        }

        return match?.Id;
    }
}
