namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The demo network's good practices, read from <c>Demo/Content/practices/</c> (docs/adr/0007): the Kärkölä office
/// services project and its partners, Espoo's finance services, and practices of some forty other municipalities in
/// Finnish, Swedish and English, in every stage, evidence level, audience and status. Fixed texts, ids and dates:
/// the same network on every machine. Adding a practice is adding a file.
/// </summary>
internal static class DemoPracticeCatalog
{
    private static readonly Lazy<IReadOnlyList<DemoPractice>> Practices =
        new(() => [.. DemoContentFiles.In(DemoPracticeFile.Folder).Select(DemoPracticeFile.Read)]);

    /// <summary>Every demo practice; read once, and a bad file fails with its name and field.</summary>
    public static IReadOnlyList<DemoPractice> All => Practices.Value;

    public static IReadOnlyList<DemoAttachment> Attachments => [.. All.SelectMany(practice => practice.Attachments)];
}
