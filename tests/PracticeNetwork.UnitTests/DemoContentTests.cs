using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Host.Demo;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Features.Import;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Projects.Contracts;
using PracticeNetwork.Modules.Projects.Features.Import;

namespace PracticeNetwork.UnitTests;

/// <summary>The demo network's files: every one starts the app, and a broken one says where it is broken.</summary>
public sealed class DemoContentTests
{
    private const string SamplePath = "practices/karkola-chat-service.md";

    private const string ProjectSamplePath = "projects/karkola-office-services.md";

    private const string ProcessSamplePath = "processes/espoo-sales-invoices.md";

    private static string ProcessSample => System.Text.Encoding.UTF8.GetString(DemoContentFiles.Read(ProcessSamplePath));

    private static string Sample => System.Text.Encoding.UTF8.GetString(DemoContentFiles.Read(SamplePath));

    private static string ProjectSample => System.Text.Encoding.UTF8.GetString(DemoContentFiles.Read(ProjectSamplePath));

    [Fact]
    public void Every_demo_practice_file_is_read_and_passes_the_import_rules()
    {
        var files = DemoContentFiles.In(DemoPractice.Kind.Folder);
        Assert.True(files.Count >= 60, $"the demo network has its 60 practices, not {files.Count}");
        Assert.Equal(files.Count, DemoCatalog.Practices.Count);
        Assert.Equal(files.Count, DemoCatalog.Practices.Select(practice => practice.Id).Distinct().Count());

        var validator = new ImportPracticeValidator(TimeProvider.System);
        var errors = DemoCatalog.Practices
            .Select(practice => (practice.Source, Result: validator.Validate(new ImportPractice(practice.Id, practice.Content, practice.Status,
                Guid.NewGuid(), practice.Created, practice.Published, practice.Archived, practice.ReviewComment, Guid.NewGuid(), practice.Moved))))
            .SelectMany(item => item.Result.Errors.Select(error => $"{item.Source}: {error.PropertyName}: {error.ErrorMessage}"));
        Assert.Empty(errors);
    }

    [Fact]
    public void A_demo_file_keeps_its_Markdown_texts_as_written()
    {
        var practice = DemoCatalog.Practices.Single(item => item.Key == "karkola-substitute-pool");

        Assert.Equal("Yhteinen sijaispankki toimistotehtäviin naapurikuntien kanssa", practice.Content.Title);
        Assert.Equal("Luonnos:\n\n- yhteinen sijaislista ja perehdytysvideot\n- sama ohjepankin rakenne kaikissa kunnissa\n- sopimus sijaisten palkkauksesta kunnittain.", practice.Content.Solution);
        Assert.Equal(string.Empty, practice.Content.ResultsAndEvidence);
        Assert.Equal((DemoItem.StableId("practice", "karkola-substitute-pool"), "316", PracticeStage.Idea), (practice.Id, practice.Municipality, practice.Stage));
    }

    [Fact]
    public void The_team_working_practice_brings_its_PDF_from_its_own_folder()
    {
        var attachment = Assert.Single(DemoCatalog.Practices.SelectMany(practice => practice.Files));

        Assert.Equal(("karkola-team-working", "tiimimalli-yhdella-sivulla.pdf"), (attachment.ItemKey, attachment.FileName));
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.Latin1.GetString(attachment.Content()), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Malformed() => new()
    {
        { "stage", "\"stage\": \"piloted\"", "\"stage\": \"pilot\"" },
        { "status", "\"status\": \"draft\"", "\"status\": 0" },
        { "themes[1]", "\"themes\": [\"customerService\", \"digitalisation\"]", "\"themes\": [\"customerService\", 12]" },
        { "stag", "\"stage\": \"piloted\"", "\"stage\": \"piloted\",\n  \"stag\": \"piloted\"" },
        { "key", "\"key\": \"karkola-chat-service\",", string.Empty },
        { "key", "\"key\": \"karkola-chat-service\"", "\"key\": \"karkola-chat\"" },
        { "type", "\"type\": \"practice\"", "\"type\": \"project\"" },
        { "created", "\"created\": \"2026-09-28T09:00:00Z\"", "\"created\": \"2026-09-28T09:00:00\"" },
        { "municipality", "\"municipality\": \"316\"", "\"municipality\": null" },
        { "front matter", "\"municipality\": \"316\",", "\"municipality\": \"316\"" },
        { "summmary", "## summary\n", "## summmary\n" },
        { "conditionsForAdoption", "\n## conditionsForAdoption\n\nChat-työkalu ja sovitut päivystysvuorot.\n", string.Empty },
        { "Tulokset", "## resultsAndEvidence\n", "## resultsAndEvidence\n\n## Tulokset\n" },
        { "sampleFigures", "\"language\": \"fi\",", "\"sampleFigures\": true,\n  \"language\": \"fi\"," },
        { "attachments[0].file", "\"language\": \"fi\",", "\"attachments\": [{ \"file\": \"puuttuu.pdf\", \"uploadedBy\": \"kaisa.kirjoittaja@karkola.example\", \"uploaded\": \"2026-10-01T09:00:00Z\" }],\n  \"language\": \"fi\"," },
        { "originProject", "\"language\": \"fi\",", "\"originProject\": \"no-such-project\",\n  \"language\": \"fi\"," },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_demo_file_fails_naming_the_file_and_the_field(string field, string valid, string malformed)
    {
        Assert.Contains(valid, Sample, StringComparison.Ordinal);
        var text = Sample.Replace(valid, malformed, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => DemoItemReader.Read<DemoPractice>(DemoContentFile.Parse(SamplePath, text)));

        Assert.Contains(SamplePath, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_file_itself_reads_so_each_malformed_case_fails_for_its_own_reason()
    {
        Assert.Equal("karkola-chat-service", DemoItemReader.Read<DemoPractice>(DemoContentFile.Parse(SamplePath, Sample)).Key);
    }

    [Fact]
    public void Every_demo_project_file_is_read_and_the_network_has_projects_in_every_state()
    {
        var projects = DemoCatalog.Projects;
        Assert.Equal(DemoContentFiles.In(DemoProject.Kind.Folder).Count, projects.Count);
        Assert.True(projects.Count >= 16, $"the demo network has the Kärkölä project and some fifteen more, not {projects.Count}");
        Assert.Equal(projects.Count, projects.Select(project => project.Id).Distinct().Count());

        Assert.Equal(Enum.GetValues<ProjectStatus>(), projects.Select(project => project.ProjectStatus).Distinct().Order());
        Assert.Equal(Enum.GetValues<ParticipantState>(), projects.SelectMany(project => project.Participants).Select(participant => participant.State).Distinct().Order());
        Assert.Equal(Enum.GetValues<PublicationStatus>(), projects.Select(project => project.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<Audience>(), projects.Select(project => project.Audience).Distinct().Order());
        Assert.True(projects.Count(project => project.Language == "sv") >= 3, "a few in Swedish");
        Assert.True(projects.Count(project => project.TookPart.Count() > 1) >= projects.Count / 2, "many joint projects");
        Assert.True(projects.Select(project => project.Municipality).Distinct().Count() >= 15, "projects across the network");
        Assert.Contains(projects, project => project.Status == PublicationStatus.Draft && project.ReviewComment is not null);

        // The people and municipalities are resolved at seeding; the rules of the import itself are checked here.
        var validator = new ImportProjectValidator(TimeProvider.System);
        var errors = projects
            .Select(project => (project.Source, Result: validator.Validate(new ImportProject(project.Id, project.Content, project.Status, Guid.NewGuid(),
                project.Created, project.Published, project.Archived, project.ReviewComment,
                [.. project.Participants.Select(participant => new ImportedParticipant(Guid.NewGuid(), participant.State, participant.Invited, participant.Answered))],
                [.. project.Team.Select(member => new ImportedTeamMember(Guid.NewGuid(), Guid.NewGuid(), member.ProjectManager, member.Added))],
                [.. project.Milestones.Select(milestone => new ImportedMilestone(project.MilestoneId(milestone), milestone.Title, milestone.Due, Guid.NewGuid(), milestone.Completed, null))],
                Guid.NewGuid(), project.Moved))))
            .SelectMany(item => item.Result.Errors.Select(error => $"{item.Source}: {error.PropertyName}: {error.ErrorMessage}"));
        Assert.Empty(errors);
    }

    [Fact]
    public void A_couple_of_ongoing_projects_have_milestones_already_overdue_and_finished_ones_have_none()
    {
        // Fixed dates that have passed: overdue whatever day the tests run.
        var overdue = DemoCatalog.Projects
            .Where(project => project.Milestones.Any(milestone => milestone.Completed is null && milestone.Due < new DateOnly(2026, 12, 1)))
            .ToList();

        Assert.InRange(overdue.Count, 2, 4);
        Assert.All(overdue, project => Assert.Equal(ProjectStatus.Ongoing, project.ProjectStatus));
    }

    [Fact]
    public void The_Karkola_office_services_project_is_as_its_story_tells_it()
    {
        var project = DemoCatalog.Projects.Single(item => item.Key == "karkola-office-services");
        var content = project.Content;

        Assert.Equal(("Toimistopalveluiden kehittäminen", "316", "fi", Audience.Public), (content.Title, project.Municipality, content.Language, content.Audience));
        Assert.Equal((ProjectStatus.Completed, PublicationStatus.Published), (content.Status, project.Status));
        Assert.Equal(new DateTimeOffset(2021, 4, 29, 9, 0, 0, TimeSpan.Zero), project.Published);
        Assert.Equal((2019, true), (content.StartDate!.Value.Year, content.StartDate.Value.Month >= 9));
        Assert.Equal(["433", "086", "694"], project.Participants.Where(participant => participant.State == ParticipantState.Accepted).Select(participant => participant.Municipality));
        Assert.Equal(new PartnerOrganisation("Hyria Koulutus", PartnerKind.EducationProvider, "https://www.hyria.fi"), Assert.Single(content.Partners));
        var contact = Assert.Single(content.Contacts);
        Assert.Equal(("Lilli Peltonen", "Hankepäällikkö, Kärkölän kunta"), (contact.Name, contact.Title));
        Assert.Contains("etävierailun Jämsän kaupunkiin", content.Solution, StringComparison.Ordinal);
        Assert.Contains("liiketoiminnan ammattitutkinnosta", content.Solution, StringComparison.Ordinal);
        Assert.True(project.SampleFigures);

        var teamWorking = DemoCatalog.Practices.Single(practice => practice.Key == "karkola-team-working");
        Assert.Equal(teamWorking.Awards, content.Awards);

        var manager = Assert.Single(project.Team, member => member.ProjectManager);
        Assert.Equal(("kaisa.kirjoittaja@karkola.example", "316"), (manager.Person, manager.Municipality));
        Assert.Equal(["433", "086", "694"], project.Team.Where(member => member.Person == "lauri.projektipaallikko@loppi.example").Select(member => member.Municipality));
        Assert.Contains(project.Milestones, milestone => milestone.Title.Contains("Jämsä", StringComparison.Ordinal));
        Assert.All(project.Milestones, milestone => Assert.NotNull(milestone.Completed));
        Assert.True(project.Updates.Select(update => update.Municipality).Distinct().Count() >= 3, "updates from different participants");
        Assert.Equal(["316", "433", "086", "694"], project.Contributions.Select(contribution => contribution.Municipality));
    }

    [Fact]
    public void The_three_Karkola_practices_name_the_office_services_project_as_their_origin()
    {
        var origin = DemoItem.StableId("project", "karkola-office-services");

        var produced = DemoCatalog.Practices.Where(practice => practice.Content.OriginProjectId == origin).Select(practice => practice.Key);

        Assert.Equal(["karkola-process-streamlining", "karkola-team-working", "karkola-work-life-balance"], produced.Order());
        Assert.Equal(origin, DemoCatalog.Projects.Single(project => project.Key == "karkola-office-services").Id);
    }

    public static TheoryData<string, string, string> MalformedProject() => new()
    {
        { "projectStatus", "\"projectStatus\": \"completed\"", "\"projectStatus\": \"done\"" },
        { "startDate", "\"startDate\": \"2019-09-02\"", "\"startDate\": \"syksy 2019\"" },
        { "partners[0].kind", "\"kind\": \"educationProvider\"", "\"kind\": \"school\"" },
        { "participants[1].state", "\"municipality\": \"086\", \"state\": \"accepted\"", "\"municipality\": \"086\", \"state\": \"joined\"" },
        { "participants[0].municipality", "{ \"municipality\": \"433\", \"state\"", "{ \"municipality\": \"316\", \"state\"" },
        { "team[0].municipality", "\"municipality\": \"316\", \"projectManager\": true", "\"municipality\": \"049\", \"projectManager\": true" },
        { "team", "\"team\": [", "\"crew\": [" },
        { "milestones[5].key", "\"key\": \"coaching-change\"", "\"key\": \"coaching-strategy\"" },
        { "milestones[0].due", "\"due\": \"2020-01-23\"", "\"due\": \"2020-01-23T12:00:00Z\"" },
        { "updates[0].municipality", "\"key\": \"kickoff\",\n      \"municipality\": \"316\"", "\"key\": \"kickoff\",\n      \"municipality\": \"049\"" },
        { "documents[0].file", "\"file\": \"hankkeen-kulku-yhdella-sivulla.pdf\"", "\"file\": \"puuttuu.pdf\"" },
        { "type", "\"type\": \"project\"", "\"type\": \"practice\"" },
        { "resultsAndEvidence", "## results\n", "## resultsAndEvidence\n" },
    };

    [Theory]
    [MemberData(nameof(MalformedProject))]
    public void A_malformed_demo_project_file_fails_naming_the_file_and_the_field(string field, string valid, string malformed)
    {
        Assert.Contains(valid, ProjectSample, StringComparison.Ordinal);
        var text = ProjectSample.Replace(valid, malformed, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => DemoItemReader.Read<DemoProject>(DemoContentFile.Parse(ProjectSamplePath, text)));

        Assert.Contains(ProjectSamplePath, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_enum_value_in_a_list_of_objects_lists_the_values_it_takes()
    {
        var text = ProjectSample.Replace("\"kind\": \"educationProvider\"", "\"kind\": \"school\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => DemoItemReader.Read<DemoProject>(DemoContentFile.Parse(ProjectSamplePath, text)));

        Assert.Contains("Choose one of: educationProvider, university, company, association, publicAgency, other.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_project_file_itself_reads_so_each_malformed_case_fails_for_its_own_reason()
    {
        Assert.Equal("karkola-office-services", DemoItemReader.Read<DemoProject>(DemoContentFile.Parse(ProjectSamplePath, ProjectSample)).Key);
    }

    public static TheoryData<string, string, string> MalformedProcess() => new()
    {
        { "kpis[0].networkKpi", "\"networkKpi\": \"sales-invoice-processing-days\"", "\"networkKpi\": \"invoice-days\"" },
        { "kpis[0].networkKpi", "\"unit\": \"pv\"", "\"unit\": \"päivää\"" },
        { "kpis[0].direction", "\"direction\": \"lowerIsBetter\"", "\"direction\": \"lower\"" },
        { "kpis[0].measurements.from", "\"from\": \"2021-01\"", "\"from\": \"1/2021\"" },
        { "kpis[0].measurements.to", "\"to\": \"2022-12\"", "\"to\": \"2020-12\"" },
        { "kpis[0].measurements", "\"noise\": 0.4", "\"noise\": 40" },
        { "kpis[0].measurements.count", "\"seed\": 17 }", "\"seed\": 17, \"count\": 24 }" },
        { "steps[1].key", "\"key\": \"check\"", "\"key\": \"receive\"" },
        { "bottlenecks[1].steps", "\"steps\": [\"check\"]", "\"steps\": [\"checking\"]" },
        { "relatedPractices[0]", "[\"espoo-sales-invoice-quality\"]", "[\"espoo-invoices\"]" },
        { "archived", "\"published\": \"2020-09-14T09:00:00Z\",", "\"published\": \"2020-09-14T09:00:00Z\",\n  \"archived\": \"2022-01-01T09:00:00Z\"," },
        { "purposes", "## purpose\n", "## purposes\n" },
        { "type", "\"type\": \"process\"", "\"type\": \"project\"" },
    };

    [Theory]
    [MemberData(nameof(MalformedProcess))]
    public void A_malformed_demo_process_file_fails_naming_the_file_and_the_field(string field, string valid, string malformed)
    {
        Assert.Contains(valid, ProcessSample, StringComparison.Ordinal);
        var text = ProcessSample.Replace(valid, malformed, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => DemoItemReader.Read<DemoProcess>(DemoContentFile.Parse(ProcessSamplePath, text)));

        Assert.Contains(ProcessSamplePath, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_process_file_itself_reads_so_each_malformed_case_fails_for_its_own_reason()
    {
        var process = DemoItemReader.Read<DemoProcess>(DemoContentFile.Parse(ProcessSamplePath, ProcessSample));

        Assert.Equal("espoo-sales-invoices", process.Key);
        Assert.Equal(24, Assert.Single(process.Kpis).Values().Count);
    }

    [Fact]
    public void A_generated_series_follows_its_trend_and_the_same_spec_gives_the_same_values()
    {
        var spec = new DemoMeasurementSeries { From = "2021-01", To = "2022-12", Start = 10m, End = 5m, Noise = 0.4m, Seasonality = 0.5m, Seed = 3 };
        var quiet = spec with { Noise = 0m, Seasonality = 0m };

        var values = spec.Generate(KpiFrequency.Monthly, KpiDirection.LowerIsBetter);

        Assert.Equal(values, (spec with { }).Generate(KpiFrequency.Monthly, KpiDirection.LowerIsBetter));
        Assert.NotEqual(values.Select(value => value.Value), (spec with { Seed = 4 }).Generate(KpiFrequency.Monthly, KpiDirection.LowerIsBetter).Select(value => value.Value));
        var trend = quiet.Generate(KpiFrequency.Monthly, KpiDirection.LowerIsBetter);
        Assert.Equal((10m, 5m), (trend[0].Value, trend[^1].Value));
        Assert.All(values.Zip(trend), pair => Assert.InRange(pair.First.Value - pair.Second.Value, -0.95m, 0.95m));
        Assert.Equal(KpiPeriod.Month(2022, 12), values[^1].Period);

        // The busiest month is worse than the trend whichever way is better: more days, a lower share.
        var busyDays = (quiet with { Seasonality = 1m }).Generate(KpiFrequency.Monthly, KpiDirection.LowerIsBetter)[0].Value;
        var busyShare = (quiet with { Seasonality = 1m }).Generate(KpiFrequency.Monthly, KpiDirection.HigherIsBetter)[0].Value;
        Assert.Equal((11m, 9m), (busyDays, busyShare));
    }
}
