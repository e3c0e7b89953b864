using PracticeNetwork.Host.Demo;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Features.Import;

namespace PracticeNetwork.UnitTests;

/// <summary>The demo network's files: every one starts the app, and a broken one says where it is broken.</summary>
public sealed class DemoContentTests
{
    private const string SamplePath = "practices/karkola-chat-service.md";

    private static string Sample => System.Text.Encoding.UTF8.GetString(DemoContentFiles.Read(SamplePath));

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
}
