namespace PracticeNetwork.Host.Demo;

/// <summary>
/// Whether this app runs the demo network (<c>Demo:Enabled</c>; by default only on the embedded database in
/// Development, where nobody real can reach it): the demo people, practices and clients are seeded at start, and
/// every page says that the content is sample data.
/// </summary>
internal sealed record DemoSettings(bool Enabled)
{
    public static DemoSettings From(IConfiguration configuration, Infrastructure.DatabaseSettings database, IHostEnvironment environment) =>
        new(configuration.GetValue("Demo:Enabled", database.IsEmbedded && environment.IsDevelopment()));
}
