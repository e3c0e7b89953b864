using System.Globalization;
using System.Xml.Linq;

namespace PracticeNetwork.Web.Charts;

/// <summary>
/// The parts every server-rendered picture is made of (the project timeline, the swimlane diagram, the KPI chart).
/// Built with XML objects, so whatever people wrote is escaped and the markup is always well formed; colours are
/// <c>currentColor</c> and white, so a picture reads printed and in grey.
/// </summary>
public static class SvgKit
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The picture: <c>role="img"</c>, named by its <c>title</c> and described by its <c>desc</c>.</summary>
    public static XElement Root(string id, string className, double width, double height, string title, string description, params object[] content) =>
        new(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            new XAttribute("width", Number(width)),
            new XAttribute("height", Number(height)),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("class", className),
            new XAttribute("font-size", 12),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description),
            content);

    public static XElement Line(string className, double x1, double y1, double x2, double y2, double width, string? dashed = null)
    {
        var line = new XElement(Svg + "line",
            new XAttribute("class", className),
            new XAttribute("x1", Number(x1)), new XAttribute("y1", Number(y1)),
            new XAttribute("x2", Number(x2)), new XAttribute("y2", Number(y2)),
            new XAttribute("stroke", "currentColor"), new XAttribute("stroke-width", Number(width)));
        if (dashed is not null)
        {
            line.Add(new XAttribute("stroke-dasharray", dashed));
        }

        return line;
    }

    /// <summary>Text in the current colour at (x, y); <paramref name="anchor"/> is start, middle or end.</summary>
    public static XElement Text(string text, double x, double y, string anchor = "start") =>
        new(Svg + "text",
            new XAttribute("x", Number(x)),
            new XAttribute("y", Number(y)),
            new XAttribute("fill", "currentColor"),
            anchor == "start" ? null : new XAttribute("text-anchor", anchor),
            text);

    /// <summary>A white outline under the letters, so that a line running behind a label never cuts through it.</summary>
    public static XElement Halo(XElement text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Add(new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", 4), new XAttribute("stroke-linejoin", "round"),
            new XAttribute("paint-order", "stroke"));
        return text;
    }

    /// <summary>A mark's full text as its tooltip and accessible name inside the picture.</summary>
    public static XElement Title(string text) => new(Svg + "title", text);

    /// <summary>The width of <paramref name="text"/> at the pictures' 12 px font, for placing labels (an estimate: no font metrics on the server).</summary>
    public static double TextWidth(string text) => (new StringInfo(text).LengthInTextElements * 6.6) + 4;

    /// <summary>A coordinate as SVG writes it: invariant, at most one decimal.</summary>
    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> text elements with "…"; the full text goes in the mark's title.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var info = new StringInfo(text);
        return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, max - 1).TrimEnd() + "…";
    }
}
