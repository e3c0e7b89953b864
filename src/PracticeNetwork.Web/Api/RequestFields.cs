using PracticeNetwork.SharedKernel.Validation;

namespace PracticeNetwork.Web.Api;

/// <summary>
/// What a request body's own shape requires before a module sees it: the choices that must be given (nothing is
/// picked for the caller) and references by code. Every missing or unknown value is reported at once, by field.
/// </summary>
public sealed class RequestFields
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    /// <summary>The value, or a field error when it is missing.</summary>
    public T Required<T>(T? value, string field, string message)
        where T : struct
    {
        if (value is null)
        {
            Fail(field, message);
        }

        return value.GetValueOrDefault();
    }

    public void Fail(string field, string message) => _errors[field] = [message];

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>(_errors, StringComparer.Ordinal));
        }
    }
}
