using Microsoft.AspNetCore.Identity;

namespace PracticeNetwork.Modules.Identity.Domain;

/// <summary>One person's account across the whole network. Memberships in municipalities live in Tenancy.</summary>
public sealed class Account : IdentityUser<Guid>
{
    public Account(string email, string displayName)
    {
        Id = Guid.NewGuid();
        Email = email;
        UserName = email;
        DisplayName = displayName;
    }

    public string DisplayName { get; set; }

    /// <summary>fi, sv or en; null follows the browser.</summary>
    public string? PreferredLanguage { get; set; }

    /// <summary>The municipality this person last acted for; they act for it again at their next sign-in.</summary>
    public Guid? LastMunicipalityId { get; set; }
}
