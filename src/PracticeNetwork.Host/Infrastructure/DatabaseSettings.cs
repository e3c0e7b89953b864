namespace PracticeNetwork.Host.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>
/// <c>Database:Provider</c> and <c>ConnectionStrings:PracticeNetwork</c>. Without a connection string the
/// embedded default is used: a SQLite file in the data folder (<c>Storage:DataFolder</c>, default <c>./data</c>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "PracticeNetwork";

    public bool IsEmbedded => Provider == DatabaseProvider.Sqlite;

    public static DatabaseSettings From(IConfiguration configuration, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is not one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException(
                    $"Database:Provider is {provider}, so ConnectionStrings:{ConnectionStringName} must be set.");
            }

            connectionString = $"Data Source={Path.Combine(dataFolder, "practicenetwork.db")}";
        }

        return new DatabaseSettings(provider, connectionString);
    }
}
