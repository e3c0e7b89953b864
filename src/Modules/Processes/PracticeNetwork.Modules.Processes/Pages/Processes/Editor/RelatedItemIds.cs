using System.Text.RegularExpressions;

namespace PracticeNetwork.Modules.Processes.Pages.Processes.Editor;

/// <summary>The item id in a line of the related items: the id itself, or an item's address pasted whole (<c>https://…/kaytannot/{id}#…</c>).</summary>
public static partial class RelatedItemIds
{
    public static Guid? In(string line)
    {
        var matches = ItemId().Matches(line);
        return matches.Count > 0 && Guid.TryParse(matches[^1].Value, out var id) ? id : null;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex ItemId();
}
