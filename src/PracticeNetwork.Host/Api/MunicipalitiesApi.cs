using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PracticeNetwork.Modules.Tenancy.Contracts;

namespace PracticeNetwork.Host.Api;

/// <summary>/api/v1/municipalities: the public list of municipalities and regions.</summary>
internal static class MunicipalitiesApi
{
    public static RouteGroupBuilder MapMunicipalitiesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/municipalities").WithTags("Municipalities");
        group.MapGet("/", ListAsync).WithName("ListMunicipalities");
        group.MapGet("/{code}", GetAsync).WithName("GetMunicipality");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<RegionWithMunicipalities>>> ListAsync(
        ISender sender, string? q, string? region, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMunicipalities(q, region), cancellationToken));

    private static async Task<Results<Ok<MunicipalityDetails>, NotFound>> GetAsync(
        ISender sender, string code, CancellationToken cancellationToken) =>
        await sender.Send(new GetMunicipality(code), cancellationToken) is { } details
            ? TypedResults.Ok(details)
            : TypedResults.NotFound();
}
