namespace PracticeNetwork.Modules.Search;

/// <summary>The texts of the search pages (Resources/SearchResource.*.resx).</summary>
public sealed class SearchResource;
