using OpenIddict.Abstractions;

namespace PracticeNetwork.Host.Authorization;

/// <summary>
/// Ends everything an account signed in elsewhere: the OpenID Connect authorizations and tokens issued to it.
/// Sign-in cookies end by themselves when Identity's security stamp changes.
/// </summary>
public sealed class SessionRevocation(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens)
{
    public async Task RevokeEverythingOfAsync(Guid personId, CancellationToken cancellationToken)
    {
        var subject = personId.ToString();
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }
}
