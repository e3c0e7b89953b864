using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Pages.Processes.Charts;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Kpis;

/// <summary>
/// A KPI's values, for whoever may open its process (404 otherwise): its chart, the current value of every period with
/// a link to the period's history, and for those who record its values (403 for others) the form to record a new period
/// or correct one. A period that already has a value is never written over: without a correction it is refused, and a
/// correction of a value someone else changed meanwhile is a conflict.
/// </summary>
public sealed class ValuesModel(
    ISender sender, IStringLocalizer<KpiResource> texts, IStringLocalizer<ProcessResource> processTexts, IStringLocalizer<ContentResource> shared)
    : PageModel, IShowsFieldErrors, IShowsConflicts
{
    /// <summary>The query parameter of the "correct" links: the period whose value fills the form.</summary>
    public const string CorrectParameter = "korjaa";

    /// <summary>The id of the form's section, for the "correct" links.</summary>
    public const string FormAnchor = "kirjaa-arvo";

    [BindProperty]
    public ValueForm Form { get; set; } = new();

    public KpiSubject Subject { get; private set; } = null!;

    public KpiChart Chart { get; private set; } = null!;

    public string? Message { get; private set; }

    /// <summary>The saved value a refused save is about: the period's value when it already had one, or the value that changed meanwhile.</summary>
    public KpiValue? SavedValue { get; private set; }

    /// <summary>Set when a correction was refused because someone else changed the value first.</summary>
    public bool Stale { get; private set; }

    public IStringLocalizer<KpiResource> Texts => texts;

    public ProcessDetails Process => Subject.Process;

    public ProcessKpiDetails Kpi => Subject.Kpi;

    public bool MayRecord => Process.Permissions.RecordMeasurements;

    /// <summary>The current value being corrected, when the form corrects one.</summary>
    public KpiValue? Correcting => Form.IsCorrection && KpiPeriod.TryParse(Form.Period, Kpi.Fields.Frequency, out var period)
        ? Kpi.Measurements.FirstOrDefault(value => value.Period == period)
        : null;

    public string CorrectUrl(KpiPeriod period) =>
        $"{ProcessPages.Values(Process.Id, Kpi.Id)}?{CorrectParameter}={period.ToString().ToLowerInvariant()}#{FormAnchor}";

    public string ValueText(decimal value) => KpiValueText.WithUnit(value, Kpi.Fields.Unit, CultureInfo.CurrentCulture);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid kpiId, [FromQuery(Name = CorrectParameter)] string? correct, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, kpiId, cancellationToken))
        {
            return NotFound();
        }

        Message = TempData[ProcessPages.MessageKey] as string;
        if (MayRecord && KpiPeriod.TryParse(correct, Kpi.Fields.Frequency, out var period)
            && Kpi.Measurements.FirstOrDefault(value => value.Period == period) is { } current)
        {
            Form = ValueForm.Correcting(current, CultureInfo.CurrentCulture);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid kpiId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, kpiId, cancellationToken))
        {
            return NotFound();
        }

        if (!MayRecord)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var command = Form.ToCommand(id, kpiId, Kpi.Fields.Frequency);
        var saved = await sender.Send(command, cancellationToken);
        TempData[ProcessPages.MessageKey] = texts[command.CorrectingVersion is null ? "Values.Recorded" : "Values.Corrected",
            saved.Period.ToDisplayString(), ValueText(saved.Value)].Value;
        return Redirect(ProcessPages.Values(id, kpiId));
    }

    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        ModelState.Clear();
        if (invalid.Errors.ContainsKey("period"))
        {
            ModelState.AddModelError("period", texts["Values.BadPeriod", PeriodExample].Value);
        }

        ValueForm.Errors.Add(ModelState, invalid.Errors, texts, shared);
        return Task.FromResult<IActionResult>(Page());
    }

    /// <summary>
    /// The form again as typed, with the period's value saved now: a new period that has one already is refused on the
    /// period field with a link to correct it; a correction of a value that changed meanwhile now corrects the value
    /// saved, so that a second save is the reader's own decision.
    /// </summary>
    public async Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        if (!await LoadAsync(Process.Id, Kpi.Id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        ModelState.Clear();
        SavedValue = KpiPeriod.TryParse(Form.Period, Kpi.Fields.Frequency, out var period)
            ? Kpi.Measurements.FirstOrDefault(value => value.Period == period)
            : null;
        if (conflict.Code == MeasurementConflicts.PeriodMeasured && !Form.IsCorrection)
        {
            ModelState.AddModelError("period", SavedValue is { } measured
                ? texts["Values.PeriodMeasured", measured.Period.ToDisplayString(), ValueText(measured.Value)].Value
                : texts["Values.PeriodMeasuredNow"].Value);
        }
        else
        {
            Stale = true;
            Form.CorrectingVersion = SavedValue?.Version;
        }

        return Page();
    }

    public string PeriodExample => texts[$"Values.PeriodExample.{Kpi.Fields.Frequency}"].Value;

    private async Task<bool> LoadAsync(Guid id, Guid kpiId, CancellationToken cancellationToken)
    {
        if (await KpiSubject.LoadAsync(sender, id, kpiId, cancellationToken) is not { } subject)
        {
            return false;
        }

        Subject = subject;
        Chart = KpiChart.Build(
            KpiChartInput.ForKpi(subject.Kpi.Fields, subject.Kpi.Measurements.Select(value => new KpiPoint(value.Period, value.Value))),
            KpiChartTexts.From(processTexts), CultureInfo.CurrentCulture, $"kaavio-{kpiId:N}");
        return true;
    }
}
