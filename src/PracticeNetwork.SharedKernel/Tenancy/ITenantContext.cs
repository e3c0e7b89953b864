namespace PracticeNetwork.SharedKernel.Tenancy;

/// <summary>
/// The municipality the current request or job acts for. Scoped: one per request or job.
/// </summary>
public interface ITenantContext
{
    /// <summary>The acting municipality, or null when nobody acts for one (then tenant-owned data is invisible).</summary>
    Guid? MunicipalityId { get; }

    /// <summary>Acts for <paramref name="municipalityId"/> until the returned scope is disposed (background work).</summary>
    IDisposable Change(Guid? municipalityId);
}
