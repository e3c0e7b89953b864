namespace PracticeNetwork.SharedKernel.Tenancy;

/// <summary>
/// An entity that belongs to exactly one municipality. The base DbContext filters, stamps and checks it.
/// </summary>
public interface ITenantOwned
{
    Guid MunicipalityId { get; }
}
