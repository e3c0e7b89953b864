namespace PracticeNetwork.Modules.Projects.Contracts;

/// <summary>Where a development project is (the brief's statuses); independent of its publication status.</summary>
public enum ProjectStatus
{
    Planned,
    Ongoing,
    Completed,
    Cancelled,
}

/// <summary>What kind of organisation an external partner is (partners are not municipalities).</summary>
public enum PartnerKind
{
    EducationProvider,
    University,
    Company,
    Association,
    PublicAgency,
    Other,
}

/// <summary>Where a municipality stands in a joint project it was invited to.</summary>
public enum ParticipantState
{
    Invited,
    Accepted,
    Declined,
    Left,
}
