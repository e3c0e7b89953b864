using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Pages;
using PracticeNetwork.Web.Pages.Editing;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Kpis;

/// <summary>
/// What the new-KPI and edit-KPI pages share: whoever may work on the process's KPIs (403 for other readers, 404 for
/// whoever may not open it), the posted form shown again as typed with its errors, and a save over a version that moved
/// on shown as a conflict with the fields that differ, nothing saved.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public abstract class KpiFormPageModel(
    ISender sender, IStringLocalizer<KpiResource> texts, IStringLocalizer<ProcessResource> processTexts, IStringLocalizer<ContentResource> shared)
    : PageModel, IShowsFieldErrors, IShowsConflicts
{
    private static readonly HashSet<string> LongTexts = new(StringComparer.Ordinal) { "definition", "formula" };

    [BindProperty]
    public KpiForm Form { get; set; } = new();

    /// <summary>The process's version the form loaded (the KPIs' version is their process's).</summary>
    [BindProperty(Name = "version")]
    public int Version { get; set; }

    public ProcessDetails Process { get; private set; } = null!;

    /// <summary>The KPI edited; null on the new-KPI page.</summary>
    public ProcessKpiDetails? Kpi { get; private set; }

    public IReadOnlyList<NetworkKpiDefinition> NetworkKpis { get; private set; } = [];

    /// <summary>Set when the save was refused because someone else changed the process or its KPIs first.</summary>
    public EditConflict? Conflict { get; private set; }

    public IStringLocalizer<KpiResource> Texts => texts;

    public IStringLocalizer<ProcessResource> ProcessTexts => processTexts;

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string CancelUrl => Kpi is null ? ProcessPages.Details(Process.Id) : AfterSaveUrl(Kpi.Id);

    protected ISender Sender => sender;

    protected string AfterSaveUrl(Guid kpiId) => ProcessPages.Details(Process.Id) + "#" + ProcessPages.KpiAnchor(kpiId);

    /// <summary>Loads the process (and the KPI, when <paramref name="kpiId"/> is given); a refusal when the reader may not work on them.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, Guid? kpiId, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProcess(id), cancellationToken) is not { IsDeleted: false } process)
        {
            return NotFound();
        }

        var kpi = kpiId is { } wanted ? process.Kpis.FirstOrDefault(item => item.Id == wanted) : null;
        if (kpiId is not null && kpi is null)
        {
            return NotFound();
        }

        (Process, Kpi) = (process, kpi);
        if (!process.Permissions.ManageKpis)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        NetworkKpis = await sender.Send(new ListNetworkKpis(), cancellationToken);
        return null;
    }

    /// <summary>The form again as typed, without the model binder's own complaints.</summary>
    protected PageResult Redisplay()
    {
        ModelState.Clear();
        return Page();
    }

    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        var page = Redisplay();
        KpiForm.Errors.Add(ModelState, invalid.Errors, texts, shared);
        return Task.FromResult<IActionResult>(page);
    }

    /// <summary>The form stays as typed, now over the version saved, with the fields where the saved KPI differs from it.</summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        var yours = Form;
        if (await LoadAsync(Process.Id, Kpi?.Id, HttpContext.RequestAborted) is { } refused)
        {
            return refused;
        }

        var saved = Kpi is null ? yours : KpiForm.From(Kpi.Fields, CultureInfo.CurrentCulture);
        Conflict = EditConflict.Between(Process.UpdatedAt, null, Describe(saved), Describe(yours), LongTexts);
        Version = Process.Version;
        return Redisplay();
    }

    public string NetworkKpiName(Guid? id) =>
        NetworkKpis.FirstOrDefault(kpi => kpi.Id == id) is { } network ? $"{network.NameIn(Language)} ({network.Unit})" : string.Empty;

    /// <summary>Every field as the reader reads it, in the form's order.</summary>
    private List<(string Field, string Label, string Value)> Describe(KpiForm form)
    {
        (string, string, string) Field(string field, string? value) => (field, texts[$"Field.{field}"].Value, value?.Trim() ?? string.Empty);
        string Choice(string key, Enum? value) => value is null || !Enum.IsDefined(value.GetType(), value) ? string.Empty : processTexts[$"{key}.{value}"].Value;
        static string? Number(string? typed) =>
            KpiValueText.TryParse(typed, out var value) ? KpiForm.Number(value, CultureInfo.CurrentCulture) : typed;
        return
        [
            Field("name", form.Name),
            Field("definition", form.Definition),
            Field("formula", form.Formula),
            Field("networkKpi", NetworkKpiName(form.NetworkKpi)),
            Field("unit", form.Unit),
            Field("direction", Choice("Kpi.Direction", form.Direction)),
            Field("frequency", Choice("Kpi.Frequency", form.Frequency)),
            Field("baseline", Number(form.Baseline)),
            Field("target", Number(form.Target)),
            Field("dataSource", form.DataSource),
            Field("owner", form.Owner),
        ];
    }
}
