namespace PracticeNetwork.SharedKernel.Validation;

/// <summary>
/// A request that failed validation. Carries field errors keyed by field name, the shape of RFC 9457
/// validation problem details and of Razor Pages model state.
/// </summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("One or more fields are invalid.")
    {
        Errors = errors;
    }

    public RequestValidationException() : this(new Dictionary<string, string[]>())
    {
    }

    public RequestValidationException(string message) : base(message)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public RequestValidationException(string message, Exception innerException) : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>One field's error, for a rule only the handler can check (it needs the database).</summary>
    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}
