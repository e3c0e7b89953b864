namespace PracticeNetwork.Web;

/// <summary>Marker for the UI texts in Resources/SharedResource*.resx (Finnish is the neutral language).</summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class SharedResource;
#pragma warning restore CA1812
