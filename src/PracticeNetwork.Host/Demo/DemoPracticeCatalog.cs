using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The demo network's good practices: the Kärkölä office services project and its partners, Espoo's finance
/// services, and practices of some forty other municipalities in Finnish, Swedish and English, in every stage,
/// evidence level, audience and status. Fixed texts, ids and dates: the same network on every machine.
/// </summary>
internal static partial class DemoPracticeCatalog
{
    public const string KarkolaAuthor = "kaisa.kirjoittaja@karkola.example";
    public const string KarkolaReviewer = "matti.paakayttaja@karkola.example";
    public const string PartnerAuthor = "lauri.projektipaallikko@loppi.example";
    public const string EspooReviewer = "eija.tarkastaja@espoo.example";

    public const string KarkolaTeamWorking = "karkola-team-working";
    public const string KarkolaWorkLifeBalance = "karkola-work-life-balance";
    public const string KarkolaProcessStreamlining = "karkola-process-streamlining";

    private static IReadOnlyList<DemoPractice>? all;

    /// <summary>Built on first use, when the static fields of every part (shared contacts, links) are set.</summary>
    public static IReadOnlyList<DemoPractice> All =>
        all ??= [.. KarkolaProject, .. EspooFinance, .. ServicesForPeople, .. PlacesAndLivelihoods, .. InSwedish, .. InEnglish];

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    private static ContactPerson Contact(string name, string title, string emailName) => new(name, title, emailName + "@example.fi", null);

    private static ContentLink Link(string title, string path) => new(title, "https://example.fi/" + path);
}
