namespace PracticeNetwork.Modules.Tenancy.Domain;

/// <summary>
/// A municipality: the tenant. Identified inside the system by <see cref="Id"/> and to people by its
/// three-digit official <see cref="Code"/>, which also makes its stable URL.
/// </summary>
public sealed class Municipality : PracticeNetwork.SharedKernel.Persistence.IVersioned
{
    public Municipality(string code, string nameFi, string nameSv, string regionCode)
    {
        Id = Guid.NewGuid();
        Code = code;
        NameFi = nameFi;
        NameSv = nameSv;
        RegionCode = regionCode;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string NameFi { get; private set; }

    public string NameSv { get; private set; }

    public string RegionCode { get; private set; }

    /// <summary>
    /// Bumped whenever someone loses admin rights here, so two admins demoting or removing each other at the same
    /// moment cannot both pass the last-admin check: the second save fails on this token.
    /// </summary>
    public int Version { get; private set; }

    internal void Update(string nameFi, string nameSv, string regionCode)
    {
        NameFi = nameFi;
        NameSv = nameSv;
        RegionCode = regionCode;
    }
}
