namespace PracticeNetwork.SharedKernel.Validation;

/// <summary>The request is valid but clashes with the current state (a duplicate, a stale version): HTTP 409.</summary>
public sealed class ConflictException : Exception
{
    public ConflictException(string message) : base(message)
    {
    }

    public ConflictException()
    {
    }

    /// <summary>A conflict with a stable <paramref name="code"/> the UI translates.</summary>
    public ConflictException(string message, string code) : base(message)
    {
        Code = code;
    }

    /// <summary>A stale edit: the version the item has now, so that clients can reload it.</summary>
    public ConflictException(string message, string code, int currentVersion) : base(message)
    {
        Code = code;
        CurrentVersion = currentVersion;
    }

    public string? Code { get; }

    public int? CurrentVersion { get; }

    public ConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
