namespace PracticeNetwork.Modules.Identity.Contracts;

/// <summary>Roles that hold across the whole network (municipality roles live on memberships).</summary>
public static class NetworkRoles
{
    public const string NetworkAdmin = "NetworkAdmin";
}

/// <summary>Claim types issued by our sign-in cookie and tokens.</summary>
public static class PracticeNetworkClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string ActingMunicipality = "pn_municipality";
    public const string PreferredLanguage = "locale";
}
