namespace PracticeNetwork.Modules.Tenancy.Domain;

/// <summary>A region (maakunta), identified by its two-digit official code. Reference data, not tenant-owned.</summary>
public sealed class Region
{
    public Region(string code, string nameFi, string nameSv)
    {
        Code = code;
        NameFi = nameFi;
        NameSv = nameSv;
    }

    public string Code { get; private set; }

    public string NameFi { get; private set; }

    public string NameSv { get; private set; }

    internal void Rename(string nameFi, string nameSv)
    {
        NameFi = nameFi;
        NameSv = nameSv;
    }
}
