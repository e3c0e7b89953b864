using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.UnitTests;

/// <summary>Good practice content and aggregates in a chosen state, for rules that need no database.</summary>
internal static class PracticeSamples
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static PracticeContent Content() => new(
        "Tiimityö toimistopalveluissa", "Toimistopalvelut siirtyivät tiimimalliin.", "Tarve: työt kasautuivat.",
        "Ratkaisu: tiimit ja yhteinen työjono.", "Tulokset: sijaistukset sujuvat.", "Resurssit: kaksi työpajaa.",
        "Edellytykset: esihenkilön tuki.", PracticeStage.InUse, EvidenceLevel.Measured, "fi", Audience.Public,
        [Theme.PeopleAndLeadership, Theme.CustomerService], ["tiimityö", "toimistopalvelut"], [TargetGroup.MunicipalStaff],
        [new ContactPerson("Liisa Esimerkki", "Toimistopäällikkö", "liisa@example.fi", "+358 40 123 4567")],
        [new ContentLink("Loppuraportti", "https://example.fi/raportti")],
        [new Award("Vuoden kehittämisteko", 2021, "Päijät-Hämeen liitto")]);

    /// <summary>A practice of <paramref name="municipalityId"/> created by <paramref name="createdBy"/>, moved to <paramref name="status"/>.</summary>
    public static GoodPractice Practice(Guid municipalityId, Guid createdBy, PublicationStatus status, bool deleted = false)
    {
        var practice = new GoodPractice(Content(), createdBy, Now);
        // The database stamps the municipality on save; here the test plays that part.
        typeof(ContentItem).GetProperty(nameof(ContentItem.MunicipalityId))!.SetValue(practice, municipalityId);
        WorkflowStep[] path = status switch
        {
            PublicationStatus.Draft => [],
            PublicationStatus.InReview => [WorkflowStep.SubmitForReview],
            PublicationStatus.Published => [WorkflowStep.SubmitForReview, WorkflowStep.Publish],
            _ => [WorkflowStep.SubmitForReview, WorkflowStep.Publish, WorkflowStep.Archive],
        };
        foreach (var step in path)
        {
            Assert.True(practice.Take(step, comment: null, Now));
        }

        if (deleted)
        {
            practice.Delete(Guid.NewGuid(), Now);
        }

        return practice;
    }
}
