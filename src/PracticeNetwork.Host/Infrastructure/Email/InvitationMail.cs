using System.Globalization;
using Microsoft.Extensions.Localization;
using PracticeNetwork.Modules.Tenancy.Contracts;
using PracticeNetwork.SharedKernel.Email;
using PracticeNetwork.Web;
using PracticeNetwork.Web.Pages;

namespace PracticeNetwork.Host.Infrastructure.Email;

/// <summary>The invitation email, in the inviter's language, to the address as it was stored.</summary>
public sealed class InvitationMail(IEmailSender email, PublicUrls urls, IStringLocalizer<SharedResource> localizer)
{
    public Task SendAsync(IssuedInvitation issued, string address, string municipalityName, string inviterName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issued);
        ArgumentNullException.ThrowIfNull(address);
        var expires = ReaderFormat.DateTime(issued.ExpiresAt);
        return email.SendAsync(new EmailMessage(
            address.Trim().ToLowerInvariant(),
            localizer["InvitationEmailSubject", municipalityName],
            localizer["InvitationEmailBody", inviterName, municipalityName, expires, urls.Absolute($"/kutsu/{issued.Token}")]), cancellationToken);
    }
}
