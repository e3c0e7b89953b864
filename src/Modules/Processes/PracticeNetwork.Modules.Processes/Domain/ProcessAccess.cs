using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Processes.Domain;

/// <summary>
/// Who may do what on a process beyond the shared content rules. The KPIs and their measurements are the owner's
/// work in progress even after the description is published: the owner's authors and reviewers define KPIs and
/// record values, without a review of each value (a wrong value is corrected, and the history keeps the earlier one).
/// </summary>
public static class ProcessAccess
{
    public static bool MayWorkOnKpis(Reader reader, ProcessDescription process)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(process);
        return !process.IsDeleted && process.Status != PublicationStatus.Archived && reader.ActsFor(process.MunicipalityId)
            && (reader.IsAuthor || reader.IsReviewer) && ContentRules.MayOpen(reader, process);
    }

    public static Contracts.ProcessPermissions Permissions(Reader reader, ProcessDescription process)
    {
        var kpis = MayWorkOnKpis(reader, process);
        return new Contracts.ProcessPermissions(ContentRules.Permissions(reader, process), kpis, kpis);
    }
}
