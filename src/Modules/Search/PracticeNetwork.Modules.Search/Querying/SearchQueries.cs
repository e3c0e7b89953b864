using Lucene.Net.Index;
using Lucene.Net.Search;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Search.Analysis;
using PracticeNetwork.Modules.Search.Contracts;
using PracticeNetwork.Modules.Search.Indexing;

namespace PracticeNetwork.Modules.Search.Querying;

/// <summary>How a reader's words, filters and rights become Lucene queries.</summary>
internal static class SearchQueries
{
    private const float TitleBoost = 3f;
    private const float WholeWordBoost = 2f;

    /// <summary>
    /// Every word must match, in the item's own language's fields. A word matches through its own term (an inflected
    /// form stems to it) or, for a compound, through all of its parts together: "toimistopalvelu" finds
    /// "toimistopalveluiden" and "palvelut toimistossa" but not every "palvelu"; "laskutus" finds "myyntilaskujen",
    /// whose part "lasku" it holds. Null when the text has no searchable word.
    /// </summary>
    public static Query? Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var languages = new BooleanQuery();
        foreach (var language in SearchAnalyzers.Languages)
        {
            var words = SearchAnalyzers.Words(language, text);
            if (words.Count == 0)
            {
                continue;
            }

            var all = new BooleanQuery();
            foreach (var word in words)
            {
                all.Add(Word(language, word), Occur.MUST);
            }

            languages.Add(all, Occur.SHOULD);
        }

        return languages.Clauses.Count == 0 ? null : languages;
    }

    private static BooleanQuery Word(string language, AnalysedWord word)
    {
        var text = IndexFields.TextOf(language);
        var title = IndexFields.TitleTextOf(language);
        var query = new BooleanQuery();
        foreach (var stem in word.Stems)
        {
            query.Add(new TermQuery(new Term(text, stem)) { Boost = WholeWordBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(title, stem)) { Boost = TitleBoost * WholeWordBoost }, Occur.SHOULD);
        }

        if (word.Parts.Count > 0)
        {
            var parts = new BooleanQuery();
            foreach (var part in word.Parts)
            {
                var anyStem = new BooleanQuery();
                foreach (var stem in part)
                {
                    anyStem.Add(new TermQuery(new Term(text, stem)), Occur.SHOULD);
                }

                parts.Add(anyStem, Occur.MUST);
            }

            query.Add(parts, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// What the reader may open (the rule of <see cref="SharedKernel.Content.Visibility"/> on the indexed terms), and
    /// the selected facets: any value within a facet, every facet.
    /// </summary>
    public static Filter Filter(Reader reader, SearchFilters filters) => new QueryWrapperFilter(Conditions(reader, filters));

    /// <summary>The clauses of <see cref="Filter"/>, for a caller that adds its own.</summary>
    public static BooleanQuery Conditions(Reader reader, SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var all = Choices(filters);
        all.Add(AnyOf(IndexFields.OpenTo, OpenTerms(reader)), Occur.MUST);
        return all;
    }

    /// <summary>The selected facets alone, whoever reads: for matching a saved search, whose notifications are trimmed when shown.</summary>
    public static BooleanQuery Choices(SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var all = new BooleanQuery();
        if (!filters.IncludeArchived)
        {
            all.Add(new TermQuery(new Term(IndexFields.Status, "published")), Occur.MUST);
        }

        AddChoice(all, IndexFields.Kind, filters.Kinds);
        AddChoice(all, IndexFields.Municipality, filters.Municipalities.Select(id => id.ToString("N")));
        AddChoice(all, IndexFields.Region, filters.Regions);
        AddChoice(all, IndexFields.Theme, filters.Themes.Select(theme => theme.ToString()));
        AddChoice(all, IndexFields.Stage, filters.Stages);
        AddChoice(all, IndexFields.Year, filters.Years.Select(year => year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        AddChoice(all, IndexFields.EvidenceLevel, filters.EvidenceLevels);
        if (filters.HasKpis is { } hasKpis)
        {
            AddChoice(all, IndexFields.HasKpis, [hasKpis ? "true" : "false"]);
        }

        return all;
    }

    public static IEnumerable<string> OpenTerms(Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        yield return IndexFields.OpenToEveryone;
        if (reader.IsMember)
        {
            yield return IndexFields.OpenToMembers;
            yield return IndexFields.OpenToMunicipality(reader.ActingMunicipalityId!.Value);
        }
    }

    private static void AddChoice(BooleanQuery all, string field, IEnumerable<string> values)
    {
        var choices = values.Distinct(StringComparer.Ordinal).ToList();
        if (choices.Count > 0)
        {
            all.Add(AnyOf(field, choices), Occur.MUST);
        }
    }

    public static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }
}
