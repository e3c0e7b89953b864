namespace PracticeNetwork.SharedKernel.Validation;

/// <summary>What the request names does not exist for this reader (or may not be seen): HTTP 404.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string message) : base(message)
    {
    }

    public NotFoundException()
    {
    }

    public NotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
