using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Api;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Projects.Api;

/// <summary>
/// The list's query string, read as text and checked here so that every bad value comes back as a field error
/// named after its parameter (never a 500, never silently ignored).
/// </summary>
internal sealed class ProjectListParameters
{
    public const int MaxPartnerLength = 200;

    [FromQuery(Name = "status")]
    [Description("Only projects in this status.")]
    [QueryEnum(typeof(ProjectStatus))]
    public string? Status { get; init; }

    [FromQuery(Name = "municipality")]
    [Description("Official municipality code (three digits): projects it owns or takes part in; repeat for several.")]
    public string[]? Municipality { get; init; }

    [FromQuery(Name = "region")]
    [Description("Region code (two digits): projects its municipalities own or take part in.")]
    public string? Region { get; init; }

    [FromQuery(Name = "theme")]
    [Description("Only projects with this theme.")]
    [QueryEnum(typeof(Theme))]
    public string? Theme { get; init; }

    [FromQuery(Name = "year")]
    [Description("A year the project ran in.")]
    public string? Year { get; init; }

    [FromQuery(Name = "joint")]
    [Description("true for joint projects only (more than one municipality).")]
    public string? Joint { get; init; }

    [FromQuery(Name = "partner")]
    [Description("Part of a partner organisation's name.")]
    public string? Partner { get; init; }

    [FromQuery(Name = "includeArchived")]
    [Description("true to include archived projects.")]
    public string? IncludeArchived { get; init; }

    [FromQuery(Name = "sort")]
    [Description("Started (latest start first, the default), Updated (latest change first) or Title; any letter case.")]
    [QueryEnum(typeof(ProjectSort))]
    public string? Sort { get; init; }

    [FromQuery(Name = "page")]
    [Description("Page number, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("Items per page, 1–100 (default 20).")]
    public string? PageSize { get; init; }

    /// <summary>The filter, page and page size; throws <see cref="RequestValidationException"/> with every bad parameter.</summary>
    public (ProjectFilter Filter, int Page, int PageSize) Parse(MunicipalityLookup municipalities)
    {
        var parameters = new ListParameters();
        var status = parameters.Choice<ProjectStatus>(Status, "status");
        var ids = parameters.Municipalities(Municipality ?? [], "municipality", Region, "region", municipalities);
        var theme = parameters.Choice<Theme>(Theme, "theme");
        var year = parameters.Number(Year, "year", 1900, 2100);
        var joint = parameters.Flag(Joint, "joint");
        var partner = parameters.Text(Partner, "partner", MaxPartnerLength);
        var includeArchived = parameters.Flag(IncludeArchived, "includeArchived");
        var sort = parameters.Choice<ProjectSort>(Sort, "sort") ?? ProjectSort.Started;
        var page = parameters.Page(Page, "page", clamp: false);
        var pageSize = parameters.PageSize(PageSize, "pageSize");
        parameters.ThrowIfInvalid();
        return (new ProjectFilter(ids, theme, status, year, joint, partner, includeArchived, sort), page, pageSize);
    }
}
