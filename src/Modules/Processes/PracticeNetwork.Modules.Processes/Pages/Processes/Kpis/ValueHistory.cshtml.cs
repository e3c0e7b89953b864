using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Identity.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Kpis;

/// <summary>
/// Every value one period of a KPI has had, newest first, when each was recorded, the current one marked; 404 for
/// whoever may not open the process and for a period the KPI has no value for. Who recorded a value is named only to
/// those who may record values themselves (the owner's authors and reviewers): to other readers the values are the
/// municipality's, not a person's.
/// </summary>
public sealed class ValueHistoryModel(ISender sender, IStringLocalizer<KpiResource> texts) : PageModel
{
    private Dictionary<Guid, string> _names = [];

    public KpiSubject Subject { get; private set; } = null!;

    public KpiPeriod Period { get; private set; }

    public IReadOnlyList<KpiValueHistoryEntry> Entries { get; private set; } = [];

    public IStringLocalizer<KpiResource> Texts => texts;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid kpiId, string period, CancellationToken cancellationToken)
    {
        if (await KpiSubject.LoadAsync(sender, id, kpiId, cancellationToken) is not { } subject
            || !KpiPeriod.TryParse(period, subject.Kpi.Fields.Frequency, out var parsed)
            || await sender.Send(new GetMeasurementHistory(id, kpiId, parsed.Value), cancellationToken) is not { Count: > 0 } entries)
        {
            return NotFound();
        }

        (Subject, Period, Entries) = (subject, parsed.Value, entries);
        if (ShowsRecorders)
        {
            var people = entries.Select(entry => entry.RecordedBy).Distinct().ToList();
            _names = (await sender.Send(new GetAccounts(people), cancellationToken)).ToDictionary(account => account.PersonId, account => account.DisplayName);
        }

        return Page();
    }

    public bool ShowsRecorders => Subject.Process.Permissions.RecordMeasurements;

    public string NameOf(Guid personId) => _names.GetValueOrDefault(personId) ?? texts["History.UnknownPerson"].Value;

    public string ValueText(decimal value) => KpiValueText.WithUnit(value, Subject.Kpi.Fields.Unit, CultureInfo.CurrentCulture);
}
