using Mediator;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Pages.Practices.Editor;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>
/// Moves a practice to its municipality's bin (the web kit's delete page). The bin's own restore page with its
/// confirmation is <see cref="RestoreModel"/>.
/// </summary>
public sealed class DeleteModel(ISender sender, IStringLocalizer<PracticeEditorResource> texts) : DeletePageModel
{
    public override IStringLocalizer Texts => texts;

    protected override string MessageKey => PracticeEditorPageModel.PracticeMessageKey;

    protected override string AfterDeleteUrl => "/kunta/kaytannot";

    protected override async Task<DeletionSubject?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken) =>
        await sender.Send(new GetPractice(id), cancellationToken) is { } practice
            ? new DeletionSubject(
                practice.Content.Title, practice.Status, practice.Version, practice.IsDeleted,
                practice.Permissions.CanDelete, practice.Permissions.CanRestore, $"/kaytannot/{id}")
            : null;

    protected override Task DeleteAsync(Guid id, int version, CancellationToken cancellationToken) =>
        sender.Send(new DeletePractice(id, version), cancellationToken).AsTask();

    protected override Task RestoreAsync(Guid id, CancellationToken cancellationToken) =>
        sender.Send(new RestoreDeletedPractice(id), cancellationToken).AsTask();
}
