using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Migrations.Sqlite;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Practices.Domain;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Benchmarks;

internal sealed record GeneratedMembers(int Members, int Memberships, int Follows, int Notifications, int WithoutNews,
    IReadOnlyDictionary<string, int> ByLanguage, DateTimeOffset DueAt, TimeSpan Elapsed);

/// <summary>
/// Adds members to generated country data, deterministically from a seed: people with accounts (an address, a preferred
/// language), memberships spread over the municipalities like their practices, follows (their municipality, themes, a
/// region, items of their own municipality) and a day's notifications about practices matching those follows (any
/// status and audience, as the dispatcher would have created them, so some drop out at send time), and a daily digest
/// preference at the current Helsinki hour starting yesterday: every member is due at once.
/// Accounts and memberships are written with SQL (their modules' DbContexts are internal); the notifications module's
/// rows through its own DbContext.
/// </summary>
internal static class MemberGenerator
{
    private static readonly string[] FirstNames =
    [
        "Aino", "Eino", "Helmi", "Väinö", "Sofia", "Onni", "Aada", "Leo", "Linnea", "Elias", "Emma", "Oliver", "Ella", "Eetu", "Kerttu",
        "Juho", "Saara", "Mikko", "Liisa", "Matti", "Anna", "Johan", "Ebba", "Erik", "Maria", "Pekka", "Tuula", "Jari", "Riikka", "Timo",
    ];

    private static readonly string[] LastNames =
    [
        "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen",
        "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Lindqvist", "Nyberg",
        "Holmström", "Sjöberg", "Wikström",
    ];

    public static async Task<GeneratedMembers> GenerateAsync(string databasePath, int members, int seed, DateTimeOffset now)
    {
        var stopwatch = Stopwatch.StartNew();
        var connectionString = $"Data Source={databasePath}";
        var random = new Random(seed + 11);
        var municipalities = await CountryGenerator.ReadMunicipalitiesAsync(connectionString);
        var practices = await ReadPracticesAsync(connectionString);
        var pools = new PracticePools(practices, municipalities);
        var hour = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).Hour;
        var preference = new DigestPreference(DigestFrequency.Daily, DayOfWeek.Monday, hour);
        var dueAt = DigestSchedule.Due(preference, now, null)!.Value.DueAt;
        var since = dueAt.AddDays(-1);

        var perMunicipality = CountryGenerator.Spread(members, municipalities.Count, random);
        var people = new List<Person>(members);
        for (var index = 0; index < municipalities.Count; index++)
        {
            for (var count = 0; count < perMunicipality[index]; count++)
            {
                people.Add(NewPerson(random, people.Count, municipalities, index));
            }
        }

        await WriteAccountsAsync(connectionString, people, since);
        SqliteConnection.ClearAllPools();

        var options = new DbContextOptionsBuilder<NotificationsDbContext>();
        SqliteProvider.Configure(options, connectionString, new ModuleDatabase(NotificationsDbContext.ModuleName, typeof(NotificationsDbContext)));
        var (follows, notifications, withoutNews) = (0, 0, 0);
        await using (var db = new NotificationsDbContext(options.Options, new TenantContext()))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var chunk in people.Chunk(1000))
            {
                foreach (var person in chunk)
                {
                    var followed = FollowsOf(random, person, municipalities, pools);
                    db.Follows.AddRange(followed.Select(target => new PracticeNetwork.Modules.Notifications.Domain.Follow(person.Id, target, automatic: target.Kind == FollowKind.Item, since.AddDays(-30))));
                    var news = NotificationsOf(random, person, followed, pools, since, dueAt);
                    db.Notifications.AddRange(news);
                    db.DigestSettings.Add(new DigestSettings(person.Id, preference, since));
                    (follows, notifications, withoutNews) = (follows + followed.Count, notifications + news.Count, withoutNews + (news.Count == 0 ? 1 : 0));
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync();
        }

        var byLanguage = people.GroupBy(person => person.Language).OrderByDescending(group => group.Count()).ToDictionary(group => group.Key, group => group.Count());
        return new GeneratedMembers(people.Count, people.Sum(person => person.Municipalities.Count), follows, notifications, withoutNews, byLanguage, dueAt, stopwatch.Elapsed);
    }

    /// <summary>Makes every generated member due again: their deliveries are removed (for a run on data generated earlier).</summary>
    public static async Task<int> ResetDeliveriesAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM DigestDeliveries; UPDATE DigestSettings SET FailedSends = 0; SELECT COUNT(*) FROM DigestSettings;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static async Task<int> CountAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'DigestSettings'";
        if (Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT COUNT(*) FROM DigestSettings";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private sealed record Person(Guid Id, string Name, string Email, string Language, IReadOnlyList<(MunicipalityRow Municipality, int Roles)> Municipalities);

    private static Person NewPerson(Random random, int number, IReadOnlyList<MunicipalityRow> municipalities, int home)
    {
        var (first, last) = (FirstNames[random.Next(FirstNames.Length)], LastNames[random.Next(LastNames.Length)]);
        var language = CountryGenerator.Weighted(random, ("fi", 85), ("sv", 10), ("en", 5));
        var roles = CountryGenerator.Weighted(random, (1, 60), (1 | 2, 30), (1 | 2 | 4, 7), (1 | 2 | 4 | 8, 3));
        List<(MunicipalityRow, int)> memberOf = [(municipalities[home], roles)];
        // A few work for two municipalities of the same region (a joint service).
        var neighbours = municipalities.Where(other => other.RegionCode == municipalities[home].RegionCode && other.Id != municipalities[home].Id).ToList();
        if (neighbours.Count > 0 && random.Next(100) < 8)
        {
            memberOf.Add((neighbours[random.Next(neighbours.Count)], 1));
        }

        var email = $"{Ascii(first)}.{Ascii(last)}.{number}@{Ascii(municipalities[home].Name)}.example".ToLowerInvariant();
        return new Person(NewGuid(random), $"{first} {last}", email, language, memberOf);
    }

    private static List<FollowTarget> FollowsOf(Random random, Person person, IReadOnlyList<MunicipalityRow> municipalities, PracticePools pools)
    {
        var home = person.Municipalities[0].Municipality;
        var targets = new List<FollowTarget>();
        if (random.Next(100) < 75)
        {
            targets.Add(FollowTarget.ForMunicipality(home.Id));
        }

        if (random.Next(100) < 20)
        {
            targets.Add(FollowTarget.ForRegion(home.RegionCode));
        }

        if (random.Next(100) < 20)
        {
            targets.Add(FollowTarget.ForMunicipality(municipalities[random.Next(municipalities.Count)].Id));
        }

        var themes = Enum.GetValues<Theme>();
        for (var count = random.Next(100) < 80 ? random.Next(1, 4) : 0; count > 0; count--)
        {
            targets.Add(FollowTarget.ForTheme(themes[random.Next(themes.Length)]));
        }

        // Their own municipality's items: authors and teams follow what they wrote.
        var own = pools.OfMunicipality(home.Id);
        for (var count = random.Next(4); count > 0 && own.Count > 0; count--)
        {
            targets.Add(FollowTarget.ForItem(own[random.Next(own.Count)].Id));
        }

        if (targets.Count == 0)
        {
            targets.Add(FollowTarget.ForMunicipality(home.Id));
        }

        return [.. targets.Distinct()];
    }

    /// <summary>A day's news for the member: each about a practice one of their follows matches, dispatched in the window.</summary>
    private static List<Notification> NotificationsOf(Random random, Person person, List<FollowTarget> followed, PracticePools pools,
        DateTimeOffset since, DateTimeOffset dueAt)
    {
        var count = CountryGenerator.Weighted(random, (0, 5), (random.Next(1, 6), 30), (random.Next(6, 16), 40), (random.Next(16, 31), 20), (random.Next(31, 61), 5));
        var notes = new List<Notification>(count);
        var window = (dueAt - since).TotalSeconds;
        for (var index = 0; index < count; index++)
        {
            var follow = followed[random.Next(followed.Count)];
            var candidates = pools.Matching(follow);
            if (candidates.Count == 0)
            {
                continue;
            }

            var practice = candidates[random.Next(candidates.Count)];
            var createdAt = since.AddSeconds(1 + random.NextDouble() * (window - 60));
            var eventType = CountryGenerator.Weighted(random, ("practice.published", 55), ("practice.updated", 40), ("practice.archived", 5));
            notes.Add(new Notification(person.Id, NewGuid(random), eventType, PracticeContentType.Name, practice.Id, practice.MunicipalityId, practice.Title,
                follow, createdAt.AddSeconds(-random.Next(1, 50)), createdAt));
        }

        return notes;
    }

    private static async Task WriteAccountsAsync(string connectionString, IReadOnlyList<Person> people, DateTimeOffset since)
    {
        var toBinary = new DateTimeOffsetToBinaryConverter().ConvertToProvider;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var account = connection.CreateCommand();
        account.CommandText = """
            INSERT INTO Accounts (Id, AccessFailedCount, ConcurrencyStamp, DisplayName, Email, EmailConfirmed, LockoutEnabled, NormalizedEmail,
                NormalizedUserName, PhoneNumberConfirmed, PreferredLanguage, SecurityStamp, TwoFactorEnabled, UserName, LastMunicipalityId)
            VALUES ($id, 0, $stamp, $name, $email, 1, 1, $normalized, $normalized, 0, $language, $stamp, 0, $email, $municipality)
            """;
        await using var membership = connection.CreateCommand();
        membership.CommandText = "INSERT INTO Memberships (Id, MunicipalityId, PersonId, Roles, CreatedAt, Version) VALUES ($id, $municipality, $person, $roles, $at, 0)";
        foreach (var person in people)
        {
            account.Parameters.Clear();
            account.Parameters.AddWithValue("$id", Text(person.Id));
            account.Parameters.AddWithValue("$stamp", Text(Guid.NewGuid()));
            account.Parameters.AddWithValue("$name", person.Name);
            account.Parameters.AddWithValue("$email", person.Email);
            account.Parameters.AddWithValue("$normalized", person.Email.ToUpperInvariant());
            account.Parameters.AddWithValue("$language", person.Language);
            account.Parameters.AddWithValue("$municipality", Text(person.Municipalities[0].Municipality.Id));
            await account.ExecuteNonQueryAsync();
            foreach (var (municipality, roles) in person.Municipalities)
            {
                membership.Parameters.Clear();
                membership.Parameters.AddWithValue("$id", Text(Guid.NewGuid()));
                membership.Parameters.AddWithValue("$municipality", Text(municipality.Id));
                membership.Parameters.AddWithValue("$person", Text(person.Id));
                membership.Parameters.AddWithValue("$roles", roles);
                membership.Parameters.AddWithValue("$at", toBinary(since.AddDays(-90)));
                await membership.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    private static async Task<IReadOnlyList<PracticeRow>> ReadPracticesAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, MunicipalityId, Title FROM GoodPractices ORDER BY Id";
        var rows = new Dictionary<Guid, PracticeRow>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows[reader.GetGuid(0)] = new PracticeRow(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), []);
            }
        }

        command.CommandText = "SELECT PracticeId, Theme FROM GoodPracticeThemes ORDER BY PracticeId, Theme";
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows[reader.GetGuid(0)].Themes.Add((Theme)reader.GetInt32(1));
            }
        }

        return [.. rows.Values];
    }

    /// <summary>EF Core's form of a Guid in SQLite: upper-case text.</summary>
    private static string Text(Guid id) => id.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();

    private static string Ascii(string text) => new([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter)]);

    private static Guid NewGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}

internal sealed record PracticeRow(Guid Id, Guid MunicipalityId, string Title, List<Theme> Themes);

/// <summary>The practices each kind of follow matches, for picking what a member's news is about.</summary>
internal sealed class PracticePools(IReadOnlyList<PracticeRow> practices, IReadOnlyList<MunicipalityRow> municipalities)
{
    private readonly Dictionary<Guid, List<PracticeRow>> byMunicipality = practices.GroupBy(row => row.MunicipalityId).ToDictionary(group => group.Key, group => group.ToList());
    private readonly Dictionary<Theme, List<PracticeRow>> byTheme = practices.SelectMany(row => row.Themes.Select(theme => (theme, row)))
        .GroupBy(pair => pair.theme).ToDictionary(group => group.Key, group => group.Select(pair => pair.row).ToList());
    private readonly Dictionary<Guid, PracticeRow> byId = practices.ToDictionary(row => row.Id);
    private readonly Dictionary<string, List<PracticeRow>> byRegion = municipalities.GroupBy(row => row.RegionCode)
        .ToDictionary(group => group.Key, group => group.SelectMany(municipality => practices.Where(row => row.MunicipalityId == municipality.Id)).ToList());

    public IReadOnlyList<PracticeRow> OfMunicipality(Guid id) => byMunicipality.GetValueOrDefault(id) ?? [];

    public IReadOnlyList<PracticeRow> Matching(FollowTarget follow) => follow.Kind switch
    {
        FollowKind.Municipality => OfMunicipality(Guid.Parse(follow.Key)),
        FollowKind.Region => byRegion.GetValueOrDefault(follow.Key) ?? [],
        FollowKind.Theme => byTheme.GetValueOrDefault(Enum.Parse<Theme>(follow.Key)) ?? [],
        FollowKind.Item => byId.TryGetValue(Guid.Parse(follow.Key), out var item) ? [item] : [],
        _ => [],
    };
}
