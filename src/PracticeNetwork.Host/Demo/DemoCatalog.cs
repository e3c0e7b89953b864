namespace PracticeNetwork.Host.Demo;

/// <summary>
/// The demo network's content, read from <c>Demo/Content/</c> (docs/adr/0007). Good practices: the Kärkölä office
/// services project and its partners, Espoo's finance services, and practices of some forty other municipalities in
/// Finnish, Swedish and English, in every stage, evidence level, audience and status. Development projects: the Kärkölä
/// office services project as its story tells it, and projects across the network in every status, joint and not.
/// Process descriptions: Espoo finance services' processes from the 2020 Laurea training, with their KPIs, and the
/// same network KPIs in a few other municipalities for the comparison.
/// Fixed texts, ids and dates: the same network on every machine. Adding an item is adding a file.
/// </summary>
internal static class DemoCatalog
{
    private static readonly Lazy<IReadOnlyList<DemoPractice>> AllPractices = new(DemoItemReader.ReadAll<DemoPractice>);

    private static readonly Lazy<IReadOnlyList<DemoProject>> AllProjects = new(DemoItemReader.ReadAll<DemoProject>);

    private static readonly Lazy<IReadOnlyList<DemoProcess>> AllProcesses = new(DemoItemReader.ReadAll<DemoProcess>);

    /// <summary>Every demo practice; read once, and a bad file fails with its name and field.</summary>
    public static IReadOnlyList<DemoPractice> Practices => AllPractices.Value;

    /// <summary>Every demo project; read once, and a bad file fails with its name and field.</summary>
    public static IReadOnlyList<DemoProject> Projects => AllProjects.Value;

    /// <summary>Every demo process description; read once, and a bad file fails with its name and field.</summary>
    public static IReadOnlyList<DemoProcess> Processes => AllProcesses.Value;
}
