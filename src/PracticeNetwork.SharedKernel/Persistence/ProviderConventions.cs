using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PracticeNetwork.SharedKernel.Persistence;

/// <summary>Model conventions every module DbContext needs on a given provider.</summary>
public static class ProviderConventions
{
    /// <summary>
    /// SQLite stores DateTimeOffset as text it cannot compare or sort; as a binary number it can
    /// (order-preserving for the UTC values we store).
    /// </summary>
    public static void Apply(ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ArgumentNullException.ThrowIfNull(database);
        if (database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
