using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using PracticeNetwork.Content.Contracts;
using PracticeNetwork.SharedKernel.Content;

namespace PracticeNetwork.Modules.Search.Indexing;

/// <summary>A content item as a Lucene document: its texts in its language's fields, its facets and who may open it.</summary>
internal static class IndexDocuments
{
    /// <summary>The stored text a snippet is taken from; longer texts are searched whole but cut for snippets.</summary>
    private const int StoredBodyLength = 20_000;

    private static readonly CompareInfo Alphabetical = CultureInfo.GetCultureInfo("fi-FI").CompareInfo;

    public static Document From(SearchDocument item, string? regionCode)
    {
        ArgumentNullException.ThrowIfNull(item);
        var language = Analysis.SearchAnalyzers.Languages.Contains(item.Language) ? item.Language : "fi";
        var body = string.Join("\n\n", item.Texts.Where(text => text.Field != "title").Select(text => PlainText.Of(text.Text)).Where(text => text.Length > 0));
        var document = new Document
        {
            new StringField(IndexFields.Id, item.Id.ToString("N"), Field.Store.YES),
            new StoredField(IndexFields.Title, item.Title),
            new StoredField(IndexFields.Body, body.Length > StoredBodyLength ? body[..StoredBodyLength] : body),
            new StoredField(IndexFields.Language, language),
            new StoredField(IndexFields.Path, item.Path),
            new StoredField(IndexFields.Themes, string.Join(' ', item.Themes)),
            new StringField(IndexFields.Status, item.Status == PublicationStatus.Archived ? "archived" : "published", Field.Store.YES),
            new TextField(IndexFields.TitleTextOf(language), item.Title, Field.Store.NO),
            new TextField(IndexFields.TextOf(language), item.Title + "\n\n" + body, Field.Store.NO),
            new TextField(IndexFields.Words, item.Title + "\n\n" + body, Field.Store.NO),
        };

        Facet(document, IndexFields.Kind, item.Kind);
        Facet(document, IndexFields.Municipality, item.MunicipalityId.ToString("N"));
        if (regionCode is not null)
        {
            Facet(document, IndexFields.Region, regionCode);
        }

        foreach (var theme in item.Themes.Distinct())
        {
            Facet(document, IndexFields.Theme, theme.ToString());
        }

        if (item.Facets.Stage is { } stage)
        {
            Facet(document, IndexFields.Stage, stage);
        }

        if (item.Facets.EvidenceLevel is { } evidence)
        {
            Facet(document, IndexFields.EvidenceLevel, evidence);
        }

        Facet(document, IndexFields.HasKpis, item.Facets.HasKpis ? "true" : "false");
        var published = item.PublishedAt ?? item.UpdatedAt;
        Facet(document, IndexFields.Year, published.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture));
        document.Add(new NumericDocValuesField(IndexFields.Published, published.UtcTicks));
        document.Add(new StoredField(IndexFields.Published, published.UtcTicks));
        document.Add(new NumericDocValuesField(IndexFields.Updated, item.UpdatedAt.UtcTicks));
        document.Add(new SortedDocValuesField(IndexFields.TitleOrder, new BytesRef(TitleOrderKey(item.Title))));

        foreach (var municipality in item.AlsoOpenedBy.Prepend(item.MunicipalityId).Distinct())
        {
            document.Add(new StringField(IndexFields.Involved, municipality.ToString("N"), Field.Store.NO));
        }

        document.Add(new StringField(IndexFields.Joint, item.AlsoOpenedBy.Count > 0 ? "true" : "false", Field.Store.NO));
        if (item.Facets.RunsFrom is { } runsFrom)
        {
            document.Add(new Int32Field(IndexFields.RunsFrom, runsFrom.DayNumber, Field.Store.NO));
            document.Add(new Int32Field(IndexFields.RunsUntil, item.Facets.RunsUntil?.DayNumber ?? int.MaxValue, Field.Store.NO));
            document.Add(new NumericDocValuesField(IndexFields.Started, runsFrom.DayNumber));
        }

        foreach (var term in OpenTo(item))
        {
            document.Add(new StringField(IndexFields.OpenTo, term, Field.Store.NO));
        }

        return document;
    }

    /// <summary>The <see cref="IndexFields.OpenTo"/> terms: the same rule as <see cref="Visibility.CanOpen"/> for a published item.</summary>
    public static IEnumerable<string> OpenTo(SearchDocument item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Audience == Audience.Public)
        {
            yield return IndexFields.OpenToEveryone;
        }

        if (item.Audience is Audience.Public or Audience.Network)
        {
            yield return IndexFields.OpenToMembers;
        }

        yield return IndexFields.OpenToMunicipality(item.MunicipalityId);
        foreach (var municipality in item.AlsoOpenedBy)
        {
            yield return IndexFields.OpenToMunicipality(municipality);
        }
    }

    /// <summary>
    /// The title's place in an A–Ö list as Finnish and Swedish readers expect it (case ignored; Å, Ä and Ö after Z),
    /// as bytes that compare in that order whatever the database's collation.
    /// </summary>
    public static byte[] TitleOrderKey(string title) =>
        Alphabetical.GetSortKey(title, CompareOptions.IgnoreCase).KeyData;

    private static void Facet(Document document, string field, string value)
    {
        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
