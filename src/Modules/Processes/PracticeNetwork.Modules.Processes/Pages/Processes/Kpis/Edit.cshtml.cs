using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Kpis;

/// <summary>Edits a KPI's definition, over the process's version the form loaded; its values stay.</summary>
public sealed class EditModel(
    ISender sender, IStringLocalizer<KpiResource> texts, IStringLocalizer<ProcessResource> processTexts, IStringLocalizer<ContentResource> shared)
    : KpiFormPageModel(sender, texts, processTexts, shared)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid kpiId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, kpiId, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = KpiForm.From(Kpi!.Fields, CultureInfo.CurrentCulture);
        Version = Process.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid kpiId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, kpiId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var fields = Form.ToFields();
        await Sender.Send(new UpdateKpi(id, kpiId, fields, Version), cancellationToken);
        TempData[ProcessPages.MessageKey] = Texts["Form.Saved", fields.Name].Value;
        return Redirect(AfterSaveUrl(kpiId));
    }
}
