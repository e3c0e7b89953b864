using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Persistence;
using PracticeNetwork.SharedKernel.Tenancy;

namespace PracticeNetwork.Modules.Tenancy.Domain;

/// <summary>A person's membership in one municipality, with the roles they hold there. Tenant-owned.</summary>
public sealed class Membership : ITenantOwned, IVersioned
{
    public Membership(Guid personId, MunicipalityRoles roles, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        PersonId = personId;
        Roles = roles;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid PersonId { get; private set; }

    public MunicipalityRoles Roles { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public void ChangeRoles(MunicipalityRoles roles) => Roles = roles;
}
