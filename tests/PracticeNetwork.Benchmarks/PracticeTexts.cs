using System.Globalization;
using System.Text;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.Modules.Practices.Contracts;

namespace PracticeNetwork.Benchmarks;

/// <summary>Plausible Finnish practice texts from fixed word lists and a seeded random: the same seed, the same texts.</summary>
internal sealed class PracticeTexts(Random random)
{
    private static readonly string[] Subjects =
    [
        "Digitaalinen asiointi", "Kotihoidon etävastaanotto", "Koulujen kestävä ruokailu", "Nuorten työpaja", "Kirjaston lainauspiste",
        "Osallistuva budjetointi", "Yrityspalvelujen yhden luukun malli", "Energiansäästö kunnan kiinteistöissä", "Varhaiskasvatuksen liikuntahetket",
        "Senioreiden digituki", "Kaavoituksen verkkokysely", "Kuntapyöräily", "Hankintojen markkinavuoropuhelu", "Maahanmuuttajien kielipolku",
        "Koulukuljetusten optimointi", "Ikäihmisten kohtaamispaikka", "Lähiliikunnan olohuone", "Esihenkilöiden vertaismentorointi",
        "Asukasraati", "Kestävän matkailun verkosto", "Tiedolla johtamisen mittaristo", "Palveluohjauksen chat", "Hulevesien viherkatto",
        "Koulun hyvinvointitiimi", "Kesätyöseteli", "Kulttuurilähetti", "Yhteinen asiakaspalvelupiste", "Etäopetuksen tukiverkko",
    ];

    private static readonly string[] Places =
    [
        "kunnassa", "kylätaloilla", "kouluissa", "päiväkodeissa", "kirjastoissa", "palvelukeskuksessa", "nuorisotiloissa", "verkossa",
        "seutukunnassa", "kaupungintalolla", "kotona", "työpajalla",
    ];

    private static readonly string[] Words =
    [
        "asukkaat", "palvelu", "kehittäminen", "yhteistyö", "kokeilu", "tulokset", "mittaaminen", "kustannukset", "henkilöstö", "vaikuttavuus",
        "asiakas", "prosessi", "verkosto", "hanke", "rahoitus", "arviointi", "käyttäjät", "kysely", "koulutus", "tiimi", "aikataulu",
        "tavoite", "tarve", "ratkaisu", "toimintamalli", "laatu", "saavutettavuus", "ympäristö", "talous", "hyvinvointi", "osallisuus",
        "nopeasti", "selkeästi", "yhdessä", "vuosittain", "kuukausittain", "parantaa", "vähentää", "lisää", "tukee", "helpottaa",
    ];

    private static readonly string[] TagWords =
    [
        "etäpalvelut", "kestävyys", "ikäihmiset", "lapsiperheet", "kokeilukulttuuri", "tekoäly", "ilmasto", "osallisuus", "työllisyys",
        "avoin data", "hankinnat", "liikunta", "mielenterveys", "kulttuuri", "maaseutu", "kaupunkikehitys", "kielet", "johtaminen",
    ];

    private static readonly string[] FirstNames = ["Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Maria", "Mikko", "Sanna", "Timo", "Anna", "Pekka", "Elsa", "Ville"];

    private static readonly string[] LastNames = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lindqvist", "Holm"];

    public string Title(string municipalityName) =>
        $"{Pick(Subjects)} {Pick(Places)} – {municipalityName} {random.Next(1, 100).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A sentence or few; <paramref name="words"/> is about how long.</summary>
    public string Prose(int words)
    {
        var text = new StringBuilder();
        var sentenceLength = 0;
        for (var index = 0; index < words; index++)
        {
            var word = Pick(Words);
            text.Append(sentenceLength == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            sentenceLength++;
            if (sentenceLength > 6 && random.Next(4) == 0)
            {
                text.Append(". ");
                sentenceLength = 0;
            }
            else
            {
                text.Append(' ');
            }
        }

        return text.ToString().TrimEnd() + ".";
    }

    /// <summary>Markdown with a paragraph and a short list, as authors write.</summary>
    public string Markdown(int words) =>
        $"{Prose(words)}\n\n- {Prose(6)}\n- {Prose(8)}\n\n{Prose(words / 2)}";

    public IReadOnlyList<string> Tags() =>
        [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => Pick(TagWords)).Distinct()];

    public ContactPerson Contact(string municipalityName)
    {
        var first = Pick(FirstNames);
        var last = Pick(LastNames);
        var domain = Ascii(municipalityName) + ".fi";
        return new ContactPerson($"{first} {last}", "Kehittämispäällikkö", $"{Ascii(first)}.{Ascii(last)}@{domain}",
            $"+358 40 {random.Next(100, 999).ToString(CultureInfo.InvariantCulture)} {random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture)}");
    }

    public ContentLink Link(string municipalityName) =>
        new($"Lisätietoa: {Pick(Subjects)}", $"https://www.{Ascii(municipalityName)}.fi/kaytannot/{random.Next(1, 100_000).ToString(CultureInfo.InvariantCulture)}");

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private static string Ascii(string text)
    {
        var builder = new StringBuilder();
        foreach (var character in text.ToLowerInvariant())
        {
            builder.Append(character switch
            {
                'ä' or 'å' => 'a',
                'ö' => 'o',
                _ when char.IsAsciiLetterOrDigit(character) => character,
                _ => '-',
            });
        }

        return builder.ToString();
    }
}
