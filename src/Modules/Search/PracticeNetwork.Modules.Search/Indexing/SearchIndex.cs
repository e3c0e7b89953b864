using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PracticeNetwork.Modules.Search.Analysis;

namespace PracticeNetwork.Modules.Search.Indexing;

/// <summary>
/// This server's own index, in a private folder that is emptied at start and deleted at stop: it is built from the
/// database and kept current from the outboxes by <see cref="SearchIndexer"/>, never shared between servers. Readers
/// see changes after <see cref="Refresh"/> (near real time, no commit needed: nothing outlives the process).
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private readonly string _folder;
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    public SearchIndex()
    {
        _folder = Path.Combine(Path.GetTempPath(), "practicenetwork-search-" + Guid.NewGuid().ToString("N"));
        _directory = FSDirectory.Open(new DirectoryInfo(_folder));
        _writer = new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzers.Version, Analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 32 });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Each language's text fields with that language's analyzer; every other field as whole words.</summary>
    public static Analyzer Analyzer { get; } = new PerFieldAnalyzerWrapper(SearchAnalyzers.WholeWords,
        SearchAnalyzers.Languages.SelectMany(language => new[]
        {
            KeyValuePair.Create(IndexFields.TextOf(language), SearchAnalyzers.For(language)),
            KeyValuePair.Create(IndexFields.TitleTextOf(language), SearchAnalyzers.For(language)),
        }).ToDictionary());

    public bool Ready { get; private set; }

    public DateTimeOffset? BuiltAt { get; private set; }

    public TimeSpan BuildTime { get; private set; }

    /// <summary>When a change from an outbox was last applied.</summary>
    public DateTimeOffset? LastChangeAt { get; private set; }

    public void Put(string id, Document document) => _writer.UpdateDocument(new Term(IndexFields.Id, id), document);

    public void Remove(string id) => _writer.DeleteDocuments(new Term(IndexFields.Id, id));

    /// <summary>Removes every document; readers see it only at the next <see cref="Refresh"/>.</summary>
    public void Clear() => _writer.DeleteAll();

    public void Refresh() => _searchers.MaybeRefreshBlocking();

    public void MarkBuilt(DateTimeOffset at, TimeSpan took)
    {
        Refresh();
        BuiltAt = at;
        BuildTime = took;
        Ready = true;
    }

    public void MarkChanged(DateTimeOffset at)
    {
        Refresh();
        LastChangeAt = at;
    }

    /// <summary>Runs <paramref name="read"/> on the current searcher and releases it.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public int DocumentCount => Read(searcher => searcher.IndexReader.NumDocs);

    /// <summary>The index's size on disk.</summary>
    public long SizeInBytes => System.IO.Directory.Exists(_folder)
        ? new DirectoryInfo(_folder).EnumerateFiles().Sum(file => { try { return file.Length; } catch (IOException) { return 0; } })
        : 0;

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Another process may still map a file on some systems; the folder is in the temp area.
        }
    }
}
