using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>Practices written in English, mostly about international residents and staff.</summary>
internal static partial class DemoPracticeCatalog
{
    private static IReadOnlyList<DemoPractice> InEnglish =>
    [
        new()
        {
            Key = "espoo-international-onboarding",
            Municipality = "049",
            AuthorEmail = EspooReviewer,
            ReviewerEmail = EspooReviewer,
            Status = PublicationStatus.Published,
            Created = Day(2023, 3, 6),
            Published = Day(2023, 4, 3),
            Language = "en",
            Audience = Audience.Public,
            Stage = PracticeStage.InUse,
            Evidence = EvidenceLevel.Evaluated,
            Title = "Onboarding international employees in city services",
            Summary = "New employees who do not yet speak Finnish get an English onboarding path, a language buddy and Finnish lessons during working hours. Their first-year turnover fell from 24 % to 9 %.",
            Need = "The city recruits nurses, teachers and engineers from abroad, but many left within a year: instructions, systems and the coffee-room talk were all in Finnish.",
            Solution = """
                The onboarding path has three parts:

                1. **Before the first day**: an English welcome pack, a named supervisor and a buddy.
                2. **First three months**: key instructions in English, two hours of Finnish a week in working time.
                3. **After six months**: a development discussion on language goals and career steps.

                Supervisors get a half-day training on working in a multilingual team.
                """,
            Results = """
                An evaluation of the 2021–2022 intakes (112 employees) found:

                - first-year turnover down from **24 % to 9 %**
                - 81 % reached everyday Finnish (A2) within a year
                - supervisors rated the new employees' integration 4.2/5.
                """,
            Resources = "Language teaching about 1,200 euros per employee and year; one HR coordinator for the programme.",
            Conditions = "Key instructions must exist in English, and the team must accept that Finnish is learned on the job.",
            Themes = [Theme.Integration, Theme.PeopleAndLeadership],
            Tags = ["onboarding", "international recruitment", "Finnish lessons"],
            TargetGroups = [TargetGroup.MunicipalStaff, TargetGroup.Immigrants],
            Contacts = [Contact("Rebecca Koskinen", "HR coordinator", "rebecca.koskinen")],
            Links = [Link("Onboarding path for international employees", "espoo/hr/international-onboarding")],
        },
        new()
        {
            Key = "helsinki-participatory-budgeting",
            Municipality = "091",
            Status = PublicationStatus.Published,
            Created = Day(2022, 9, 19),
            Published = Day(2022, 10, 17),
            Language = "en",
            Audience = Audience.Public,
            Stage = PracticeStage.Established,
            Evidence = EvidenceLevel.Evaluated,
            Title = "Participatory budgeting in neighbourhoods",
            Summary = "Residents propose, develop and vote on ideas for a share of the city budget, neighbourhood by neighbourhood. In the latest round 90,000 residents voted and 74 ideas were funded.",
            Need = "Residents felt that decisions about their neighbourhood were made far away, and turnout in local elections was falling.",
            Solution = """
                The round takes **two years**: ideas are collected online and in workshops, city experts and residents turn them into costed plans, and everyone aged 12 or over can vote. Winning plans are carried out by city departments and reported on a public map.
                """,
            Results = "- 90,000 voters (about 16 % of those eligible)\n- 74 funded plans worth 8.8 million euros\n- the evaluation found the highest participation among young people and in areas with low election turnout.",
            Resources = "About 4.4 million euros a year for the plans, plus a small team of borough liaisons.",
            Conditions = "The budget must be real and the results visible; otherwise trust drops quickly.",
            Themes = [Theme.Participation, Theme.FinanceAndAdministration],
            Tags = ["participatory budgeting", "democracy", "voting"],
            TargetGroups = [TargetGroup.Residents, TargetGroup.YoungPeople],
            Contacts = [Contact("Oskari Virtala", "Participation coordinator", "oskari.virtala")],
        },
        new()
        {
            Key = "oulu-talent-welcome-desk",
            Municipality = "564",
            Status = PublicationStatus.Published,
            Created = Day(2021, 1, 25),
            Published = Day(2021, 2, 22),
            Language = "en",
            Audience = Audience.Public,
            Stage = PracticeStage.InUse,
            Evidence = EvidenceLevel.Measured,
            Title = "A welcome desk for international talent and their families",
            Summary = "One desk helps newcomers with registration, housing, schools and jobs for spouses. In 2020 it served 2,300 customers, and spouses' employment within a year rose to 52 %.",
            Need = "Companies recruited experts from abroad, but families left when spouses found no work and the paperwork felt endless.",
            Solution = """
                The welcome desk gathers the **city, the employment services and the regional business services** in one place, with advice in English and online booking. A spouse programme offers career coaching and introductions to local employers.
                """,
            Results = "- 2,300 customers in 2020\n- spouses employed within a year: 31 % → 52 %\n- customer satisfaction 4.6/5.",
            Resources = "Three advisers, co-funded by the city and local employers.",
            Conditions = "Authorities willing to serve at the same desk, and employers who share the cost.",
            Themes = [Theme.Integration, Theme.Employment, Theme.BusinessAndVitality],
            Tags = ["talent attraction", "spouse programme", "international"],
            TargetGroups = [TargetGroup.Immigrants, TargetGroup.Businesses, TargetGroup.WorkingAge],
            Contacts = [Contact("Aleksi Juntunen", "Talent services manager", "aleksi.juntunen")],
        },
        new()
        {
            Key = "tampere-open-data-challenge",
            Municipality = "837",
            Status = PublicationStatus.Published,
            Created = Day(2024, 3, 18),
            Published = Day(2024, 4, 15),
            Language = "en",
            Audience = Audience.Network,
            Stage = PracticeStage.Piloted,
            Evidence = EvidenceLevel.Anecdotal,
            Title = "Open data challenge for university students",
            Summary = "Student teams build prototypes on the city's open data for problems that city units describe. Two of the first eight prototypes went into use.",
            Need = "The city publishes open data, but few used it, and units had small problems no one had time to solve.",
            Solution = "Units write **one-page challenges**; student teams work on them for a course term with a city mentor. The best prototypes get a small budget to be finished.",
            Results = "Spring 2024: 8 challenges, 31 students, 2 prototypes in use (a snow-plough map and a library room finder).",
            Resources = "Mentors' time and 10,000 euros for finishing prototypes.",
            Conditions = "A university course that can host the challenge, and clean, documented datasets.",
            Themes = [Theme.Digitalisation, Theme.Education],
            Tags = ["open data", "students", "prototypes"],
            TargetGroups = [TargetGroup.YoungPeople, TargetGroup.MunicipalStaff],
            Contacts = [Contact("Emma Salonen", "Data specialist", "emma.salonen")],
        },
    ];
}
