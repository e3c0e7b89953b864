using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Modules.Practices.Pages.Practices;

/// <summary>One practice in a list, with its municipality; <see cref="ShowChange"/> tells whether it was published or updated last.</summary>
public sealed record PracticeCard(PracticeSummary Practice, MunicipalitySummary? Municipality, bool ShowChange = false)
{
    /// <summary>Updated noticeably after its first publication (a later revision or a status change).</summary>
    public bool WasUpdated => Practice.PublishedAt is not { } published || Practice.UpdatedAt - published > TimeSpan.FromMinutes(1);

    public static PracticeCard Of(PracticeSummary practice, PracticeNetwork.Web.Municipalities.MunicipalityLookup municipalities)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(municipalities);
        return new PracticeCard(practice, municipalities.ById(practice.MunicipalityId));
    }
}
