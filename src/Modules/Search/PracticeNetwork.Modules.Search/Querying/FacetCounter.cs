using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>
/// Counts, for every facet, each value among the documents a query collects: the counts of exactly the result set
/// (the permission filter included), read from doc values segment by segment.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _facets;
    private readonly Dictionary<string, Dictionary<string, int>> _counts;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[]?[] _segmentCounts;

    public FacetCounter(IReadOnlyDictionary<string, string> facetFields)
    {
        ArgumentNullException.ThrowIfNull(facetFields);
        _facets = [.. facetFields];
        _counts = _facets.ToDictionary(facet => facet.Key, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        _values = new SortedSetDocValues?[_facets.Count];
        _segmentCounts = new int[]?[_facets.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        for (var index = 0; index < _facets.Count; index++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_facets[index].Value);
            _values[index] = values;
            _segmentCounts[index] = values is null ? null : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var index = 0; index < _values.Length; index++)
        {
            if (_values[index] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[index]![ord]++;
            }
        }
    }

    /// <summary>Each facet's values with their counts, once the search has run.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts()
    {
        Flush();
        return _counts;
    }

    private void Flush()
    {
        var bytes = new BytesRef();
        for (var index = 0; index < _facets.Count; index++)
        {
            if (_values[index] is not { } values || _segmentCounts[index] is not { } counts)
            {
                continue;
            }

            var total = _counts[_facets[index].Key];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, bytes);
                    var value = bytes.Utf8ToString();
                    total[value] = total.GetValueOrDefault(value) + counts[ord];
                }
            }

            _values[index] = null;
            _segmentCounts[index] = null;
        }
    }
}
