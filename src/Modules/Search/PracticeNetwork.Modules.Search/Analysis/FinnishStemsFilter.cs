using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace PracticeNetwork.Modules.Search.Analysis;

/// <summary>
/// Each Finnish word as two stems at one position, the Snowball stem and the light stem: each stemmer misses forms
/// the other joins (Snowball: laskutus ≠ laskutuksen, sähköinen ≠ sähköisen; light: toimistopalvelu ≠
/// toimistopalveluiden), and a word matches when any stem of the typed word is among the item's.
/// </summary>
internal sealed class FinnishStemsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly FinnishStemmer _snowball = new();
    private readonly FinnishLightStemmer _light = new();
    private string? _pending;
    private State? _state;

    public FinnishStemsFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is { } pending)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(pending);
            _increment.PositionIncrement = 0;
            _pending = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var (snowball, light) = Stems(_term.ToString());
        _term.SetEmpty().Append(snowball);
        if (light != snowball)
        {
            _pending = light;
            _state = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _state = null;
    }

    public (string Snowball, string Light) Stems(string word)
    {
        _snowball.SetCurrent(word);
        _snowball.Stem();
        var chars = word.ToCharArray();
        var length = _light.Stem(chars, chars.Length);
        return (_snowball.Current, new string(chars, 0, length));
    }

    /// <summary>Both stems of one word (for the words a reader typed).</summary>
    public static IReadOnlyList<string> StemsOf(string word)
    {
        var snowball = new FinnishStemmer();
        snowball.SetCurrent(word);
        snowball.Stem();
        var chars = word.ToCharArray();
        var length = new FinnishLightStemmer().Stem(chars, chars.Length);
        var light = new string(chars, 0, length);
        return snowball.Current == light ? [light] : [snowball.Current, light];
    }
}
