using AngleSharp.Dom;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.IntegrationTests;

/// <summary>Shortcuts for the practice page tests: practices with attachments in a chosen state, and what a reader sees of a list.</summary>
internal static class PracticePages
{
    public static Task<Guid> CreateDraftAsync(this PracticeNetworkFactory factory, (Guid PersonId, Guid MunicipalityId) author, PracticeContent content) =>
        factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new CreatePractice(content)).AsTask());

    public static Task<Guid> AttachAsync(
        this PracticeNetworkFactory factory, (Guid PersonId, Guid MunicipalityId) who, MunicipalityRoles roles, Guid practiceId, string fileName, byte[] bytes) =>
        factory.AsMemberAsync(who, roles, async sender =>
        {
            using var stream = new MemoryStream(bytes);
            return await sender.Send(new AddPracticeAttachment(practiceId, fileName, stream));
        });

    /// <summary>Submits the author's draft and publishes it as the reviewer; returns the new version.</summary>
    public static async Task<int> SubmitAndPublishAsync(
        this PracticeNetworkFactory factory, (Guid PersonId, Guid MunicipalityId) author, (Guid PersonId, Guid MunicipalityId) reviewer, Guid practiceId)
    {
        // Attaching files moves the version on, so start from the version the author sees now.
        var current = (await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new GetPractice(practiceId)).AsTask()))!.Version;
        var version = await factory.AsMemberAsync(author, MunicipalityRoles.Author, sender => sender.Send(new ChangePracticeStatus(practiceId, WorkflowStep.SubmitForReview, current)).AsTask());
        return await factory.AsMemberAsync(reviewer, MunicipalityRoles.Reviewer, sender => sender.Send(new ChangePracticeStatus(practiceId, WorkflowStep.Publish, version)).AsTask());
    }

    /// <summary>The practice titles listed on a browse page, in order.</summary>
    public static IReadOnlyList<string> CardTitles(this IDocument document) =>
        document.QuerySelectorAll(".practice-card__title a").Select(link => link.TextContent.Trim()).ToList();

    /// <summary>The practice ids linked from the cards of a browse page.</summary>
    public static IReadOnlyList<string> CardLinks(this IDocument document) =>
        document.QuerySelectorAll(".practice-card__title a").Select(link => link.GetAttribute("href")!).ToList();

    public static string ResultHeading(this IDocument document) =>
        document.QuerySelector("#results-heading")?.TextContent.Trim() ?? throw new InvalidOperationException("No results heading.");
}
