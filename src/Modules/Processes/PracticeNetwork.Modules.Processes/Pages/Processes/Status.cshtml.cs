using Mediator;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Processes.Pages.Processes;

/// <summary>A process's publication workflow step, over the version the reader saw (the web kit's step page).</summary>
public sealed class StatusModel(ISender sender, IStringLocalizer<ProcessResource> texts, IStringLocalizer<ContentResource> shared)
    : WorkflowStepPageModel(shared)
{
    public override IStringLocalizer Texts => texts;

    protected override string MessageKey => ProcessPages.MessageKey;

    protected override async Task<WorkflowSubject?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new GetProcess(id), cancellationToken) is { IsDeleted: false } process
            ? new WorkflowSubject(process.Content.Title, process.PublicationStatus, process.Version, process.Permissions.Content.Steps, ProcessPages.Details(id))
            : null;

    protected override Task TakeStepAsync(Guid id, WorkflowStep step, int version, string? comment, CancellationToken cancellationToken) =>
        sender.Send(new TakeProcessStep(id, step, version, comment), cancellationToken).AsTask();
}
