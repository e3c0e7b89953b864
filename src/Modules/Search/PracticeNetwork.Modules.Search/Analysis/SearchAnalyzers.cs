using System.Reflection;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Util;

namespace PracticeNetwork.Modules.Search.Analysis;

/// <summary>
/// How texts become search terms, per language. Finnish and Swedish: words, lower case, stop words out, then
/// compounds split by a dictionary of word parts (<c>finnish-word-parts.txt</c>: myyntilaskujen also yields myynti and
/// lasku), then every term stemmed (Snowball), so that an inflected or compound word and the word a reader types meet
/// on a common term. A stemmer alone does not split Finnish compounds; the dictionary does (docs/search.md).
/// English: the Porter stemmer. Queries go through the same chain as the texts.
/// </summary>
internal static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    private static readonly CharArraySet FinnishParts = LoadParts("finnish-word-parts.txt");
    private static readonly CharArraySet SwedishParts = LoadParts("swedish-word-parts.txt");

    /// <summary>The analyzer of <paramref name="language"/> (fi, sv, en; anything else is read as Finnish).</summary>
    public static Analyzer For(string language) => language switch
    {
        "sv" => Swedish,
        "en" => English,
        _ => Finnish,
    };

    public static Analyzer Finnish { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, new StandardFilter(Version, source));
        stream = Decompound(new StopFilter(Version, stream, FinnishAnalyzer.DefaultStopSet), FinnishParts);
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(new FinnishStemsFilter(stream)));
    });

    public static Analyzer Swedish { get; } = Chain(SwedishAnalyzer.DefaultStopSet, SwedishParts, () => new Lucene.Net.Tartarus.Snowball.Ext.SwedishStemmer());

    public static Analyzer English { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, new StandardFilter(Version, source));
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(source, new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer()));
    });

    /// <summary>Whole words in lower case, unstemmed: what "did you mean" compares a misspelt word with.</summary>
    public static Analyzer WholeWords { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
    });

    /// <summary>
    /// The words a reader typed, as search terms in <paramref name="language"/>: each word's own stem, and the stems of
    /// the dictionary parts found in it when they make up most of the word (<see cref="PartsCoverage"/>): "laskutus" is
    /// mostly "lasku", so it also matches every compound with lasku; "tiimityö" is not mostly "työ", so it does not
    /// match every compound with työ.
    /// </summary>
    public static IReadOnlyList<AnalysedWord> Words(string language, string text)
    {
        var words = new List<AnalysedWord>();
        foreach (var (whole, found) in Tokens(Surface.GetValueOrDefault(language) ?? Surface["fi"], text))
        {
            var stems = StemsOf(language, whole);
            var covered = Math.Min(whole.Length, found.Sum(part => part.Length));
            IReadOnlyList<IReadOnlyList<string>> parts = covered >= PartsCoverage * whole.Length
                ? [.. found.Select(part => StemsOf(language, part)).Where(part => !part.SequenceEqual(stems))]
                : [];
            words.Add(new AnalysedWord(stems, parts));
        }

        return words;
    }

    /// <summary>The whole words of <paramref name="text"/>, lower case and unstemmed (for "did you mean").</summary>
    public static IReadOnlyList<string> WholeWordsOf(string text) => [.. Tokens(WholeWords, text).Select(token => token.Whole)];

    /// <summary>Each language's chain up to the stemmer: a typed word and the parts found in it as written.</summary>
    private static readonly Dictionary<string, Analyzer> Surface = new(StringComparer.Ordinal)
    {
        ["fi"] = SurfaceChain(FinnishAnalyzer.DefaultStopSet, FinnishParts),
        ["sv"] = SurfaceChain(SwedishAnalyzer.DefaultStopSet, SwedishParts),
        ["en"] = SurfaceChain(EnglishAnalyzer.DefaultStopSet, parts: null),
    };

    private static IReadOnlyList<string> StemsOf(string language, string word)
    {
        if (language is not ("sv" or "en"))
        {
            return FinnishStemsFilter.StemsOf(word);
        }

        SnowballProgram stemmer = language == "sv" ? new Lucene.Net.Tartarus.Snowball.Ext.SwedishStemmer() : new Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return [stemmer.Current];
    }

    private static Analyzer SurfaceChain(CharArraySet stopWords, CharArraySet? parts) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StopFilter(Version, new LowerCaseFilter(Version, new StandardFilter(Version, source)), stopWords);
        return new TokenStreamComponents(source, parts is null ? stream : Decompound(stream, parts));
    });

    /// <summary>How much of a typed word its dictionary parts must make up for the parts alone to match.</summary>
    private const double PartsCoverage = 0.5;

    private static List<(string Whole, List<string> Parts)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string Whole, List<string> Parts)>();
        using var stream = analyzer.GetTokenStream("query", new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (increment.PositionIncrement > 0 || tokens.Count == 0)
            {
                tokens.Add((value, []));
            }
            else if (value != tokens[^1].Whole && !tokens[^1].Parts.Contains(value, StringComparer.Ordinal))
            {
                tokens[^1].Parts.Add(value);
            }
        }

        stream.End();
        return tokens;
    }

    private static Analyzer Chain(CharArraySet stopWords, CharArraySet parts, Func<SnowballProgram> stemmer) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, new StandardFilter(Version, source));
        stream = new StopFilter(Version, stream, stopWords);
        stream = Decompound(stream, parts);
        stream = new SnowballFilter(stream, stemmer());
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stream));
    });

    private static DictionaryCompoundWordTokenFilter Decompound(TokenStream stream, CharArraySet parts) =>
        new DictionaryCompoundWordTokenFilter(Version, stream, parts, minWordSize: 6, minSubwordSize: 3, maxSubwordSize: 20, onlyLongestMatch: false);

    private static CharArraySet LoadParts(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The word part list {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        var parts = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var part = line.Trim();
            if (part.Length > 0 && !part.StartsWith('#'))
            {
                parts.Add(part);
            }
        }

        return new CharArraySet(Version, parts, ignoreCase: true);
    }
}

/// <summary>A word as search terms: its own stems, and the stems of each compound part found in it.</summary>
internal sealed record AnalysedWord(IReadOnlyList<string> Stems, IReadOnlyList<IReadOnlyList<string>> Parts);
