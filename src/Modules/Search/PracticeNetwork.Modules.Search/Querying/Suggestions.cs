using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PracticeNetwork.Modules.Search.Analysis;
using PracticeNetwork.Modules.Search.Indexing;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>
/// "Did you mean": each word of the text that no item holds is replaced by the nearest word the index holds (at
/// most two edits, same first letter, the commoner first), and the corrected text is offered only when it finds
/// something the reader may open, so that a suggestion never names a word of an item the reader cannot see.
/// </summary>
internal static class Suggestions
{
    private const int MaxEdits = 2;
    private const int CandidatesPerWord = 5;

    public static string? For(IndexSearcher searcher, string text, Filter filter)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var words = SearchAnalyzers.WholeWordsOf(text);
        if (words.Count == 0 || MultiFields.GetTerms(searcher.IndexReader, IndexFields.Words) is not { } terms)
        {
            return null;
        }

        var corrected = new List<string>(words.Count);
        var changed = false;
        foreach (var word in words)
        {
            if (Visible(searcher, word, filter))
            {
                corrected.Add(word);
                continue;
            }

            var replacement = Candidates(terms, word).FirstOrDefault(candidate => Visible(searcher, candidate, filter));
            if (replacement is null)
            {
                return null;
            }

            corrected.Add(replacement);
            changed = true;
        }

        if (!changed)
        {
            return null;
        }

        var suggestion = string.Join(' ', corrected);
        var query = SearchQueries.Text(suggestion);
        return query is not null && searcher.Search(query, filter, 1).TotalHits > 0 ? suggestion : null;
    }

    private static bool Visible(IndexSearcher searcher, string word, Filter filter) =>
        searcher.Search(new TermQuery(new Term(IndexFields.Words, word)), filter, 1).TotalHits > 0;

    private static IEnumerable<string> Candidates(Terms terms, string word)
    {
        if (word.Length < 3)
        {
            return [];
        }

        var found = new List<(string Term, int Edits, int DocFreq)>();
        var iterator = terms.GetEnumerator();
        var prefix = word[..1];
        if (iterator.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        do
        {
            var candidate = iterator.Term.Utf8ToString();
            if (!candidate.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            if (Math.Abs(candidate.Length - word.Length) <= MaxEdits && Distance(word, candidate) is var edits and > 0 and <= MaxEdits)
            {
                found.Add((candidate, edits, iterator.DocFreq));
            }
        }
        while (iterator.MoveNext());

        return found.OrderBy(item => item.Edits).ThenByDescending(item => item.DocFreq).ThenBy(item => item.Term, StringComparer.Ordinal)
            .Take(CandidatesPerWord).Select(item => item.Term);
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
