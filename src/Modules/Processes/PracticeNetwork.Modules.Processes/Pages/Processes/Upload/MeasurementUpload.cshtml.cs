using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Processes.Csv;
using PracticeNetwork.SharedKernel.Validation;
using PracticeNetwork.Web.Authorization;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Upload;

/// <summary>
/// A KPI's values from a CSV file or pasted text: "Preview" reads every row and says what it would do, "Save" records
/// all rows or none, and only what the preview showed. The text is kept in the text area between the two, so nothing
/// needs a script and nothing typed is lost. Those who record the KPI's values only (403); 404 for whoever may not open
/// the process, and for a KPI it does not have.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MeasurementUploadModel(ISender sender, IStringLocalizer<KpiCompareResource> texts, IStringLocalizer<ProcessResource> processTexts)
    : PageModel, IShowsFieldErrors, IShowsConflicts
{
    public const string FileKey = "file";
    public const string CsvKey = "csv";
    public const string CorrectKey = "correctExisting";

    [BindProperty(Name = CsvKey)]
    public string? Csv { get; set; }

    [BindProperty(Name = CorrectKey)]
    public bool CorrectExisting { get; set; }

    /// <summary>The fingerprint of the text and choice the shown preview was made of (<see cref="UploadFingerprint"/>).</summary>
    [BindProperty(Name = "previewed")]
    public string? Previewed { get; set; }

    public ProcessDetails Process { get; private set; } = null!;

    public ProcessKpiDetails Kpi { get; private set; } = null!;

    public UploadPreview? Preview { get; private set; }

    public string Title => texts["Upload.Title", Kpi.Fields.Name];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid kpiId, CancellationToken cancellationToken) =>
        await LoadAsync(id, kpiId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, Guid kpiId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, kpiId, cancellationToken) is { } refused)
        {
            return refused;
        }

        MeasurementCsvPreview csv;
        var errorKey = CsvKey;
        if (file is { Length: > 0 })
        {
            await using var stream = file.OpenReadStream();
            (csv, var text) = await MeasurementCsv.ReadAsync(stream, Kpi.Fields.Frequency, cancellationToken);
            Csv = text?.TrimStart('\uFEFF') ?? Csv;
            errorKey = text is null ? FileKey : CsvKey;
        }
        else if (string.IsNullOrWhiteSpace(Csv))
        {
            ModelState.AddModelError(FileKey, texts["Upload.NothingGiven"]);
            return Page();
        }
        else
        {
            csv = MeasurementCsv.ParseText(Csv, Kpi.Fields.Frequency);
        }

        ShowPreview(csv, errorKey);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid kpiId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, kpiId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var previewed = Previewed;
        var text = Csv ?? string.Empty;
        var csv = MeasurementCsv.ParseText(text, Kpi.Fields.Frequency);
        ShowPreview(csv, CsvKey);
        if (!Preview!.CanSave)
        {
            return Page();
        }

        if (previewed != UploadFingerprint.Of(text, CorrectExisting))
        {
            ModelState.AddModelError(string.Empty, texts["Upload.ChangedSincePreview"]);
            return Page();
        }

        var rows = csv.Measurements().Select((row, index) => new MeasurementRow(csv.Rows[index].Line, row.Period, row.Value, row.Note)).ToList();
        var saved = await sender.Send(new RecordMeasurements(id, kpiId, rows, CorrectExisting), cancellationToken);
        TempData[ProcessPages.MessageKey] = saved == 1 ? texts["Upload.SavedOne"].Value : texts["Upload.Saved", saved].Value;
        return Redirect(ProcessPages.Values(id, kpiId));
    }

    /// <summary>Someone recorded a value for a period of the file meanwhile: the preview again, over the values saved now.</summary>
    public Task<IActionResult> ShowInvalidInputAsync(string? handler, RequestValidationException invalid) => ShowAgainAsync();

    /// <summary>Two saves of the same period at once: the preview again, over the values saved now.</summary>
    public Task<IActionResult> ShowConflictAsync(string? handler, ConflictException conflict) => ShowAgainAsync();

    private async Task<IActionResult> ShowAgainAsync()
    {
        ModelState.Clear();
        if (await LoadAsync(Process.Id, Kpi.Id, HttpContext.RequestAborted) is { } refused)
        {
            return refused;
        }

        ModelState.AddModelError(string.Empty, texts["Upload.ChangedMeanwhile"]);
        ShowPreview(MeasurementCsv.ParseText(Csv ?? string.Empty, Kpi.Fields.Frequency), CsvKey);
        return Page();
    }

    private void ShowPreview(MeasurementCsvPreview csv, string errorKey)
    {
        Preview = UploadPreview.Of(csv, Kpi.Measurements, CorrectExisting, Kpi.Fields.Unit, processTexts, texts);
        foreach (var error in Preview.FileErrors)
        {
            ModelState.AddModelError(errorKey, error);
        }

        foreach (var row in Preview.Rows.Where(row => row.Errors.Count > 0))
        {
            ModelState.AddModelError(row.Id, texts["Upload.RowError", row.Row.Line.ToString(CultureInfo.CurrentCulture), string.Join(" ", row.Errors)]);
        }

        Previewed = Preview.CanSave ? UploadFingerprint.Of(Csv ?? string.Empty, CorrectExisting) : null;
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid kpiId, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetProcess(id), cancellationToken) is not { IsDeleted: false } process
            || process.Kpis.FirstOrDefault(kpi => kpi.Id == kpiId) is not { } kpi)
        {
            return NotFound();
        }

        if (!process.Permissions.RecordMeasurements)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        (Process, Kpi) = (process, kpi);
        return null;
    }
}
