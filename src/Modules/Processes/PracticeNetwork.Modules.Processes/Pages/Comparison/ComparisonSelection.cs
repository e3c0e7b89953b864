using PracticeNetwork.Modules.Processes.Contracts;

namespace PracticeNetwork.Modules.Processes.Pages.Comparison;

/// <summary>
/// Which series of a comparison the chart draws: a picture of more than <see cref="MaxCharted"/> lines is a tangle,
/// and at the size of the whole country a network KPI has a hundred. The reader picks processes (<c>prosessi</c> in
/// the address); without a pick the chart shows all when they fit, and otherwise the reader's own municipality's
/// series first, then those with the longest record. A pick of a process the comparison does not hold (or the reader
/// may not open) is ignored, so the address cannot tell anything about it. Every series stays in the table.
/// </summary>
public static class ComparisonSelection
{
    public const int MaxCharted = 8;

    public const string ProcessKey = "prosessi";

    /// <summary>The indexes of the charted series in <paramref name="named"/>, in its order.</summary>
    public static IReadOnlyList<int> Charted(
        IReadOnlyList<(KpiComparisonSeries Series, string Municipality, string Name)> named, IReadOnlyCollection<Guid> picked, Guid? ownMunicipality)
    {
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(picked);
        var indexes = Enumerable.Range(0, named.Count).ToList();
        var chosen = picked.Count > 0
            ? indexes.Where(index => picked.Contains(named[index].Series.ProcessId)).ToList()
            : [];
        if (chosen.Count == 0)
        {
            chosen = named.Count <= MaxCharted ? indexes : [.. indexes
                .OrderByDescending(index => named[index].Series.MunicipalityId == ownMunicipality)
                .ThenByDescending(index => named[index].Series.Measurements.Count)
                .ThenByDescending(index => named[index].Series.Measurements.Count == 0 ? default : named[index].Series.Measurements.Max(value => value.Period))
                .ThenBy(index => index)];
        }

        return [.. chosen.Take(MaxCharted).Order()];
    }
}
