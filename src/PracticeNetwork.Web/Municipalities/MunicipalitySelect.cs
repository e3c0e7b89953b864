using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Web.Municipalities;

/// <summary>
/// A municipality choice for the shared partial <c>_MunicipalitySelect</c>: every municipality (or those
/// <see cref="Include"/> lets in) grouped by region, in the reader's language and collation, valued by code.
/// </summary>
public sealed record MunicipalitySelect(string Id, string Name, MunicipalityLookup Directory)
{
    public string? Selected { get; init; }

    /// <summary>The first, empty choice ("all municipalities", "choose"); none when null.</summary>
    public string? EmptyChoice { get; init; }

    public Func<MunicipalitySummary, bool> Include { get; init; } = _ => true;

    public string? DescribedBy { get; init; }

    public bool Invalid { get; init; }

    public bool Required { get; init; }
}
