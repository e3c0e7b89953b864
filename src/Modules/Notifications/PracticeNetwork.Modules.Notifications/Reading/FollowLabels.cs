using System.Globalization;
using Mediator;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Content.Contracts;
using Microsoft.EntityFrameworkCore;
using PracticeNetwork.Modules.Notifications.Contracts;
using PracticeNetwork.Modules.Notifications.Data;
using PracticeNetwork.Modules.Notifications.Domain;
using PracticeNetwork.Modules.Processes.Contracts;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Municipalities;

namespace PracticeNetwork.Modules.Notifications.Reading;

/// <summary>
/// What a follow target is called, in the current UI language: a municipality's or region's name, a theme, a network
/// KPI. Items are named by their module (<see cref="VisibleNotifications.OpenableAsync"/>), since only it may say
/// whether the reader may see the title. Loaded once per request or digest batch.
/// </summary>
public sealed class FollowLabels(
    ISender sender, NotificationsDbContext db, IStringLocalizer<ContentResource> content, IStringLocalizer<NotificationsResource> texts)
{
    private Dictionary<string, MunicipalitySummary>? municipalities;
    private Dictionary<string, RegionSummary>? regions;
    private Dictionary<string, NetworkKpiDefinition>? kpis;
    private readonly Dictionary<string, string?> searches = new(StringComparer.Ordinal);

    /// <summary>The target's name, or null when it names nothing that exists (or an item).</summary>
    public async Task<string?> NameAsync(FollowTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        await LoadAsync(cancellationToken);
        if (target.Kind == FollowKind.Search)
        {
            return await SavedSearchAsync(target.Key, cancellationToken);
        }

        return target.Kind switch
        {
            FollowKind.Municipality => municipalities!.TryGetValue(target.Key, out var municipality) ? MunicipalityNames.Of(municipality) : null,
            FollowKind.Region => regions!.TryGetValue(target.Key, out var region) ? MunicipalityNames.Of(region) : null,
            FollowKind.Theme => Enum.TryParse<Theme>(target.Key, out var theme) ? content[$"Theme.{theme}"].Value : null,
            FollowKind.NetworkKpi => kpis!.TryGetValue(target.Key, out var kpi) ? KpiName(kpi) : null,
            _ => null,
        };
    }

    /// <summary>"Why you got this": "You follow the municipality Espoo."; for an item, "You follow this item."</summary>
    public async Task<string> ReasonAsync(FollowTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var name = await NameAsync(target, cancellationToken);
        return target.Kind == FollowKind.Item || name is null ? texts["Reason.Item"] : texts[$"Reason.{target.Kind}", name];
    }

    /// <summary>A saved search in words, from its text.</summary>
    public async Task<string> SearchAsync(string search, CancellationToken cancellationToken) =>
        await sender.Send(new DescribeSearch(search), cancellationToken);

    private async Task<string?> SavedSearchAsync(string key, CancellationToken cancellationToken)
    {
        if (!searches.TryGetValue(key, out var name))
        {
            var search = await db.SavedSearches.AsNoTracking().Where(saved => saved.Key == key).Select(saved => saved.Search).FirstOrDefaultAsync(cancellationToken);
            searches[key] = name = search is null ? null : await SearchAsync(search, cancellationToken);
        }

        return name;
    }

    /// <summary>The municipality's name, for the digest's lines.</summary>
    public async Task<string?> MunicipalityAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return municipalities!.TryGetValue(id.ToString("D", CultureInfo.InvariantCulture), out var municipality) ? MunicipalityNames.Of(municipality) : null;
    }

    private static string KpiName(NetworkKpiDefinition kpi) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "sv" => kpi.NameSv,
        "en" => kpi.NameEn,
        _ => kpi.NameFi,
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (municipalities is not null)
        {
            return;
        }

        var groups = await sender.Send(new ListMunicipalities(), cancellationToken);
        regions = groups.ToDictionary(group => group.Region.Code, group => group.Region);
        municipalities = groups.SelectMany(group => group.Municipalities)
            .ToDictionary(municipality => municipality.Id.ToString("D", CultureInfo.InvariantCulture));
        kpis = (await sender.Send(new ListNetworkKpis(), cancellationToken))
            .ToDictionary(kpi => kpi.Id.ToString("D", CultureInfo.InvariantCulture));
    }
}
