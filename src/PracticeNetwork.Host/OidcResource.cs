using PracticeNetwork.Web;

namespace PracticeNetwork.Host;

/// <summary>
/// Marker for the OpenID Connect texts (client registration, sign-out confirmation) in
/// Resources/OidcResource*.resx; Finnish is the neutral language. Apart from SharedResource so the two can change independently.
/// </summary>
#pragma warning disable CA1812 // Used only as a type argument of IStringLocalizer<T>.
public sealed class OidcResource;
#pragma warning restore CA1812
