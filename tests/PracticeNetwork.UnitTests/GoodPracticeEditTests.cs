using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.UnitTests;

/// <summary>What an edit stores and which fields it reports as changed (the revision history and change log use them).</summary>
public sealed class GoodPracticeEditTests
{
    private static readonly DateTimeOffset Later = PracticeSamples.Now.AddHours(1);

    private static GoodPractice Draft() => PracticeSamples.Practice(Guid.NewGuid(), Guid.NewGuid(), PublicationStatus.Draft);

    [Fact]
    public void Saving_the_same_content_changes_nothing()
    {
        var practice = Draft();

        var changed = practice.Edit(PracticeSamples.Content(), Later);

        Assert.Empty(changed);
        Assert.Equal(PracticeSamples.Now, practice.UpdatedAt);
    }

    [Fact]
    public void Surrounding_whitespace_duplicate_themes_and_tags_and_theme_order_are_not_changes()
    {
        var practice = Draft();
        var sample = PracticeSamples.Content();
        var sloppy = sample with
        {
            Title = "  " + sample.Title + "\n",
            Solution = "\t" + sample.Solution + "  ",
            Themes = [Theme.CustomerService, Theme.PeopleAndLeadership, Theme.CustomerService],
            Tags = [" tiimityö ", "toimistopalvelut", "TIIMITYÖ", "  "],
            TargetGroups = [TargetGroup.MunicipalStaff, TargetGroup.MunicipalStaff],
            Contacts = [sample.Contacts[0] with { Name = " Liisa Esimerkki ", Phone = " +358 40 123 4567 " }],
        };

        Assert.Empty(practice.Edit(sloppy, Later));
    }

    [Fact]
    public void The_stored_content_is_normalised()
    {
        var practice = Draft();
        var sample = PracticeSamples.Content();

        practice.Edit(sample with
        {
            Title = "  Uusi otsikko  ",
            Themes = [Theme.Transport, Theme.Education, Theme.Transport],
            Tags = ["liikenne", " Liikenne ", "koulu", ""],
            Contacts = [new ContactPerson(" Matti ", "  ", " matti@example.fi ", "")],
        }, Later);

        var stored = practice.Content;
        Assert.Equal("Uusi otsikko", stored.Title);
        Assert.Equal([Theme.Education, Theme.Transport], stored.Themes);
        Assert.Equal(["liikenne", "koulu"], stored.Tags);
        Assert.Equal(new ContactPerson("Matti", null, "matti@example.fi", null), Assert.Single(stored.Contacts));
        Assert.Equal(Later, practice.UpdatedAt);
    }

    [Fact]
    public void Exactly_the_changed_fields_are_reported_by_their_API_names()
    {
        var practice = Draft();
        var sample = PracticeSamples.Content();

        var changed = practice.Edit(sample with
        {
            Summary = "Uusi tiivistelmä.",
            Stage = PracticeStage.Established,
            Audience = Audience.Network,
            Themes = [Theme.PeopleAndLeadership],
            Links = [.. sample.Links, new ContentLink("Esitys", "https://example.fi/esitys")],
            Awards = [],
        }, Later);

        Assert.Equal(["summary", "stage", "audience", "themes", "links", "awards"], changed);
        Assert.Equal(Audience.Network, practice.Content.Audience);
        Assert.Equal([Theme.PeopleAndLeadership], practice.Content.Themes);
    }

    [Fact]
    public void A_second_identical_edit_reports_nothing()
    {
        var practice = Draft();
        var edited = PracticeSamples.Content() with { Solution = "Ratkaisu muuttui." };

        Assert.Equal(["solution"], practice.Edit(edited, Later));
        Assert.Empty(practice.Edit(edited, Later.AddHours(1)));
        Assert.Equal(Later, practice.UpdatedAt);
    }
}
