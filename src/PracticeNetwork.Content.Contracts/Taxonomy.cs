namespace PracticeNetwork.Content.Contracts;

/// <summary>The fixed theme taxonomy shared by every content type (translated in the UI); the numbers are stored, so never renumber.</summary>
public enum Theme
{
    EarlyChildhoodEducation = 1,
    Education = 2,
    WellbeingAndHealth = 3,
    Employment = 4,
    BusinessAndVitality = 5,
    EnvironmentAndClimate = 6,
    LandUseAndHousing = 7,
    Transport = 8,
    CultureAndLeisure = 9,
    Youth = 10,
    Participation = 11,
    Digitalisation = 12,
    FinanceAndAdministration = 13,
    PeopleAndLeadership = 14,
    CustomerService = 15,
    Procurement = 16,
    Integration = 17,
    Safety = 18,
}

/// <summary>Whom an item serves (translated in the UI); the numbers are stored, so never renumber.</summary>
public enum TargetGroup
{
    Residents = 1,
    ChildrenAndFamilies = 2,
    YoungPeople = 3,
    OlderPeople = 4,
    WorkingAge = 5,
    Jobseekers = 6,
    Immigrants = 7,
    PeopleWithDisabilities = 8,
    Businesses = 9,
    Organisations = 10,
    MunicipalStaff = 11,
    DecisionMakers = 12,
}
