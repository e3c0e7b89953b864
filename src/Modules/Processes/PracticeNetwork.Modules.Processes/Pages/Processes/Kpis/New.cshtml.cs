using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Kpis;

/// <summary>Adds a KPI to a process, over the process's version the form loaded.</summary>
public sealed class NewModel(
    ISender sender, IStringLocalizer<KpiResource> texts, IStringLocalizer<ProcessResource> processTexts, IStringLocalizer<ContentResource> shared)
    : KpiFormPageModel(sender, texts, processTexts, shared)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, null, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = KpiForm.ForNew();
        Version = Process.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, null, cancellationToken) is { } refused)
        {
            return refused;
        }

        var fields = Form.ToFields();
        var saved = await Sender.Send(new AddKpi(id, fields, Version), cancellationToken);
        TempData[ProcessPages.MessageKey] = Texts["Form.Added", fields.Name].Value;
        return Redirect(AfterSaveUrl(saved.KpiId));
    }
}
