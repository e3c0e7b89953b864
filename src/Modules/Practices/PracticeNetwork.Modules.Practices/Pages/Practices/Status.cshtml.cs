using Mediator;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>A practice's publication workflow step, over the version the reader saw (the web kit's step page).</summary>
public sealed class StatusModel(ISender sender, IStringLocalizer<PracticeEditorResource> texts, IStringLocalizer<ContentResource> shared)
    : WorkflowStepPageModel(shared)
{
    public override IStringLocalizer Texts => texts;

    protected override string MessageKey => PracticeEditorPageModel.PracticeMessageKey;

    protected override async Task<WorkflowSubject?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new GetPractice(id), cancellationToken) is { IsDeleted: false } practice
            ? new WorkflowSubject(practice.Content.Title, practice.Status, practice.Version, practice.Permissions.Steps, $"/kaytannot/{id}")
            : null;

    protected override Task TakeStepAsync(Guid id, WorkflowStep step, int version, string? comment, CancellationToken cancellationToken) =>
        sender.Send(new ChangePracticeStatus(id, step, version, comment), cancellationToken).AsTask();
}
