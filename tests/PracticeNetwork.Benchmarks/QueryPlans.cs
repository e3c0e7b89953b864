using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Migrations.Sqlite;
using PracticeNetwork.Modules.Practices.Contracts;
using PracticeNetwork.Modules.Practices.Data;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.Modules.Practices.Features.Read;
using PracticeNetwork.SharedKernel.Content;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Benchmarks;

/// <summary>
/// SQLite's EXPLAIN QUERY PLAN for the browse list with a theme filter, as an anonymous reader sends it: the same LINQ as
/// ListPracticesHandler (visibility rule, theme filter, newest publication first, one page), turned into SQL by EF Core.
/// </summary>
internal static class QueryPlans
{
    public static async Task<string> ExplainThemeListAsync(string databasePath, Theme theme)
    {
        var connectionString = $"Data Source={databasePath}";
        var options = new DbContextOptionsBuilder<PracticesDbContext>();
        SqliteProvider.Configure(options, connectionString, new ModuleDatabase(PracticesDbContext.ModuleName, typeof(PracticesDbContext)));
        await using var db = new PracticesDbContext(options.Options, new TenantContext());

        var audiences = Visibility.VisibleAudiences(Reader.Anonymous).ToList();
        List<PublicationStatus> statuses = [PublicationStatus.Published];
        var filtered = db.Practices.AsNoTracking().IgnoreQueryFilters([ModuleDbContext.TenantFilter])
            .Where(practice => practice.DeletedAt == null && statuses.Contains(practice.Status) && audiences.Contains(practice.Audience))
            .Where(practice => practice.ThemeEntries.Any(entry => entry.Theme == theme));
        var page = filtered.OrderByDescending(practice => practice.PublishedAt).ThenBy(practice => practice.Id).Skip(0).Take(20)
            .Select(PracticeSummaries.Projection);
        var count = filtered.Select(practice => practice.Id);

        var report = new StringBuilder();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await AppendPlanAsync(connection, report, "count", count.ToQueryString());
        await AppendPlanAsync(connection, report, "page", page.ToQueryString());
        return report.ToString();
    }

    private static async Task AppendPlanAsync(SqliteConnection connection, StringBuilder report, string name, string queryString)
    {
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder();
        foreach (var line in queryString.Split('\n'))
        {
            if (line.StartsWith(".param set ", StringComparison.Ordinal))
            {
                var parts = line[".param set ".Length..].Split(' ', 2);
                command.Parameters.AddWithValue(parts[0], Literal(parts[1].Trim()));
            }
            else
            {
                sql.AppendLine(line);
            }
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + sql.ToString().Trim();
        report.AppendLine(CultureInfo.InvariantCulture, $"-- {name} query:").AppendLine(sql.ToString().Trim()).AppendLine("-- plan:");
        await using var reader = await command.ExecuteReaderAsync();
        var depth = new Dictionary<long, int> { [0] = 0 };
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt64(0);
            var parent = reader.GetInt64(1);
            depth[id] = depth.GetValueOrDefault(parent) + 1;
            report.Append(' ', depth[id] * 2).AppendLine(reader.GetString(3));
        }

        report.AppendLine();
    }

    private static object Literal(string value) =>
        value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1].Replace("''", "'", StringComparison.Ordinal)
        : value == "NULL" ? DBNull.Value
        : long.Parse(value, CultureInfo.InvariantCulture);
}
