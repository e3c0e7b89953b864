using System.Globalization;
using static PracticeNetwork.EndToEndTests.Notifications.DigestFaultNetwork;

namespace PracticeNetwork.EndToEndTests.Notifications;

/// <summary>
/// The digest under faults, with real parts only: two Host processes whose Hangfire servers share one fresh PostgreSQL
/// database and both run the digest schedule, a real aiosmtpd, and the mail counted in its Maildir. Whatever goes
/// wrong, every due member gets their digest exactly once. The claim lease and the retry wait are shortened by
/// settings so that a takeover and a retry happen within seconds.
/// </summary>
public sealed class DigestFaultTests(DemoNetworkTemplate demo) : IClassFixture<DemoNetworkTemplate>
{
    /// <summary>Ten batches of four: enough for two servers to share a run.</summary>
    private const int MemberCount = 40;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Two_servers_on_one_database_send_each_due_member_exactly_one_digest_and_both_take_a_share()
    {
        await using var network = await demo.CopyAsync();
        await using var smtp = new TestSmtpServer();
        // A tenth of a second per message, so the run lasts long enough for both servers' workers to pick batches.
        await smtp.StartAsync(delayPerRecipient: TimeSpan.FromMilliseconds(100));
        var (first, second) = await StartTwoServersAsync(Settings(network, smtp, workers: 2));
        await using var firstServer = first;
        await using var secondServer = second;
        await network.AddDueMembersAsync(MemberCount);

        var deliveries = await UntilAsync(network, smtp, [first, second], "every member's digest sent",
            rows => rows.Count(row => row.State == DeliveryState.Sent) == MemberCount);
        await UntilALaterRunFindsNobodyDueAsync(network, smtp, first, second);

        AssertEveryMemberGotExactlyOneDigest(network, smtp);
        Assert.Equal(MemberCount, deliveries.Count);
        Assert.Single(deliveries.Select(row => row.PeriodKey).Distinct());
        Assert.Equal(new[] { first.ServerName, second.ServerName }.Order(), deliveries.Select(row => row.ClaimedBy).Distinct().Order());
    }

    [Fact]
    public async Task The_mail_server_going_down_mid_run_leaves_failed_digests_recorded_and_once_it_is_back_each_arrives_exactly_once()
    {
        await using var network = await demo.CopyAsync();
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync(holdAfter: 10);
        var (first, second) = await StartTwoServersAsync(Settings(network, smtp, workers: 2));
        await using var firstServer = first;
        await using var secondServer = second;
        await network.AddDueMembersAsync(MemberCount);

        await UntilAsync(network, smtp, [first, second], "the mail server's gate closed after ten messages", _ => smtp.Held.Count > 0);
        // Let a message already past its recipient finish, so that the server stops between messages, not inside one.
        await Task.Delay(TimeSpan.FromSeconds(1));
        await smtp.StopAsync();
        var whileDown = await UntilAsync(network, smtp, [first, second], "every unsent digest recorded as failed", rows =>
        {
            var mail = smtp.MessagesPerRecipient();
            return network.Members.All(member => mail.ContainsKey(member.Value)
                ? rows.Any(row => row.MemberId == member.Key && row.State == DeliveryState.Sent)
                : rows.Any(row => row.MemberId == member.Key && row.State == DeliveryState.Failed));
        });
        var failed = whileDown.Where(row => row.State == DeliveryState.Failed).ToList();
        Assert.InRange(failed.Count, 1, MemberCount - 10);
        Assert.All(failed, row => Assert.False(string.IsNullOrWhiteSpace(row.LastError)));

        await smtp.StartAsync();
        var deliveries = await UntilAsync(network, smtp, [first, second], "every member's digest sent after the server came back",
            rows => rows.Count(row => row.State == DeliveryState.Sent) == MemberCount);
        await UntilALaterRunFindsNobodyDueAsync(network, smtp, first, second);

        AssertEveryMemberGotExactlyOneDigest(network, smtp);
        Assert.Equal(MemberCount, deliveries.Count);
        Assert.All(failed, row => Assert.True(deliveries.Single(after => after.MemberId == row.MemberId).Attempts >= 2));
    }

    [Fact]
    public async Task A_server_killed_mid_batch_leaves_nothing_lost_or_doubled_and_the_other_takes_over_its_claim_after_the_lease()
    {
        await using var network = await demo.CopyAsync();
        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync(holdAfter: 10);
        // One worker each: a server has at most one message in hand, the one held at the gate when it is killed.
        var (first, second) = await StartTwoServersAsync(Settings(network, smtp, workers: 1));
        await using var firstServer = first;
        await using var secondServer = second;
        await network.AddDueMembersAsync(MemberCount);

        await UntilAsync(network, smtp, [first, second], "the mail server's gate closed after ten messages", _ => smtp.Held.Count > 0);
        var held = network.Members.Single(member => member.Value == smtp.Held[0]).Key;
        var claim = (await network.DeliveriesAsync()).Single(row => row.MemberId == held);
        Assert.Equal(DeliveryState.Claimed, claim.State);
        var killed = claim.ClaimedBy == first.ServerName ? first : second;
        var survivor = killed == first ? second : first;
        await killed.KillAsync();
        var sentBeforeKill = smtp.MessagesPerRecipient().Where(entry => network.Members.Values.Contains(entry.Key)).Sum(entry => entry.Value);
        smtp.Release();

        var deliveries = await UntilAsync(network, smtp, [survivor], "every member's digest sent by the survivor",
            rows => rows.Count(row => row.State == DeliveryState.Sent) == MemberCount);
        await UntilALaterRunFindsNobodyDueAsync(network, smtp, survivor);

        Assert.InRange(sentBeforeKill, 10, MemberCount - 1);
        AssertEveryMemberGotExactlyOneDigest(network, smtp);
        Assert.Equal(MemberCount, deliveries.Count);
        var takenOver = deliveries.Single(row => row.MemberId == held);
        Assert.Equal((survivor.ServerName, 2), (takenOver.ClaimedBy, takenOver.Attempts));
    }

    private static Dictionary<string, string> Settings(DigestFaultNetwork network, TestSmtpServer smtp, int workers) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:PracticeNetwork"] = network.ConnectionString,
        // The copy of the template is migrated and holds the demo network already.
        ["Database:MigrateAtStartup"] = "false",
        ["Demo:Enabled"] = "false",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:RequireTls"] = "false",
        ["Jobs:WorkerCount"] = workers.ToString(CultureInfo.InvariantCulture),
        ["Jobs:QueuePollSeconds"] = "1",
        ["Jobs:SchedulePollSeconds"] = "1",
        ["Notifications:DigestCron"] = "*/5 * * * * *",
        ["Notifications:DigestBatchSize"] = "4",
        // Well above the seconds one digest takes on a busy machine, so only a dead server's claim runs out.
        ["Notifications:ClaimLeaseSeconds"] = "20",
        ["Notifications:RetryBackoffSeconds"] = "10",
        // Off the embedded database the app wants certificates for its OpenID Connect server; nobody signs in here.
        ["Oidc:EphemeralKeys"] = "true",
    };

    /// <summary>Both servers start at once on the same database, as after a deployment.</summary>
    private static async Task<(HostProcess First, HostProcess Second)> StartTwoServersAsync(Dictionary<string, string> settings)
    {
        var starting = new[] { HostProcess.StartAsync(settings), HostProcess.StartAsync(settings) };
        try
        {
            var servers = await Task.WhenAll(starting);
            return (servers[0], servers[1]);
        }
        catch
        {
            foreach (var started in starting.Where(task => task.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    private static void AssertEveryMemberGotExactlyOneDigest(DigestFaultNetwork network, TestSmtpServer smtp)
    {
        var mail = smtp.MessagesPerRecipient();
        Assert.All(network.Members.Values, email => Assert.Equal((email, 1), (email, mail.GetValueOrDefault(email))));
    }

    /// <summary>A plan run after the last send finds nobody due: nothing is left to send twice.</summary>
    private static async Task UntilALaterRunFindsNobodyDueAsync(DigestFaultNetwork network, TestSmtpServer smtp, params HostProcess[] hosts)
    {
        var seen = hosts.Select(host => host.Output.Length).ToArray();
        await UntilAsync(network, smtp, hosts, "a later digest run that finds nobody due",
            _ => hosts.Select((host, index) => host.Output[seen[index]..]).Any(output => output.Contains("Digest run: 0 of", StringComparison.Ordinal)));
    }

    private static async Task<IReadOnlyList<Delivery>> UntilAsync(DigestFaultNetwork network, TestSmtpServer smtp, IReadOnlyList<HostProcess> hosts, string what,
        Func<IReadOnlyList<Delivery>, bool> done)
    {
        var deadline = DateTime.UtcNow + Deadline;
        IReadOnlyList<Delivery> rows = [];
        while (DateTime.UtcNow < deadline)
        {
            rows = await network.DeliveriesAsync();
            if (done(rows))
            {
                return rows;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        var states = string.Join(", ", rows.GroupBy(row => (row.State, row.ClaimedBy)).Select(group => $"{group.Key.State} by {group.Key.ClaimedBy}: {group.Count()}"));
        var mail = smtp.MessagesPerRecipient();
        var logs = string.Join("\n----\n", hosts.Select(host => host.ServerName + ":\n" + Tail(host.Output)));
        Assert.Fail($"Not reached in {Deadline}: {what}. Deliveries: {states}; {mail.Values.Sum()} message(s) in the Maildir.\n{logs}");
        return rows;
    }

    private static string Tail(string output) => output.Length > 6000 ? output[^6000..] : output;
}
