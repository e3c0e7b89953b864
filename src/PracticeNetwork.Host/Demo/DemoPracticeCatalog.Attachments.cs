namespace PracticeNetwork.Host.Demo;

/// <summary>A file attached to a demo practice, with a fixed id and upload time.</summary>
internal sealed record DemoAttachment(string PracticeKey, string FileName, string UploaderEmail, DateTimeOffset UploadedAt, Func<byte[]> Content)
{
    public Guid Id => DemoPractice.StableId("attachment", $"{PracticeKey}/{FileName}");
}

internal static partial class DemoPracticeCatalog
{
    public static IReadOnlyList<DemoAttachment> Attachments =>
    [
        new(KarkolaTeamWorking, "tiimimalli-yhdella-sivulla.pdf", KarkolaAuthor, Day(2021, 1, 25), () => MinimalPdf.OnePage(
            "Kärkölän toimistopalvelut: tiimimalli yhdellä sivulla",
            [
                "Kehittämishanke 2019-2021: Kärkölä, Loppi, Hausjärvi ja Riihimäki; kumppanina Hyria Koulutus.",
                string.Empty,
                "Kolme tiimiä:",
                "  1. Asiakaspalvelu ja neuvonta",
                "  2. Talous ja laskutus",
                "  3. Hallinto ja kokoukset",
                string.Empty,
                "Näin työ jaetaan:",
                "  - yhteinen sähköinen työjono, josta tehtävät otetaan aamupalaverissa (15 min)",
                "  - jokaisella tehtävällä pää- ja varahenkilö; varahenkilö tekee tehtävän ohjatusti kahdesti",
                "  - tehtävien ohjeet yhteisessä ohjepankissa",
                "  - tiimipäivä kerran kuussa: töiden uudelleenjako ja ohjeiden päivitys",
                string.Empty,
                "Tulokset (arviointi kevät 2021):",
                "  - tehtävät, joilla vähintään kaksi osaajaa: 38 % -> 92 %",
                "  - asia hoitui ensimmäisellä yhteydenotolla: 64 % -> 86 %",
                "  - kesäloma-aikana siirtyneet laskutukset: 41 -> 3",
                string.Empty,
                "Lisätietoja: Tuula Lehtinen, hallintopäällikkö, tuula.lehtinen@example.fi",
            ])),
    ];
}
