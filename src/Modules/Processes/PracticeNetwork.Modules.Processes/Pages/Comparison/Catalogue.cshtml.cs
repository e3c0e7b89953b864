using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Comparison;

/// <summary>A definition of the network's KPI catalogue and how many of the processes the reader may open measure it.</summary>
public sealed record CatalogueEntry(NetworkKpiDefinition Definition, string Name, int ProcessCount);

/// <summary>
/// The network's KPI catalogue, for everyone: each shared definition, how many processes the reader may open measure
/// it (the same count the process list filtered by it shows), the comparison and that list.
/// </summary>
public sealed class CatalogueModel(ISender sender) : PageModel
{
    public IReadOnlyList<CatalogueEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var entries = new List<CatalogueEntry>();
        foreach (var definition in await sender.Send(new ListNetworkKpis(), cancellationToken))
        {
            var measured = await sender.Send(new ListProcesses(new ProcessFilter(NetworkKpiId: definition.Id), PageSize: 1), cancellationToken);
            entries.Add(new CatalogueEntry(definition, definition.NameIn(language), measured.Total));
        }

        Entries = [.. entries.OrderBy(entry => entry.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))];
    }

    /// <summary>The process list filtered by the definition.</summary>
    public static string ProcessesMeasuring(NetworkKpiDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return $"{ProcessPages.List}?mittari={Uri.EscapeDataString(definition.Code)}";
    }
}
