using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Search.Indexing;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>
/// More-like-this: the item's most telling words (frequent in it, rare in the index, after the language's stemming and
/// decompounding) become a query for items of other municipalities, filtered by the reader's rights like any search.
/// </summary>
internal static class RelatedItemsQuery
{
    private const int MostTellingWords = 25;

    /// <summary>The item's stored document, when the reader may open it; null otherwise.</summary>
    public static Lucene.Net.Documents.Document? Source(IndexSearcher searcher, Reader reader, Guid itemId)
    {
        var own = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Id, itemId.ToString("N"))), Occur.MUST },
            { SearchQueries.AnyOf(IndexFields.OpenTo, SearchQueries.OpenTerms(reader)), Occur.MUST },
        };
        var top = searcher.Search(own, 1);
        return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc);
    }

    /// <summary>Null when the item has no word that another item shares.</summary>
    public static Query? Like(IndexSearcher searcher, Lucene.Net.Documents.Document source)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(source);
        var language = Stored(source, IndexFields.Language);
        var field = IndexFields.TextOf(language);
        var moreLikeThis = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = SearchIndex.Analyzer,
            FieldNames = [field],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MinWordLen = 3,
            MaxQueryTerms = MostTellingWords,
        };
        using var text = new StringReader(Stored(source, IndexFields.Title) + "\n\n" + Stored(source, IndexFields.Body));
        var like = moreLikeThis.Like(text, field);
        return like is BooleanQuery { Clauses.Count: 0 } ? null : like;
    }

    /// <summary>What the reader may open, published, not of the item's own municipality.</summary>
    public static Filter OthersFor(Reader reader, Lucene.Net.Documents.Document source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var conditions = SearchQueries.Conditions(reader, SearchFilters.None);
        conditions.Add(new TermQuery(new Term(IndexFields.Municipality, Stored(source, IndexFields.Municipality))), Occur.MUST_NOT);
        return new QueryWrapperFilter(conditions);
    }

    private static string Stored(Lucene.Net.Documents.Document document, string field) =>
        document.Get(field, System.Globalization.CultureInfo.InvariantCulture);
}
