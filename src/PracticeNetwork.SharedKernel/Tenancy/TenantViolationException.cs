namespace PracticeNetwork.SharedKernel.Tenancy;

/// <summary>
/// A write that would cross a tenant boundary: no acting municipality, or a row stamped for another one.
/// This is a programming error, never a user error, so it is not turned into a 4xx.
/// </summary>
public sealed class TenantViolationException : InvalidOperationException
{
    public TenantViolationException(string message) : base(message)
    {
    }

    public TenantViolationException()
    {
    }

    public TenantViolationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
