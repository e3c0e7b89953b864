using System.Linq.Expressions;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Practices.Features.Read;

internal static class PracticeSummaries
{
    /// <summary>A list row, without the long texts.</summary>
    public static readonly Expression<Func<GoodPractice, PracticeSummary>> Projection = practice => new PracticeSummary(
        practice.Id, practice.MunicipalityId, practice.Title, practice.Summary, practice.Stage, practice.Status,
        practice.Audience, practice.Language, practice.ThemeEntries.Select(entry => entry.Theme).ToList(),
        practice.PublishedAt, practice.UpdatedAt, practice.CreatedBy, null);

    /// <summary>A row of the municipality's own list: also the comment of a draft returned by a reviewer.</summary>
    public static readonly Expression<Func<GoodPractice, PracticeSummary>> OwnProjection = practice => new PracticeSummary(
        practice.Id, practice.MunicipalityId, practice.Title, practice.Summary, practice.Stage, practice.Status,
        practice.Audience, practice.Language, practice.ThemeEntries.Select(entry => entry.Theme).ToList(),
        practice.PublishedAt, practice.UpdatedAt, practice.CreatedBy,
        practice.Status == PublicationStatus.Draft ? practice.ReviewComment : null);


}
