namespace PracticeNetwork.Host.Oidc;

/// <summary>
/// Checks the redirect URIs a network admin registers for a client, one per line: absolute, https (or http only
/// to a loopback host, for native apps and local development, RFC 8252), no fragment (RFC 6749 3.1.2) and no
/// user name or password in the URI.
/// </summary>
public static class RedirectUriValidator
{
    public const int MaxUris = 20;
    public const int MaxLength = 2000;

    public enum Problem
    {
        None,
        NotAbsolute,
        SchemeNotAllowed,
        HttpNotLoopback,
        HasFragment,
        HasUserInfo,
        TooLong,
        TooMany,
    }

    /// <summary>The URIs in <paramref name="text"/> (one per line, blank lines ignored, duplicates once) and the first problem, with the offending line.</summary>
    public static (IReadOnlyList<Uri> Uris, Problem Problem, string? Line) Parse(string? text)
    {
        var lines = (text ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (lines.Count > MaxUris)
        {
            return ([], Problem.TooMany, null);
        }

        var uris = new List<Uri>();
        foreach (var line in lines)
        {
            var problem = Check(line, out var uri);
            if (problem != Problem.None)
            {
                return ([], problem, line);
            }

            uris.Add(uri!);
        }

        return (uris, Problem.None, null);
    }

    public static Problem Check(string value, out Uri? uri)
    {
        ArgumentNullException.ThrowIfNull(value);
        uri = null;
        if (value.Length > MaxLength)
        {
            return Problem.TooLong;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var parsed) || value.StartsWith('/'))
        {
            return Problem.NotAbsolute;
        }

        if (value.Contains('#', StringComparison.Ordinal))
        {
            return Problem.HasFragment;
        }

        if (parsed.UserInfo.Length > 0)
        {
            return Problem.HasUserInfo;
        }

        if (parsed.Scheme == Uri.UriSchemeHttp)
        {
            if (!parsed.IsLoopback)
            {
                return Problem.HttpNotLoopback;
            }
        }
        else if (parsed.Scheme != Uri.UriSchemeHttps)
        {
            return Problem.SchemeNotAllowed;
        }

        uri = parsed;
        return Problem.None;
    }
}
