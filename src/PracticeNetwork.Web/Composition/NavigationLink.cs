using PracticeNetwork.Web.Authorization;

namespace PracticeNetwork.Web.Composition;

/// <summary>
/// One entry of the main navigation, contributed by the Host or a module: the label is <see cref="Key"/> in the
/// resource <see cref="Resource"/>, the entry shows in <see cref="Order"/> to those <see cref="ShowTo"/> lets in,
/// and is marked current for the paths <see cref="IsCurrent"/> accepts (default: the address and below).
/// <see cref="HomeKey"/> also puts it on the home page as a button with that label.
/// </summary>
public sealed record NavigationLink(int Order, string Href, Type Resource, string Key)
{
    public Func<CurrentMember, bool> ShowTo { get; init; } = _ => true;

    public Func<string, bool>? IsCurrent { get; init; }

    public string? HomeKey { get; init; }

    public bool IsCurrentFor(string path) => IsCurrent?.Invoke(path)
        ?? (Href == "/" ? path == "/" : path == Href || path.StartsWith(Href + "/", StringComparison.Ordinal));
}
