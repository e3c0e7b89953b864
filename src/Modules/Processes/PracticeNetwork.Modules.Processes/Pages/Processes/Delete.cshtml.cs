using Mediator;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Processes.Pages.Processes;

/// <summary>Moves a process, with its KPIs and their values, to its municipality's bin, or restores it (the web kit's delete page).</summary>
public sealed class DeleteModel(ISender sender, IStringLocalizer<ProcessResource> texts) : DeletePageModel
{
    public override IStringLocalizer Texts => texts;

    protected override string MessageKey => ProcessPages.MessageKey;

    protected override string AfterDeleteUrl => ProcessPages.OwnList;

    protected override async Task<DeletionSubject?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new GetProcess(id), cancellationToken) is { } process
            ? new DeletionSubject(
                process.Content.Title, process.PublicationStatus, process.Version, process.IsDeleted,
                process.Permissions.Content.CanDelete, process.Permissions.Content.CanRestore, ProcessPages.Details(id),
                process.Kpis.Count > 0 ? texts["Delete.KpiWarning", process.Kpis.Count].Value : null)
            : null;

    protected override Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken) =>
        sender.Send(new DeleteProcess(id, version), cancellationToken).AsTask();

    protected override Task RestoreAsync(Guid id, CancellationToken cancellationToken) =>
        sender.Send(new RestoreDeletedProcess(id), cancellationToken).AsTask();
}
