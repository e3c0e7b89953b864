using FluentValidation;
using Mediator;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Text;
using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Modules.Tenancy.Features.Municipalities;

internal sealed class ListMunicipalitiesValidator : AbstractValidator<ListMunicipalities>
{
    public const int MaxSearchLength = 100;

    public ListMunicipalitiesValidator()
    {
        // Field names are the query parameters' names, so API clients and the search form see the same keys.
        RuleFor(query => query.Search).MaximumLength(MaxSearchLength).SingleLine().OverridePropertyName("q");
        RuleFor(query => query.RegionCode).Matches("^[0-9]{2}$").When(query => !string.IsNullOrEmpty(query.RegionCode))
            .OverridePropertyName("region");
    }
}

internal sealed class ListMunicipalitiesHandler(MunicipalityDirectory directory)
    : IQueryHandler<ListMunicipalities, IReadOnlyList<RegionWithMunicipalities>>
{
    public async ValueTask<IReadOnlyList<RegionWithMunicipalities>> Handle(ListMunicipalities query, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetAsync(cancellationToken).ConfigureAwait(false);
        var search = SearchText.Term(query.Search);
        var matches = snapshot.Municipalities
            .Where(entry => search.Length == 0 || entry.SearchKey.Contains(search, StringComparison.Ordinal))
            .Select(entry => entry.Municipality)
            .ToLookup(municipality => municipality.RegionCode, StringComparer.Ordinal);

        return snapshot.Regions
            .Where(region => string.IsNullOrEmpty(query.RegionCode) || region.Code == query.RegionCode)
            .Where(region => matches.Contains(region.Code))
            .Select(region => new RegionWithMunicipalities(region, matches[region.Code].ToList()))
            .ToList();
    }
}
