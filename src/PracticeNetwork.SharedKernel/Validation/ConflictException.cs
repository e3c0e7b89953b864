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

    public ConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
