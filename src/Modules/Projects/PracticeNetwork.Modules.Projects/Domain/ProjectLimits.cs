namespace PracticeNetwork.Modules.Projects.Domain;

/// <summary>Lengths the database and the validators share.</summary>
public static class ProjectLimits
{
    public const int UpdateText = 5000;
    public const int ContributionRole = 200;
    public const int ContributionResources = 2000;
    public const int MilestoneTitle = 200;
    public const int MaxMilestones = 100;
    public const int MaxParticipants = 50;
}
