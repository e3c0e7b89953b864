using Npgsql;

namespace PracticeNetwork.EndToEndTests.Notifications;

/// <summary>
/// A fresh PostgreSQL database holding the demo network (a copy of <see cref="DemoNetworkTemplate"/>), and the members a
/// fault test makes due: Riihimäki viewers with a daily digest at the current Helsinki hour since yesterday, each with one new
/// notification about a published public practice they may open. Written by SQL, as the app itself would have stored
/// them; the digest reads them through the app's own code.
/// </summary>
internal sealed class DigestFaultNetwork : IAsyncDisposable
{
    private const int Daily = 1;
    private const int Viewer = 1;
    private const int FollowsMunicipality = 3;
    private const int Published = 2;
    private const int Public = 2;

    private readonly string _server;
    private readonly string _name = $"pn_faults_{Guid.NewGuid():N}";

    private DigestFaultNetwork(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Member id to address, of the members made due.</summary>
    public IReadOnlyDictionary<Guid, string> Members { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>A new database, a copy of <paramref name="template"/> when given (PostgreSQL's CREATE DATABASE … TEMPLATE).</summary>
    public static async Task<DigestFaultNetwork> CreateAsync(DigestFaultNetwork? template = null)
    {
        var network = new DigestFaultNetwork(TestPostgres.Require());
        await using var connection = new NpgsqlConnection(network._server);
        await connection.OpenAsync();
        var copy = template is null ? string.Empty : $" TEMPLATE \"{template._name}\"";
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{network._name}\"{copy}", connection);
        await command.ExecuteNonQueryAsync();
        return network;
    }

    public async Task AddDueMembersAsync(int count)
    {
        var now = DateTimeOffset.UtcNow;
        var helsinkiHour = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).Hour;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var riihimaki = (Guid)(await Scalar(connection, "SELECT \"Id\" FROM \"Municipalities\" WHERE \"Code\" = '694'"))!;
        var practices = new List<(Guid Id, Guid Municipality, string Title)>();
        await using (var query = new NpgsqlCommand(
            "SELECT \"Id\", \"MunicipalityId\", \"Title\" FROM \"GoodPractices\" WHERE \"Status\" = @published AND \"Audience\" = @public AND \"DeletedAt\" IS NULL ORDER BY \"Title\" LIMIT 5",
            connection))
        {
            query.Parameters.AddWithValue("published", Published);
            query.Parameters.AddWithValue("public", Public);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                practices.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2)));
            }
        }

        if (practices.Count == 0)
        {
            throw new InvalidOperationException("The demo network has no published public practice to notify about.");
        }

        var members = new Dictionary<Guid, string>();
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < count; i++)
        {
            var person = Guid.NewGuid();
            var email = $"digest-member-{i:000}@faults.example";
            var practice = practices[i % practices.Count];
            members[person] = email;
            await Execute(connection, transaction,
                """
                INSERT INTO "Accounts" ("Id", "DisplayName", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                    "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "LastMunicipalityId")
                VALUES (@person, @name, @email, upper(@email), @email, upper(@email), true, @stamp, @stamp, false, false, true, 0, @municipality)
                """,
                ("person", person), ("name", $"Digest Member {i:000}"), ("email", email), ("stamp", Guid.NewGuid().ToString("N")), ("municipality", riihimaki));
            await Execute(connection, transaction,
                """
                INSERT INTO "Memberships" ("Id", "MunicipalityId", "PersonId", "Roles", "CreatedAt", "Version")
                VALUES (@id, @municipality, @person, @roles, @since, 0)
                """,
                ("id", Guid.NewGuid()), ("municipality", riihimaki), ("person", person), ("roles", Viewer), ("since", now.AddDays(-1)));
            await Execute(connection, transaction,
                """
                INSERT INTO "DigestSettings" ("PersonId", "Frequency", "Day", "Hour", "Since", "FailedSends", "Version")
                VALUES (@person, @daily, 1, @hour, @since, 0, 0)
                """,
                ("person", person), ("daily", Daily), ("hour", helsinkiHour), ("since", now.AddDays(-1)));
            await Execute(connection, transaction,
                """
                INSERT INTO "Notifications" ("Id", "PersonId", "EventId", "EventType", "ContentKind", "ItemId", "MunicipalityId", "Title",
                    "ReasonKind", "ReasonKey", "OccurredAt", "CreatedAt")
                VALUES (@id, @person, @event, 'practice.published', 'practice', @item, @itemMunicipality, @title, @reason, @reasonKey, @at, @at)
                """,
                ("id", Guid.NewGuid()), ("person", person), ("event", Guid.NewGuid()), ("item", practice.Id), ("itemMunicipality", practice.Municipality),
                ("title", practice.Title), ("reason", FollowsMunicipality), ("reasonKey", practice.Municipality.ToString()), ("at", now.AddHours(-2)));
        }

        await transaction.CommitAsync();
        Members = members;
    }

    /// <summary>The digest deliveries of the members made due, as the DigestDeliveries table holds them now.</summary>
    public async Task<IReadOnlyList<Delivery>> DeliveriesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT \"MemberId\", \"PeriodKey\", \"State\", \"ClaimedBy\", \"Attempts\", \"LastError\" FROM \"DigestDeliveries\" WHERE \"MemberId\" = ANY(@members)",
            connection);
        query.Parameters.AddWithValue("members", Members.Keys.ToArray());
        var rows = new List<Delivery>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new Delivery(reader.GetGuid(0), reader.GetString(1), (DeliveryState)reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await using (var own = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The states of <c>DigestDelivery</c>, by their stored numbers.</summary>
    public enum DeliveryState
    {
        Claimed,
        Sent,
        Skipped,
        Failed,
        GaveUp,
    }

    public sealed record Delivery(Guid MemberId, string PeriodKey, DeliveryState State, string ClaimedBy, int Attempts, string? LastError);
}
