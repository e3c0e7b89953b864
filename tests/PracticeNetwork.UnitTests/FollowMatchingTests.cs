using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Domain;

namespace PracticeNetwork.UnitTests;

public sealed class FollowMatchingTests
{
    private static readonly Guid Espoo = Guid.Parse("0b6b3a2e-0000-4000-8000-000000000049");
    private static readonly Guid SalesInvoiceKpi = Guid.Parse("5a1e5000-0000-4000-8000-000000000001");

    private static ItemFacts SalesInvoicing(Guid id) =>
        new(id, Espoo, "01", [Theme.FinanceAndAdministration, Theme.Digitalisation, Theme.FinanceAndAdministration], [SalesInvoiceKpi]);

    [Fact]
    public void An_item_concerns_its_own_followers_and_those_of_its_KPIs_municipality_region_and_themes_each_once()
    {
        var id = Guid.NewGuid();

        var targets = FollowMatching.TargetsOf(SalesInvoicing(id));

        Assert.Equal(
            [
                new FollowTarget(FollowKind.Item, id.ToString()),
                new FollowTarget(FollowKind.NetworkKpi, SalesInvoiceKpi.ToString()),
                new FollowTarget(FollowKind.Municipality, Espoo.ToString()),
                new FollowTarget(FollowKind.Region, "01"),
                new FollowTarget(FollowKind.Theme, nameof(Theme.Digitalisation)),
                new FollowTarget(FollowKind.Theme, nameof(Theme.FinanceAndAdministration)),
            ],
            targets);
    }

    [Fact]
    public void The_reason_given_is_the_most_specific_follow_that_matches_and_none_when_nothing_does()
    {
        var item = SalesInvoicing(Guid.NewGuid());
        var themeAndMunicipality = new[] { FollowTarget.ForTheme(Theme.Digitalisation), FollowTarget.ForMunicipality(Espoo) };

        Assert.Equal(FollowTarget.ForMunicipality(Espoo), FollowMatching.Reason(item, themeAndMunicipality));
        Assert.Equal(FollowTarget.ForItem(item.ItemId), FollowMatching.Reason(item, [.. themeAndMunicipality, FollowTarget.ForItem(item.ItemId)]));
        Assert.Null(FollowMatching.Reason(item, [FollowTarget.ForTheme(Theme.Education), FollowTarget.ForRegion("02"), FollowTarget.ForItem(Guid.NewGuid())]));
    }

    [Fact]
    public void An_item_without_a_region_or_KPIs_is_matched_by_the_rest()
    {
        var item = new ItemFacts(Guid.NewGuid(), Espoo, null, [Theme.Education], []);

        Assert.Equal([FollowKind.Item, FollowKind.Municipality, FollowKind.Theme], FollowMatching.TargetsOf(item).Select(target => target.Kind));
    }
}
