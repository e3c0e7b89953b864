using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using PracticeNetwork.SharedKernel.Email;

namespace PracticeNetwork.Modules.Notifications.Digest;

/// <summary>Where a digest's links go, absolute.</summary>
/// <param name="Unsubscribe">The page a person opens from the message.</param>
/// <param name="OneClick">Where a mail client posts the one-click unsubscribe (the List-Unsubscribe header).</param>
public sealed record DigestLinks(string Base, string Unsubscribe, string OneClick, string Settings, string SeeAll);

/// <summary>
/// The digest as mail, in the current UI culture: an HTML part with real headings and lists (readable in dark mode:
/// it declares both colour schemes and sets no background of its own) and a text part with the same content, plus
/// List-Unsubscribe with the signed one-click link and List-Unsubscribe-Post (RFC 8058).
/// </summary>
public sealed class DigestMail(IStringLocalizer<NotificationsResource> texts)
{
    public EmailMessage Render(string to, string name, DigestContent digest, DigestLinks links)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(links);
        var subject = texts["Digest.Subject", digest.Items].Value;
        return new EmailMessage(to, subject, Text(name, digest, links), Html(name, subject, digest, links))
        {
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{links.OneClick}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                ["Auto-Submitted"] = "auto-generated",
            },
        };
    }

    public string EventText(string eventType)
    {
        var text = texts[$"Event.{eventType}"];
        return text.ResourceNotFound ? texts["Event.Other"] : text;
    }

    private string Text(string name, DigestContent digest, DigestLinks links)
    {
        var text = new StringBuilder();
        text.AppendLine(texts["Digest.Greeting", name]).AppendLine();
        text.AppendLine(texts["Digest.Intro", digest.Items]).AppendLine();
        foreach (var group in digest.Groups)
        {
            var heading = group.Heading.Length > 0 ? group.Heading : texts["Digest.YourItems"].Value;
            text.AppendLine(heading).AppendLine(new string('=', heading.Length));
            text.AppendLine(group.Why).AppendLine();
            foreach (var line in group.Lines)
            {
                text.Append("- ").AppendLine(line.Title);
                text.Append("  ").AppendLine(Describe(line));
                text.Append("  ").AppendLine(links.Base + line.Path);
            }

            text.AppendLine();
        }

        if (digest.Items > digest.Shown)
        {
            text.AppendLine(texts["Digest.More", digest.Items - digest.Shown]).AppendLine(links.SeeAll).AppendLine();
        }

        text.AppendLine("--");
        text.AppendLine(texts["Digest.Settings"]).AppendLine(links.Settings);
        text.AppendLine(texts["Digest.Unsubscribe"]).AppendLine(links.Unsubscribe);
        return text.ToString();
    }

    private string Html(string name, string subject, DigestContent digest, DigestLinks links)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"color-scheme\" content=\"light dark\"><meta name=\"supported-color-schemes\" content=\"light dark\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(subject)}</title>");
        html.Append("<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem}")
            .Append("a{color:#0b5cad}small{color:#555}@media (prefers-color-scheme:dark){a{color:#8cc4ff}small{color:#bbb}}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(texts["Digest.Heading"])}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(texts["Digest.Greeting", name])}</p><p>{E(texts["Digest.Intro", digest.Items])}</p>");
        foreach (var group in digest.Groups)
        {
            var heading = group.Heading.Length > 0 ? group.Heading : texts["Digest.YourItems"].Value;
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(heading)}</h2><p><small>{E(group.Why)}</small></p><ul>");
            foreach (var line in group.Lines)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<li><a href=\"{E(links.Base + line.Path)}\">{E(line.Title)}</a><br><small>{E(Describe(line))}</small></li>");
            }

            html.Append("</ul>");
        }

        if (digest.Items > digest.Shown)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(links.SeeAll)}\">{E(texts["Digest.More", digest.Items - digest.Shown])}</a></p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<hr><p><small><a href=\"{E(links.Settings)}\">{E(texts["Digest.Settings"])}</a> · ");
        html.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(links.Unsubscribe)}\">{E(texts["Digest.Unsubscribe"])}</a></small></p></body></html>");
        return html.ToString();
    }

    private string Describe(DigestLine line)
    {
        var when = TimeZoneInfo.ConvertTime(line.OccurredAt, HelsinkiTime.Zone).ToString("d.M.yyyy", CultureInfo.CurrentCulture);
        return line.Municipality is null ? $"{EventText(line.EventType)}, {when}" : $"{line.Municipality}: {EventText(line.EventType)}, {when}";
    }
}

internal static class HelsinkiTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
}
